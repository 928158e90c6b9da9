/**
 * Connectif's real error bodies, in one place: `HttpError` (RFC-7807-like `status`/`title`/
 * `detail`, plus `code` and extra fields for the custom E0xxx errors), the 422 form with
 * `validationErrors[]` (`name`, a JSON-pointer `path`, `reason`), and the plain-text 401.
 *
 * @see shared/research/connectif.md §3.2 (HttpError [DOC], validationErrors [CODE]), §12 (codes
 * [DOC]), addendum (the 422 body a public client's test records [CODE-test])
 */
import type { SandboxFailure } from '../sandbox/failures.ts'
import { json, type RouteResult, text } from '../sandbox/route-result.ts'
import { asErrorAnswer, type ErrorAnswer } from '../sandbox/sandbox-error.ts'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  // Connectif's own spelling in the 422 body a public client's test records [CODE-test].
  422: 'Unprocessable entity',
  429: 'Too Many Requests',
}

/** Message templates of the custom error codes [DOC: ERRC], worded as the spec's examples. */
export const ERROR_MESSAGES = {
  E0101: (contact: string) => `Contact ${contact} does not exist.`,
  E0102: (productIds: string[]) => `Products ${productIds.join(', ')} are not in the catalog.`,
  E0103: (productIds: string[]) =>
    `Product ${productIds.join(', ')} had URL from non authorized domain.`,
  E0201: () => 'Product URL from non authorized domain.',
  E0301: () =>
    'Limit of 5 queued exports reached. Wait until some of them are completed or deleted.',
  E0401: () => 'Limit of 10 queued imports reached. Wait until some of them are finished.',
  E0501: () => 'Contact does not exist.',
} as const

export function httpError(
  status: number,
  detail: string,
  extra?: Record<string, unknown>,
): ErrorAnswer {
  return asErrorAnswer(json(status, { status, title: TITLES[status] ?? 'Error', detail, ...extra }))
}

/** A 400 HttpError with a custom `code` and its extra fields. */
export function customError(
  code: keyof typeof ERROR_MESSAGES,
  detail: string,
  extra?: Record<string, unknown>,
): ErrorAnswer {
  return httpError(400, detail, { code, ...extra })
}

/** One problem of a 422, located by a JSON pointer into the body (`/filters/toDate`). */
export interface Issue {
  path: string
  reason: string
}

/** The detail of every 422, as the real API words it [CODE-test]. */
export const VALIDATION_DETAIL = 'One or more validation error occurred.'

/** The reason the real API gives for a malformed ObjectId (`segmentId`) [CODE-test]. */
export const INVALID_VALUE = 'Value is not valid'

/** The pattern the spec gives ObjectId parameters (`SegmentId`); its failures read `Value is not valid`. */
const OBJECT_ID_FAILURE = 'must match pattern "^[0-9a-fA-F]{24}$"'

/**
 * A 422 with each issue's `name` (the property, the last segment of its pointer) beside its
 * `path` (a JSON pointer) and `reason`, as the real API answers [CODE-test]; the same issue
 * twice is listed once.
 */
export function validationError(issues: Issue[], detail: string = VALIDATION_DETAIL): ErrorAnswer {
  const seen = new Set<string>()
  const validationErrors: Array<{ name: string; path: string; reason: string }> = []
  for (const { path, reason } of issues) {
    if (path !== '' && !path.startsWith('/'))
      throw new Error(`Connectif validation issue path "${path}" is not a JSON pointer`)
    const key = `${path}\u0000${reason}`
    if (seen.has(key)) continue
    seen.add(key)
    validationErrors.push({ name: nameOf(path), path, reason })
  }
  return asErrorAnswer(json(422, { status: 422, title: TITLES[422], detail, validationErrors }))
}

/** The JSON pointer of a property path: `pointerTo('fields', 0, 'id')` → `/fields/0/id`. */
export function pointerTo(...keys: Array<string | number>): string {
  return keys.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

/** `/filters/segmentId` → `segmentId`; `/products/0` → `0`; the whole body → ``. */
function nameOf(pointer: string): string {
  const last = pointer.slice(pointer.lastIndexOf('/') + 1)
  return last.replaceAll('~1', '/').replaceAll('~0', '~')
}

export function notFound(detail: string): ErrorAnswer {
  return httpError(404, detail)
}

export function renderFailure(failure: SandboxFailure): RouteResult {
  switch (failure.kind) {
    case 'unauthenticated':
      // No body resource is documented for 401; Connectif's test mocks answer plain text [CODE].
      return text(401, 'Unauthorized')
    case 'forbidden':
      return httpError(
        403,
        `Permission not granted to the API Key: it lacks the "${failure.scope}" scope.`,
      )
    case 'rate-limited':
      return httpError(429, 'Requests rate limit reached.')
    case 'route-not-found':
      return httpError(404, `Resource ${failure.path} not found.`)
    case 'method-not-allowed':
      return httpError(405, `Method ${failure.method} not allowed on ${failure.path}.`, undefined)
    case 'unsupported-media-type':
      return httpError(415, `Request without ${failure.expected.join(' or ')} Content-Type header`)
    case 'malformed-body':
      return httpError(400, failure.reason)
    case 'payload-too-large':
      return httpError(413, `Maximum allowed size is ${formatSize(failure.limitBytes)}.`)
    case 'rejected':
      return httpError(failure.status, failure.message)
    case 'validation':
      return validationError(
        failure.issues.map((issue) => ({
          // A parameter outside the body is placed under its location: `/query/limit` [INF].
          path: issue.location === 'body' ? issue.pointer : `/${issue.location}${issue.pointer}`,
          // The real API words a malformed ObjectId this way (`segmentId`) [CODE-test].
          reason: issue.reason === OBJECT_ID_FAILURE ? INVALID_VALUE : issue.reason,
        })),
      )
  }
}

/** 52428800 → "50Mb", 524288 → "512Kb", the way Connectif writes sizes. */
function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))}Mb`
    : `${Math.round(bytes / 1024)}Kb`
}
