// createSession: POST /v1/track/sessions — mints a session the server knows at once; {"id": …}.
// Behaviour: shared/research/hellotext-reskyt.md A8 "Public session minting" [SDK: IOS, JS before 2025]; 200 and the 32-character form [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { ensureSession, findSession } from '../sessions/sessions.ts'

export const createSession = defineRoute('createSession', (ctx, state) => {
  const account = publicAccountOf(ctx)
  let id: string
  do id = ctx.ids.alphanumeric(32)
  while (findSession(state, account.id, id))
  return { status: 200, body: { id: ensureSession(state, account.id, id, ctx.now).id } }
})
