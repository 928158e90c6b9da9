// createWebchat: POST /__admin/hellotext/webchats — a webchat the business's metadata and the
// WordPress plugin name.
import { findIn } from '../../hellotext/records.ts'
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'
import { widgetBase } from './widgets.ts'

export const createWebchat = defineRoute('createWebchat', (ctx, state) => {
  const accountId = hellotextAccountOf(state, ctx.query, ctx.body).id
  const webchats = state.hellotext.webchats
  const base = widgetBase(state, accountId, ctx.body?.id, (taken) =>
    Boolean(findIn(webchats, accountId, taken)),
  )
  return { status: 201, body: { id: webchats.insert(base).id } }
})
