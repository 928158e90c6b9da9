// clearJivoDeliveries: DELETE /__admin/jivochat/deliveries — forgets the simulator's deliveries.
import { defineRoute } from '../define-route.ts'

export const clearJivoDeliveries = defineRoute('clearJivoDeliveries', (_ctx, state) => {
  state.jivochat.deliveries = []
  return { status: 204 }
})
