// getRetention: GET /__admin/retention — how much the sandbox keeps of what only accumulates.
import { defineRoute } from '../define-route.ts'

export const getRetention = defineRoute('getRetention', (_ctx, state) => ({
  status: 200,
  body: { ...state.core.retention },
}))
