// listSegments: GET /__admin/connectif/segments — the segments defined, oldest first.
import { listSegments as segmentsOf } from '../../connectif/exports/segments.ts'
import { defineRoute } from '../define-route.ts'

export const listSegments = defineRoute('listSegments', (ctx, state) => ({
  status: 200,
  body: { segments: segmentsOf(state.connectif, ctx.query.accountId) },
}))
