// listCrmRecords: GET /__admin/jivochat/crm/{collection} — one kind of the reference CRM's records,
// oldest first, narrowed by `email`, `phone` or `chatId` where they apply.
import { type CrmCollection, listRecords } from '../../jivochat/crm/crm-records.ts'
import { defineRoute } from '../define-route.ts'

export const listCrmRecords = defineRoute('listCrmRecords', (ctx, state) => {
  const collection: CrmCollection = ctx.params.collection
  return {
    status: 200,
    body: { [collection]: listRecords(state.jivochat.crm, collection, ctx.query) },
  }
})
