// getWebchat: GET /v1/public/webchats/{id} — the webchat's markup (text/html, one <article>), or 404.
// Behaviour: shared/research/hellotext-reskyt.md addendum [CODE: hellotext.js src/api/webchats.js]; the markup [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findWebchat, webchatHtml } from './webchat.ts'

export const getWebchat = defineRoute('getWebchat', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const webchat = findWebchat(state, account, ctx.params.id)
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: webchatHtml(
      state,
      account.id,
      webchat.id,
      ctx.query.session,
      ctx.query.placement ?? 'bottom-right',
    ),
  }
})
