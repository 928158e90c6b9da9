// getCrmRecord: GET /__admin/jivochat/crm/{collection}/{id} — one record; where `crm_link` points.
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'

export const getCrmRecord = defineRoute('getCrmRecord', (ctx, state) => {
  const { collection, id } = ctx.params
  const record = state.jivochat.crm[collection].get(id)
  return record
    ? { status: 200, body: record }
    : adminError(
        404,
        formatMessage(
          'find',
          `${collection.slice(0, -1)} ${id}`,
          'no such record in the reference CRM',
        ),
      )
})
