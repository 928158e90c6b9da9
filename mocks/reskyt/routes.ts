/** Reskyt's route map: operationId → route function. Nothing else lives here. */
import type { RouteHandler } from '../sandbox/service-definition.ts'
import { sendLegacyPush } from './routes/sendLegacyPush.ts'
import { sendPush } from './routes/sendPush.ts'
import type { ReskytState } from './state.ts'

export const routes: Record<string, RouteHandler<ReskytState>> = { sendPush, sendLegacyPush }
