// createCrmUser: POST /__admin/jivochat/crm/users — a manager whose login Jivo agents are matched by.
import { seedUser } from '../../jivochat/crm/seed-records.ts'
import { defineRoute } from '../define-route.ts'
import { adding } from './seeding.ts'

export const createCrmUser = defineRoute('createCrmUser', (ctx, state) => ({
  status: 201,
  body: adding('user', () => seedUser(state.jivochat.crm, ctx.body)),
}))
