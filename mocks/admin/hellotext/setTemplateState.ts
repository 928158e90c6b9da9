// setTemplateState: PATCH /__admin/hellotext/templates/{id} — approves or rejects a template, as
// WhatsApp's review would.
import { findIn } from '../../hellotext/records.ts'
import { templateResource } from '../../hellotext/templates/templates.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'
import { hellotextAccountOf } from './hellotext-account.ts'

export const setTemplateState = defineRoute('setTemplateState', (ctx, state) => {
  const { id } = ctx.params
  const accountId = hellotextAccountOf(state, ctx.query, ctx.body).id
  const template = findIn(state.hellotext.templates, accountId, id)
  if (!template) return adminError(404, formatMessage('find', `template ${id}`, 'no such template'))
  const updated = state.hellotext.templates.update(template, (t) => ({
    ...t,
    state: ctx.body.state,
  }))
  return { status: 200, body: templateResource(updated) }
})
