// sendLegacyPush: POST /api/push, form-encoded, credentials in the body, tokens joined by ";", answers "1".
// Behaviour: shared/research/hellotext-reskyt.md B1 [CODE: three PHP clients]; the password is the
// account's API key (the Laravel client calls it api_key) and the user its name [INF]; failures "0" [INF].
import { defineRoute } from '../define-route.ts'
import { legacyFailure } from '../errors.ts'
import { enqueuePush } from '../push/outbox.ts'

export const sendLegacyPush = defineRoute('sendLegacyPush', (ctx, state) => {
  const form = ctx.body
  const found = ctx.authenticate(form.password)
  if (!found || found.account.name !== form.user) return legacyFailure(401)
  const tokens = form.tokens
    .split(';')
    .map((token) => token.trim())
    .filter(Boolean)
  if (tokens.length === 0) return legacyFailure(400)
  enqueuePush(
    state,
    found.account.id,
    {
      source: 'legacy',
      title: form.titulo,
      tokens,
      url: form.url || undefined,
      utmCampaign: form.campaign || undefined,
    },
    ctx.now,
    () => ctx.ids.uuid(),
    ctx.retention.outbox,
  )
  return { status: 200, body: '1' }
})
