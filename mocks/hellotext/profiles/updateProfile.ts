// updateProfile: PATCH /v1/profiles/{id} — changes the given fields; 404 when unknown.
// Behaviour: shared/research/hellotext-reskyt.md A7 [DOC: HELP-new custom-store]; merging labels and lists [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProfile, profileResource, writeProfile } from '../profiles-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['updateProfile']['requestBody']['content']['application/json']

export const updateProfile: RouteHandler<HellotextState> = (ctx, state) => {
  const accountId = accountOf(ctx, state).id
  const existing = findProfile(state, accountId, ctx.params.id as string)
  if (!existing) return notFound()
  const profile = writeProfile(state, ctx, accountId, ctx.body as Body, existing)
  return isResult(profile) ? profile : json(200, profileResource(profile))
}
