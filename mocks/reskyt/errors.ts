/**
 * Reskyt's error answers, in one place. The JSON API's errors are not public: the spec's choices
 * (`{"error"}`, 422 `{"error","field"}`) are marked inferred there. The legacy form API answers
 * the body `0` on any failure, as its clients read it.
 *
 * @see shared/research/hellotext-reskyt.md PART B; openapi/reskyt.yaml (components/responses)
 */
import type { SandboxFailure } from '../sandbox/failures.ts'
import { ownValue } from '../sandbox/records/own-value.ts'
import { json, type RouteResult, text } from '../sandbox/route-result.ts'
import type { OperationSpec } from '../sandbox/route-table.ts'
import { asErrorAnswer, type ErrorAnswer } from '../sandbox/sandbox-error.ts'

/** The fields a validation error can name, in the order they are checked. */
const FIELD_MESSAGES: Record<string, string> = {
  title: 'title is required',
  tokens: 'tokens must be a non-empty array of device tokens',
  dateEnd: 'dateEnd must be a Unix timestamp in seconds',
  pictureUrl: 'pictureUrl must be a URL',
  url: 'url must be a URL',
  utmCampaign: 'utmCampaign must be a string',
}

export function reskytError(status: number, error: string): ErrorAnswer {
  return asErrorAnswer(json(status, { error }))
}

/** The legacy API's only failure: the body `0`, whatever went wrong. */
export const legacyFailure = (status: number): ErrorAnswer => asErrorAnswer(text(status, '0'))

export function renderFailure(failure: SandboxFailure, operation?: OperationSpec): RouteResult {
  if (operation?.operationId === 'sendLegacyPush') {
    // The legacy API's clients only look for the body "1"; any failure is "0".
    return legacyFailure(
      failure.kind === 'validation' ? 400 : failure.kind === 'unauthenticated' ? 401 : 400,
    )
  }
  switch (failure.kind) {
    case 'unauthenticated':
      return reskytError(
        401,
        failure.reason === 'missing' ? 'Missing x-api-key header' : 'Invalid API key',
      )
    case 'forbidden':
      return reskytError(403, 'Push API is not activated for this account')
    case 'rate-limited':
      return reskytError(429, 'Too many requests')
    case 'route-not-found':
    case 'method-not-allowed':
      return reskytError(404, `No route for ${failure.method} ${failure.path}`)
    case 'unsupported-media-type':
    case 'malformed-body':
      return reskytError(400, 'Request body must be a JSON object')
    case 'payload-too-large':
      return reskytError(413, 'Request body is too large')
    case 'rejected':
      return reskytError(failure.status, failure.message)
    case 'validation': {
      const issue = failure.issues[0]
      const field =
        issue?.path.split(/[.[]/)[0] ||
        (issue?.reason === 'request body is required' ? '' : 'title')
      if (!field) return reskytError(400, 'Request body must be a JSON object')
      const known = ownValue(FIELD_MESSAGES, field)
      return json(422, {
        error: known ?? `${field} ${issue?.reason}`,
        field: known ? field : 'title',
      })
    }
  }
}
