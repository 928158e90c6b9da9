/**
 * JivoChat → CRM: what Jivo sends a CRM endpoint and the least it needs back, one interaction per
 * event. Here Jivo is the consumer, played by the sandbox's simulator (the payloads come from its
 * generator, seed 1), and the CRM is the provider. Writes contracts/pacts/jivochat-crm.json, which
 * `martech-sandbox verify-crm --url <endpoint>` replays against a CRM.
 *
 * The reply is the minimum every event needs: JSON with `result: "ok"` (Jivo reads any other text
 * as an error). Pact has no optional fields, so the rich reply of `chat_accepted`/`chat_updated`
 * (`contact_info`, `custom_data`, …) stays with `jivo send`, which grades it against the schema.
 */
import { MatchersV3 } from '@pact-foundation/pact'
import { jivo } from 'martech-sandbox/jivochat'
import { describe, expect, it } from 'vitest'
import { CRM_PACT_PATH } from '../check/crm-document.ts'
import { consumerPact } from './consumer-pact.ts'

const { equal, like, regex } = MatchersV3

/** Pact regexes match the whole value. */
const JSON_CONTENT = (example: string) => regex('^application/json(;.*)?$', example)

/**
 * `chat_assigned` links the chat to the CRM record its `assign_to` URL names; for a link to no
 * record the documented answer is an error text, so its `result` is any string [C:S4].
 */
const resultFor = (event: string) => (event === 'chat_assigned' ? like('ok') : 'ok')

const pact = consumerPact('crm', 'jivochat')

describe('jivochat → crm', () => {
  it.each(jivo.events)('sends %s and needs {"result":"ok"} back', async (event) => {
    const payload = jivo.generate(event, { seed: 1 }) as Record<string, unknown>
    await pact
      .addInteraction()
      .uponReceiving(`a ${event} webhook`)
      .withRequest('POST', CRM_PACT_PATH, (request) =>
        request
          .headers({ 'Content-Type': JSON_CONTENT('application/json; charset=utf-8') })
          // Real conversations vary every value; the event name is what the CRM dispatches on.
          .jsonBody(like({ ...payload, event_name: equal(event) })),
      )
      .willRespondWith(200, (response) =>
        response
          .headers({ 'Content-Type': JSON_CONTENT('application/json') })
          .jsonBody({ result: resultFor(event) }),
      )
      .executeTest(async (server) => {
        const report = await jivo.send(event, { to: `${server.url}${CRM_PACT_PATH}`, seed: 1 })
        expect(report.status).toBe(200)
      })
  })
})
