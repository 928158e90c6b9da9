// createPopup: POST /__admin/hellotext/popups — a popup hellotext.js can show.
import { findIn } from '../../hellotext/records.ts'
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'
import { widgetBase } from './widgets.ts'

export const createPopup = defineRoute('createPopup', (ctx, state) => {
  const { id, html, locale = 'es' } = ctx.body
  const accountId = hellotextAccountOf(state, ctx.query, ctx.body).id
  const popups = state.hellotext.popups
  const base = widgetBase(state, accountId, id, (taken) =>
    Boolean(findIn(popups, accountId, taken)),
  )
  const popup = popups.insert({ ...base, html, locale })
  return { status: 201, body: { id: popup.id, html: popup.html, locale: popup.locale } }
})
