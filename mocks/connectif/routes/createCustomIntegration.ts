// createCustomIntegration: POST /custom-integrations/ — 201 CustomIntegration.
// Behaviour: shared/research/connectif.md §11.2 — fields, 201 [DOC]; `imageUri: null` and `eventsEnabled: true` when omitted [INF].
import type { components } from '../../../src/generated/connectif.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

type CustomIntegrationCreation = components['schemas']['CustomIntegrationCreation']

export const createCustomIntegration: RouteHandler<ConnectifState> = (ctx, state) => {
  const body = ctx.body as CustomIntegrationCreation
  const integration = state.customIntegrations.insert({
    imageUri: null,
    eventsEnabled: true,
    ...body,
    id: ctx.sandbox.ids.objectId(),
    accountId: accountOf(ctx).id,
  })
  return json(201, toResource(integration))
}
