/**
 * Generated from openapi/reskyt.yaml by `npm run generate`. Do not edit by hand: the route of
 * an operation is mocks/reskyt/<section>/<operationId>.ts, where <section> is its first tag
 * (a test fails when this file is stale).
 */
import { sendLegacyPush } from './legacy-push/sendLegacyPush.ts'
import { sendPush } from './push/sendPush.ts'

/** Every route of the service, one per operationId. */
export const routes = [sendPush, sendLegacyPush]
