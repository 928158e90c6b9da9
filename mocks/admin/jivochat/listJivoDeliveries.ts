// listJivoDeliveries: GET /__admin/jivochat/deliveries — what the simulator delivered, newest first.
import { defineRoute } from '../define-route.ts'

export const listJivoDeliveries = defineRoute('listJivoDeliveries', (_ctx, state) => ({
  status: 200,
  body: { deliveries: [...state.jivochat.deliveries].reverse() },
}))
