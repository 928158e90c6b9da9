// createCrmContact: POST /__admin/jivochat/crm/contacts — a customer Jivo visitors can match.
import { seedContact } from '../../jivochat/crm/seed-records.ts'
import { defineRoute } from '../define-route.ts'
import { adding } from './seeding.ts'

export const createCrmContact = defineRoute('createCrmContact', (ctx, state) => {
  const now = new Date(state.clock.now()).toISOString()
  return {
    status: 201,
    body: adding('contact', () => seedContact(state.jivochat.crm, ctx.body, now)),
  }
})
