// createIdentification: POST /v1/public/identifications — Hellotext.identify(): finds or creates the profile and gives it the session.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS; DOC: HELP-new]; matching, session attach and the receipt id [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { parameterMissing } from '../errors.ts'
import { findIn, newId, seconds } from '../records.ts'
import { identifyVisitor, linkSession, visitorFrom } from './visitors.ts'

export const createIdentification = defineRoute('createIdentification', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const { body } = ctx
  const visitor = visitorFrom(body)
  const profile = identifyVisitor(state, ctx, visitor)
  // identify() takes the site's user id [SDK: JS]; without any identity there is nothing to link.
  if (!profile) return parameterMissing('user_id')
  linkSession(state, ctx, body.session, profile)
  state.identifications.insert({
    accountId: account.id,
    id: newId(ctx, (id) => findIn(state.identifications, account.id, id) !== undefined),
    seq: state.nextSeq(),
    session: body.session,
    ...(visitor.user_id === undefined ? {} : { user_id: visitor.user_id }),
    ...(visitor.source === undefined ? {} : { source: visitor.source }),
    profile: profile.id,
    created_at: seconds(ctx.now),
  })
  return { status: 200, body: { status: 'received' } }
})
