// listIdentifications: GET /__admin/hellotext/identifications — receipts of Hellotext.identify().
import { newestFirst, withoutBookkeeping } from '../../hellotext/records.ts'
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'

export const listIdentifications = defineRoute('listIdentifications', (ctx, state) => {
  const accountId = hellotextAccountOf(state, ctx.query).id
  const identifications = newestFirst(state.hellotext.identifications, accountId).map(
    (identification) => ({ receipt: identification.id, ...withoutBookkeeping(identification) }),
  )
  return { status: 200, body: { identifications } }
})
