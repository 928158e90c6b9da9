// createProfile: POST /v1/profiles — 201 with the new profile, or the one matched by email or phone.
// Behaviour: shared/research/hellotext-reskyt.md A7 [DOC: HELP custom-store; SDK: WP]; 201 for creates and matching rules [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { matchProfile, profileResource, writeProfile } from '../profiles-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['createProfile']['requestBody']['content']['application/json']

export const createProfile: RouteHandler<HellotextState> = (ctx, state) => {
  const body = ctx.body as Body
  const accountId = accountOf(ctx, state).id
  const values = (value: string | Record<string, string> | undefined) =>
    value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value)
  const existing = matchProfile(state, accountId, values(body.email), values(body.phone))
  const profile = writeProfile(state, ctx, accountId, body, existing)
  return isResult(profile) ? profile : json(201, profileResource(profile))
}
