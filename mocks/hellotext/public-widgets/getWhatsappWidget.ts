// getWhatsappWidget: GET /v1/public/widgets/whatsapp/{id} — {html, business, locale}, or 404.
// Behaviour: shared/research/hellotext-reskyt.md addendum [CODE: hellotext.js src/api/whatsapp_widgets.js and its test]; markup, id = a webchat's [INF].
import { businessOf, publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findWebchat, whatsappHtml } from './webchat.ts'

export const getWhatsappWidget = defineRoute('getWhatsappWidget', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const webchat = findWebchat(state, account, ctx.params.id)
  const business = businessOf(account, webchat.id)
  const { query } = ctx
  return {
    status: 200,
    body: {
      html: whatsappHtml(webchat.id, {
        ...(query['whatsapp[number]'] === undefined ? {} : { number: query['whatsapp[number]'] }),
        ...(query['whatsapp[body]'] === undefined ? {} : { body: query['whatsapp[body]'] }),
        ...(query['whatsapp[appearance][launcher][icon_url]'] === undefined
          ? {}
          : { iconUrl: query['whatsapp[appearance][launcher][icon_url]'] }),
        ...(query.placement === undefined ? {} : { placement: query.placement }),
      }),
      business,
      locale: query.locale ?? business.locale ?? 'es',
    },
  }
})
