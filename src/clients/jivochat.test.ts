import { describe, expect, it } from 'vitest'
import jivochatDocument from '../generated/jivochat.document.ts'
import { crmReply, type JivoEventOf, jivoEventNames, parseJivoWebhook } from './jivochat.ts'

// biome-ignore lint/suspicious/noExplicitAny: walking the parsed YAML, whose shape the schema test already checks
type Node = Record<string, any>

/** The spec's own request examples, keyed by event name: real Jivo payloads from the research. */
function specExamples(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  for (const [name, item] of Object.entries(jivochatDocument.webhooks ?? {})) {
    const media = (item.post as Node).requestBody.content['application/json'] as Node
    for (const example of Object.values(media.examples as Node))
      out.push([name, (example as Node).value])
  }
  return out
}

const chatAccepted = () =>
  structuredClone(specExamples().find(([name]) => name === 'chat_accepted')?.[1]) as Node

describe('parseJivoWebhook', () => {
  it('knows the eight events Jivo sends to a CRM', () => {
    expect([...jivoEventNames].sort()).toEqual(
      [
        'call_event',
        'chat_accepted',
        'chat_assigned',
        'chat_finished',
        'chat_updated',
        'client_attribute_updated',
        'client_updated',
        'offline_message',
      ].sort(),
    )
  })

  it.each(specExamples())(
    'accepts the spec example of %s and narrows it by event_name',
    (name, example) => {
      const { data, error } = parseJivoWebhook(JSON.stringify(example))
      expect(error).toBeUndefined()
      expect(data?.event_name).toBe(name)
    },
  )

  it('narrows the type: a chat_accepted event has its visitor', () => {
    const { data } = parseJivoWebhook(chatAccepted())
    if (data?.event_name !== 'chat_accepted') throw new Error('expected chat_accepted')
    const event: JivoEventOf<'chat_accepted'> = data
    expect(event.visitor).toBeDefined()
  })

  it('accepts ids as strings or integers, as Jivo’s own examples mix them', () => {
    const body = chatAccepted()
    body.chat_id = String(body.chat_id)
    expect(parseJivoWebhook(body).error).toBeUndefined()
    body.chat_id = 4242
    expect(parseJivoWebhook(body).error).toBeUndefined()
  })

  it.each([
    ['a body that is not JSON', '<html>oops</html>', 'body is not JSON'],
    ['a JSON array', '[]', 'body is not a JSON object'],
    ['no event_name', '{"widget_id":"x"}', '$.event_name is required'],
    [
      'an unknown event_name',
      '{"event_name":"chat_exploded","widget_id":"x"}',
      'unknown event_name "chat_exploded"',
    ],
  ])('rejects %s with a clear error', (_, body, message) => {
    const { data, error } = parseJivoWebhook(body)
    expect(data).toBeUndefined()
    expect(error?.message).toContain(message)
  })

  it('names the JSON path of a missing required field', () => {
    const body = chatAccepted()
    delete body.chat_id
    const { error } = parseJivoWebhook(body)
    expect(error?.eventName).toBe('chat_accepted')
    expect(error?.issues).toContainEqual({ path: '$.chat_id', message: 'is required' })
  })
})

describe('crmReply', () => {
  it('builds a reply with result "ok" and the fields given', () => {
    expect(
      crmReply({
        contact_info: { name: 'Ana López', email: 'ana@example.com' },
        custom_data: [{ title: 'Lifetime value', content: '1240 €' }],
        crm_link: 'https://crm.example.com/contacts/42',
        enable_assign: true,
      }),
    ).toEqual({
      result: 'ok',
      contact_info: { name: 'Ana López', email: 'ana@example.com' },
      custom_data: [{ title: 'Lifetime value', content: '1240 €' }],
      crm_link: 'https://crm.example.com/contacts/42',
      enable_assign: true,
    })
    expect(crmReply()).toEqual({ result: 'ok' })
  })

  it('refuses 11 custom_data rows, which Jivo would not show', () => {
    const rows = Array.from({ length: 11 }, (_, i) => ({ title: `Row ${i}`, content: 'x' }))
    expect(() => crmReply({ custom_data: rows })).toThrow(
      '$.custom_data must NOT have more than 10 items',
    )
  })

  it('refuses a crm_link that is not a URL', () => {
    expect(() => crmReply({ crm_link: 'not a url' })).toThrow('$.crm_link must match format "uri"')
  })
})
