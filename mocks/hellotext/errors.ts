/**
 * Hellotext's error bodies, in one place: `{"errors":[{type, message, description, parameter}]}`.
 * The API reference names the text `message`, hellotext.js names it `description`; the sandbox
 * sends both with the same text [INF]. Message texts are the spec's examples (openapi/hellotext.yaml);
 * the research gives the shape and the `type` codes, not the texts [INF].
 *
 * @see shared/research/hellotext-reskyt.md A2 (status codes, error body, types [DOC: APIREF])
 */
import type { SandboxFailure, ValidationIssue } from '../sandbox/failures.ts'
import { ownValue } from '../sandbox/records/own-value.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { OperationSpec } from '../sandbox/route-table.ts'
import { asErrorAnswer, type ErrorAnswer } from '../sandbox/sandbox-error.ts'

/** The `type` codes the API reference lists (the list was cut off; these are the ones seen). */
export type ErrorType =
  | 'ambiguous_parameter'
  | 'identity_assigned'
  | 'integration_missing'
  | 'invalid'
  | 'not_allowed'
  | 'not_found'
  | 'object_invalid'
  | 'parameter_invalid_empty'
  | 'parameter_missing'
  | 'parameter_not_unique'

export interface HellotextErrorItem {
  type: ErrorType | string
  message: string
  parameter?: string
}

/** Message texts used by more than one route (the spec's example bodies). */
export const MESSAGES = {
  required: 'This parameter is required.',
  // hellotext.js's docs quote this text for `parameter_invalid_empty` [SDK: JS docs/tracking.md].
  empty: 'This required parameter has an empty value. Provide a valid value for the parameter.',
  invalid: 'This parameter is invalid.',
  notAllowedParameter: 'This parameter is not allowed.',
  resourceNotFound: 'The resource was not found.',
  profileNotFound: 'The profile was not found.',
  sessionNotFound: 'The session was not found.',
  objectNotFound: 'The object was not found.',
  actionNotFound: 'No action with this name exists for the business.',
  identityMissing: 'Either profile or session is required.',
  sessionOfAnotherProfile: 'The session belongs to another profile.',
  currencyWithoutAmount: 'amount is required when currency is given.',
  trackedAt: 'Use Unix seconds or ISO-8601 with a time zone.',
  objectType: "The object does not match the action's object type.",
  objectAndParameters: 'Send object or object_parameters, not both.',
  unauthorized: 'The authorization token is missing, invalid or revoked.',
  destination: 'The destination must be a phone number in E.164 format.',
  destinationUrl: 'The destination URL must be public.',
  bodyMissing: 'A body or a template is required.',
  wrongCode: 'The code is not valid.',
  taken: (what: string) => `This value is already used by another ${what}.`,
  referenceTaken: (what: string) => `Another ${what} of this source already uses this reference.`,
  integrationMissing: (technology: string) =>
    `The ${technology} integration is not enabled for this business.`,
  /** Sandbox only: a body written for the tracking generation the request is not answered by. */
  otherGeneration: (bodyGeneration: string, selected: string) =>
    `This parameter belongs to the ${bodyGeneration} tracking API; this request is answered by the ${selected} one (X-Sandbox-Hellotext-Generation).`,
  /** Sandbox only, a journal warning: keys of the other generation, ignored. */
  otherGenerationIgnored: (keys: string[], bodyGeneration: string, selected: string) =>
    `${keys.join(', ')} ${keys.length === 1 ? 'belongs' : 'belong'} to the ${bodyGeneration} tracking API; the ${selected} one answering this request ignored ${keys.length === 1 ? 'it' : 'them'} (set the account's hellotext.strict to refuse).`,
} as const

/** A Hellotext error answer with one or more error objects. */
export function hellotextError(status: number, ...errors: HellotextErrorItem[]): ErrorAnswer {
  return asErrorAnswer(
    json(status, {
      errors: errors.map(({ type, message, parameter }) => ({
        type,
        message,
        description: message,
        ...(parameter === undefined ? {} : { parameter }),
      })),
    }),
  )
}

