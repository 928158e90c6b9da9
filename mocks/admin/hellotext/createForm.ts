// createForm: POST /__admin/hellotext/forms — a form hellotext.js can show; its members other than
// `id` and `accountId` are the form as the public API answers it.
import { findIn, seconds } from '../../hellotext/records.ts'
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'
import { widgetBase } from './widgets.ts'

export const createForm = defineRoute('createForm', (ctx, state) => {
  const { id, accountId: _accountId, ...values } = ctx.body
  const accountId = hellotextAccountOf(state, ctx.query, ctx.body).id
  const instances = state.hellotext.instances
  const base = widgetBase(state, accountId, id, (taken) =>
    Boolean(findIn(instances, accountId, taken)),
  )
  const form = instances.insert({
    ...base,
    type: 'form',
    values,
    created_at: seconds(state.clock.now()),
  })
  return { status: 201, body: { id: form.id, ...form.values } }
})
