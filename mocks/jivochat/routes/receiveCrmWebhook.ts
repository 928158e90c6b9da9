// receiveCrmWebhook: POST /crm — every JivoChat webhook, answered as a good CRM integration does.
// Behaviour: shared/seeds/jivochat-crm-webhooks.es.txt and shared/research/jivochat.md §4, §7.6.
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { handleWebhook } from '../crm/handle-webhook.ts'
import type { JivochatState } from '../state.ts'

export const receiveCrmWebhook: RouteHandler<JivochatState> = (ctx, state) =>
  handleWebhook(state.crm, ctx.body, {
    now: new Date(ctx.now).toISOString(),
    adminUrl: ctx.adminUrl,
  })