export const notFound = (parameter = 'id', message: string = MESSAGES.resourceNotFound) =>
  hellotextError(404, { type: 'not_found', message, parameter })

export const parameterMissing = (parameter: string, message: string = MESSAGES.required) =>
  hellotextError(422, { type: 'parameter_missing', message, parameter })

export const invalidEmpty = (parameter: string) =>
  hellotextError(422, { type: 'parameter_invalid_empty', message: MESSAGES.empty, parameter })

export const invalid = (parameter: string, message: string = MESSAGES.invalid) =>
  hellotextError(422, { type: 'invalid', message, parameter })

export const notUnique = (parameter: string, message: string) =>
  hellotextError(422, { type: 'parameter_not_unique', message, parameter })

export const ambiguous = (parameter: string, message: string) =>
  hellotextError(422, { type: 'ambiguous_parameter', message, parameter })

export const notAllowed = (parameter: string, message: string) =>
  hellotextError(422, { type: 'not_allowed', message, parameter })

export const unauthorized = () =>
  hellotextError(401, {
    type: 'invalid',
    message: MESSAGES.unauthorized,
    parameter: 'Authorization',
  })

/** Texts for body parameters whose schema check has a documented message of its own. */
const PARAMETER_MESSAGES: Record<string, string> = {
  tracked_at: MESSAGES.trackedAt,
  destination: MESSAGES.destination,
  destination_url: MESSAGES.destinationUrl,
}

/** Path parameters whose 404 has its own body. */
const PATH_NOT_FOUND: Record<string, string> = { session: MESSAGES.sessionNotFound }

/** Query parameters that name a record (pagination cursors): a bad one is not found, not invalid. */
const CURSORS = new Set(['starting_after', 'ending_before'])

const COMBINATOR = /^must match (exactly one schema in oneOf|a schema in anyOf)$/

interface Mapped {
  status: number
  rank: number
  error: HellotextErrorItem
}

/** `x-sandbox-hellotext-generation` → `X-Sandbox-Hellotext-Generation`. */
const headerName = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase())

/**
 * One validation issue as Hellotext would report it, with a rank: lower ranks win when several
 * issues name the same parameter (the branch of a `oneOf` the body was not written for adds
 * "is not allowed" noise that a real problem outranks).
 */
