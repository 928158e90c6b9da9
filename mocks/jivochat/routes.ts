/** JivoChat's route map: operationId → route function. Nothing else lives here. */
import type { RouteHandler } from '../sandbox/service-definition.ts'
import { receiveCrmWebhook } from './routes/receiveCrmWebhook.ts'
import type { JivochatState } from './state.ts'

export const routes: Record<string, RouteHandler<JivochatState>> = { receiveCrmWebhook }
