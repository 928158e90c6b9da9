// sendLegacyPush: POST /api/push, form-encoded, credentials in the body, tokens joined by ";", answers "1".
// Behaviour: shared/research/hellotext-reskyt.md B1 [CODE: three PHP clients]; the password is the
// account's API key (the Laravel client calls it api_key) and the user its name [INF]; failures "0" [INF].
import { text } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { LEGACY_FAILURE } from '../errors.ts'
import { enqueuePush } from '../outbox.ts'
import type { ReskytState } from '../state.ts'

interface LegacyForm {
  user: string
  password: string
  titulo: string
  url?: string
  campaign?: string
  tokens: string
}

export const sendLegacyPush: RouteHandler<ReskytState> = (ctx, state) => {
  const form = ctx.body as LegacyForm
  const found = ctx.sandbox.accounts.authenticate('reskyt', form.password)
  if (!found || found.account.name !== form.user) return LEGACY_FAILURE(401)
  const tokens = form.tokens
    .split(';')
    .map((token) => token.trim())
    .filter(Boolean)
  if (tokens.length === 0) return LEGACY_FAILURE(400)
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
    () => ctx.sandbox.ids.uuid(),
  )
  return text(200, '1')
}
