// createIdentification: POST /v1/public/identifications — Hellotext.identify(): finds or creates the profile and gives it the session.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS; DOC: HELP-new]; matching, session attach and the receipt id [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { parameterMissing } from '../errors.ts'
import { isResult, newId, publicAccountOf, seconds } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'
import { identifyVisitor, linkSession, visitorFrom } from '../visitors-model.ts'

type Body = operations['createIdentification']['requestBody']['content']['application/json']

export const createIdentification: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const body = ctx.body as Body
  const visitor = visitorFrom(body)
  const profile = identifyVisitor(state, ctx, account.id, visitor)
  if (isResult(profile)) return profile
  // identify() takes the site's user id [SDK: JS]; without any identity there is nothing to link.
  if (!profile) return parameterMissing('user_id')
  linkSession(state, ctx, account.id, body.session, profile)
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
  return json(200, { status: 'received' })
}
