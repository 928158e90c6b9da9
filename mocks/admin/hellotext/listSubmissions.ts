// listSubmissions: GET /__admin/hellotext/submissions — form and popup submissions with their codes.
import { newestFirst, withoutBookkeeping } from '../../hellotext/records.ts'
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'

export const listSubmissions = defineRoute('listSubmissions', (ctx, state) => {
  const accountId = hellotextAccountOf(state, ctx.query).id
  const submissions = newestFirst(state.hellotext.submissions, accountId).map(withoutBookkeeping)
  return { status: 200, body: { submissions } }
})
