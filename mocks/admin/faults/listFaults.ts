// listFaults: GET /__admin/faults — the fault rules, in the order they are tried.
import { defineRoute } from '../define-route.ts'

export const listFaults = defineRoute('listFaults', (_ctx, state) => ({
  status: 200,
  body: { faults: state.faults.list() },
}))