function mapIssue(issue: ValidationIssue, operationId: string | undefined): Mapped {
  const { location, reason } = issue
  if (location === 'path') {
    // A malformed id in the path is an id the business does not have [INF: Rails-style 404].
    const message = PATH_NOT_FOUND[issue.path] ?? MESSAGES.resourceNotFound
    return { status: 404, rank: 0, error: { type: 'not_found', message, parameter: issue.path } }
  }
  const parameter = location === 'header' ? headerName(issue.path) : issue.path
  if (location === 'query' && CURSORS.has(parameter)) {
    return {
      status: 404,
      rank: 0,
      error: { type: 'not_found', message: MESSAGES.resourceNotFound, parameter },
    }
  }
  if (location === 'body' && issue.path === '' && reason === 'request body is required') {
    return {
      status: 422,
      rank: 0,
      error: { type: 'parameter_missing', message: MESSAGES.required },
    }
  }
  if (operationId === 'trackEvent' && issue.path === '' && /fewer than 3 properties/.test(reason)) {
    // Only TrackEvent2022 counts members: a 2022 body with an action and a product but no identity.
    return {
      status: 422,
      rank: 4,
      error: { type: 'parameter_missing', message: MESSAGES.identityMissing, parameter: 'profile' },
    }
  }
  if (reason === 'is required')
    return {
      status: 422,
      rank: 1,
      error: { type: 'parameter_missing', message: MESSAGES.required, parameter },
    }
  if (/^must NOT have fewer than 1 characters$/.test(reason))
    return {
      status: 422,
      rank: 2,
      error: { type: 'parameter_invalid_empty', message: MESSAGES.empty, parameter },
    }
  if (reason === 'is not allowed')
    return {
      status: 422,
      rank: 5,
      error: { type: 'invalid', message: MESSAGES.notAllowedParameter, parameter },
    }
  if (COMBINATOR.test(reason))
    return {
      status: 422,
      rank: 6,
      error: { type: 'invalid', message: MESSAGES.invalid, parameter },
    }
  const topLevel = parameter.split(/[.[]/)[0] as string
  const message =
    ownValue(PARAMETER_MESSAGES, topLevel) ??
    (/^must match (pattern|format)/.test(reason) ? MESSAGES.invalid : `This parameter ${reason}.`)
  return { status: 422, rank: 3, error: { type: 'invalid', message, parameter } }
}

/**
 * Validation issues → one Hellotext answer: only issues of the most severe kind (a path id not
 * found beats a bad body), only the most telling tier (the `oneOf` branch a body was not written
 * for adds noise that a real problem outranks), one error per parameter (the best-ranked).
 */
function renderValidation(issues: ValidationIssue[], operationId: string | undefined): RouteResult {
  const mapped = issues.map((issue) => mapIssue(issue, operationId))
  const status = mapped.some((m) => m.status === 404) ? 404 : 422
  let kept = mapped.filter((m) => m.status === status)
  // Keep the most telling tier only: real problems (ranks 0–3), then a missing 2022 identity (4),
  // then keys the other `oneOf` branch does not allow (5), then bare combinator failures (6).
  const tier = (rank: number) => Math.max(3, rank)
  const best = Math.min(...kept.map((m) => tier(m.rank)))
  kept = kept.filter((m) => tier(m.rank) === best)
  const byParameter = new Map<string, Mapped>()
  for (const candidate of kept) {
    const key = candidate.error.parameter ?? ''
    const current = byParameter.get(key)
    if (!current || candidate.rank < current.rank) byParameter.set(key, candidate)
  }
  // A root-level complaint only matters when nothing names a parameter.
  if (byParameter.size > 1) byParameter.delete('')
  return hellotextError(status, ...[...byParameter.values()].map((m) => m.error))
}

/** Validation issues found outside the engine (inline `object_parameters`), as Hellotext answers them. */
export function invalidParameters(issues: ValidationIssue[]): ErrorAnswer {
  return asErrorAnswer(renderValidation(issues, undefined))
}

export function renderFailure(failure: SandboxFailure, operation?: OperationSpec): RouteResult {
  switch (failure.kind) {
    case 'unauthenticated':
    // A Business ID on a private route (or a token on no route it may use) is not a valid token.
    case 'forbidden':
      return unauthorized()
    case 'rate-limited':
      // No limit is documented [UNK]; only an account given one explicitly gets here [INF].
      return hellotextError(429, { type: 'rate_limited', message: 'Too many requests.' })
    case 'route-not-found':
    case 'method-not-allowed':
      return hellotextError(404, { type: 'not_found', message: MESSAGES.resourceNotFound })
    case 'unsupported-media-type':
      // "The body must be JSON; form data is not equivalent" [DOC: HELP]; the status is [INF].
      return hellotextError(415, {
        type: 'invalid',
        message: 'The request body must be JSON (Content-Type: application/json).',
      })
    case 'malformed-body':
      return hellotextError(400, {
        type: 'invalid',
        message: `The request body could not be read: ${failure.reason}.`,
      })
    case 'payload-too-large':
      return hellotextError(413, {
        type: 'invalid',
        message: `The request body is larger than ${failure.limitBytes} bytes.`,
      })
    case 'validation':
      return renderValidation(failure.issues, operation?.operationId)
    case 'rejected':
      return hellotextError(failure.status, {
        type: failure.status === 404 ? 'not_found' : 'invalid',
        message: failure.message,
      })
  }
}
