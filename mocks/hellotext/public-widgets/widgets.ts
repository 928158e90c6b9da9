/**
 * The public widgets hellotext.js shows: forms and popups (configured through fixtures or the
 * admin API, since the API cannot create them), their submissions with a one-time code to verify,
 * web-push identities and push-permission alerts. A submission finds or creates the visitor's
 * profile. Forms are objects of type `form` (objects/objects.ts).
 *
 * @see shared/research/hellotext-reskyt.md A3 (public routes [SDK: JS]), A10
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { invalid, notAllowed, notFound } from '../errors.ts'
import {
  identifyVisitor,
  linkSession,
  type VisitorState,
  visitorFrom,
} from '../public-tracking/visitors.ts'
import { byId, findIn, newId, type Owned, seconds } from '../records.ts'

export interface PopupRecord extends Owned {
  html: string
  locale: string
}

export interface SubmissionRecord extends Owned {
  kind: 'form' | 'popup'
  /** The form's or popup's id. */
  parentId: string
  token: string
  session?: string
  values: Record<string, unknown>
  profile: string | null
  /** The one-time code the visitor must type (shown by the admin API). */
  otp: string
  state: 'pending' | 'verified' | 'cancelled'
  idempotencyKey?: string
  created_at: number
}

export interface PushIdentityRecord extends Owned {
  session: string
  origin: string
  endpoint?: string
  keys?: Record<string, unknown>
  created_at: number
}

export interface PushAlertRecord extends Owned {
  session: string
  section: string
  kind: string
  created_at: number
}

export function createWidgetTables() {
  return {
    popups: byId<PopupRecord>('popups'),
    submissions: byId<SubmissionRecord>('submissions'),
    pushIdentities: byId<PushIdentityRecord>('push identities'),
    pushAlerts: byId<PushAlertRecord>('push alerts'),
  }
}

export type WidgetTables = ReturnType<typeof createWidgetTables>

/** A new six-digit one-time code, from the sandbox's dice. */
export function newOtp(ctx: Pick<CallerContext, 'ids'>): string {
  return String(Math.floor(ctx.ids.random() * 1_000_000)).padStart(6, '0')
}

export function findSubmission(state: WidgetTables, accountId: string, id: string) {
  return findIn(state.submissions, accountId, id)
}

/**
 * The popup submission a resend or cancel names, checked the same way for both: it must belong to
 * that popup, the token must match, and it must still be pending.
 */
export function findPendingPopupSubmission(
  state: WidgetTables,
  accountId: string,
  names: { id: string; submission_id: string; token: string | undefined },
): SubmissionRecord {
  const submission = findSubmission(state, accountId, names.submission_id)
  if (submission?.kind !== 'popup' || submission.parentId !== names.id)
    throw rejectWith(notFound('submission_id'))
  if (names.token !== submission.token)
    throw rejectWith(invalid('token', 'The token does not match the submission.'))
  if (submission.state !== 'pending')
    throw rejectWith(notAllowed('submission_id', `The submission is already ${submission.state}.`))
  return submission
}

export function submissionResource(submission: SubmissionRecord) {
  return { id: submission.id, token: submission.token }
}

/** Stores a form or popup submission, linking the visitor's session and profile. */
export function createSubmission(
  state: WidgetTables & VisitorState,
  ctx: CallerContext,
  parent: { kind: SubmissionRecord['kind']; id: string },
  session: string | undefined,
  values: Record<string, unknown>,
  idempotencyKey?: string,
): SubmissionRecord {
  const accountId = ctx.account.id
  const profile = identifyVisitor(state, ctx, visitorFrom(values))
  if (session !== undefined) linkSession(state, ctx, session, profile)
  return state.submissions.insert({
    accountId,
    id: newId(ctx, (id) => findSubmission(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    kind: parent.kind,
    parentId: parent.id,
    token: ctx.ids.objectId().slice(0, 16),
    ...(session === undefined ? {} : { session }),
    values,
    profile: profile?.id ?? null,
    otp: newOtp(ctx),
    state: 'pending',
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    created_at: seconds(ctx.now),
  })
}
