// addFault: POST /__admin/faults — a rule answering with a status, a dropped connection or a delay.
import { defineRoute } from '../define-route.ts'

export const addFault = defineRoute('addFault', (ctx, state) => ({
  status: 201,
  body: state.faults.add(ctx.body),
}))
