// deleteFault: DELETE /__admin/faults/{id} — removes one rule; 404 when there is none.
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'

export const deleteFault = defineRoute('deleteFault', (ctx, state) =>
  state.faults.remove(ctx.params.id)
    ? { status: 204 }
    : adminError(404, formatMessage('delete', `fault ${ctx.params.id}`, 'no such rule')),
)
