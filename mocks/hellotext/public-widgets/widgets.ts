/**
 * The public widgets hellotext.js shows: forms and popups (configured through fixtures or the
 * admin API, since the API cannot create them), their submissions with a one-time code to verify,
 * and web-push identities. A submission finds or creates the visitor's profile.
 *
 * @see shared/research/hellotext-reskyt.md A3 (public routes [SDK: JS]), A10
 */
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { invalid, notAllowed, notFound } from './errors.ts'
import { isResult, newId, seconds } from './route-helpers.ts'
import { findIn, type HellotextState, type SubmissionRecord } from './state.ts'
import { identifyVisitor, linkSession, visitorFrom } from './visitors-model.ts'

/** A new six-digit one-time code, from the sandbox's dice. */
export function newOtp(ctx: RouteContext): string {
  return String(Math.floor(ctx.sandbox.ids.random() * 1_000_000)).padStart(6, '0')
}

export function findSubmission(state: HellotextState, accountId: string, id: string) {
  return findIn(state.submissions, accountId, id)
}

/**
 * The popup submission a resend or cancel names, checked the same way for both: it must belong to
 * that popup, the token must match, and it must still be pending.
 */
export function findPendingPopupSubmission(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  token: string | undefined,
): SubmissionRecord | RouteResult {
  const submission = findSubmission(state, accountId, ctx.params.submission_id as string)
  if (submission?.kind !== 'popup' || submission.parentId !== ctx.params.id)
    return notFound('submission_id')
  if (token !== submission.token)
    return invalid('token', 'The token does not match the submission.')
  if (submission.state !== 'pending')
    return notAllowed('submission_id', `The submission is already ${submission.state}.`)
  return submission
}

export function submissionResource(submission: SubmissionRecord) {
  return { id: submission.id, token: submission.token }
}

/** Stores a form or popup submission, linking the visitor's session and profile. */
export function createSubmission(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  parent: { kind: SubmissionRecord['kind']; id: string },
  session: string | undefined,
  values: Record<string, unknown>,
  idempotencyKey?: string,
): SubmissionRecord | RouteResult {
  const profile = identifyVisitor(state, ctx, accountId, visitorFrom(values))
  if (isResult(profile)) return profile
  if (session !== undefined) linkSession(state, ctx, accountId, session, profile)
  return state.submissions.insert({
    accountId,
    id: newId(ctx, (id) => findSubmission(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    kind: parent.kind,
    parentId: parent.id,
    token: ctx.sandbox.ids.objectId().slice(0, 16),
    ...(session === undefined ? {} : { session }),
    values,
    profile: profile?.id ?? null,
    otp: newOtp(ctx),
    state: 'pending',
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    created_at: seconds(ctx.now),
  })
}
