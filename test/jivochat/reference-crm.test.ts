/**
 * The simulator against the sandbox's reference CRM over real HTTP (`startServer`): every event is
 * answered within the contract, and the CRM does what the integration guide asks (lead, contact
 * merge, transcript, task, link), visible through the admin API.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type DeliveryReport, jivo } from '../../mocks/jivochat/index.ts'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { watchResponses } from '../support/response-schemas.ts'

let server: RunningServer
let to: string
let responses: ReturnType<typeof watchResponses>
beforeAll(async () => {
  server = await startServer({ port: 0 })
  to = `${server.url}/jivochat/crm`
  responses = watchResponses(server.sandbox)
})
afterAll(() => server.close())
beforeEach(() => server.sandbox.reset())
// The CRM's replies are the sandbox's own answers: they match the documented CrmReply/AckReply.
afterEach(() => expect(responses.take()).toEqual([]))

const admin = async (path: string, init?: { method?: string; body?: unknown }) => {
  const response = await fetch(`${server.url}/__admin/jivochat${path}`, {
    method: init?.method ?? 'GET',
    ...(init?.body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
  })
  return { status: response.status, body: await response.json() }
}
const list = async (collection: string) => (await admin(`/crm/${collection}`)).body[collection]
const linkTo = (type: 'contacts' | 'leads', id: string) =>
  `${server.url}/__admin/jivochat/crm/${type}/${id}`

function expectHonoured(report: DeliveryReport) {
  expect(report.violations).toEqual([])
  expect(report.payloadIssues).toEqual([])
  expect(report).toMatchObject({ ok: true, outcome: 'ok', status: 200 })
}

describe('the reference CRM answers every event within the contract', () => {
  const seed = 11
  const persona = jivo.persona(seed)

  it('chat_accepted from an unknown visitor: a lead titled after the chat, for the default manager', async () => {
    const report = await jivo.send('chat_accepted', { to, seed })
    expectHonoured(report)
    const [lead] = await list('leads')
    expect(lead).toMatchObject({
      title: `JivoChat #${persona.chat_id} - ${persona.visitor.name}`,
      source: 'JivoChat',
      status: 'new',
      email: persona.visitor.email,
      managerId: 'user-1',
    })
    expect(report.agentView).toMatchObject({
      crmLinkButton: linkTo('leads', lead.id),
      assignButton: true,
      customData: [
        { title: 'CRM lead', content: `${lead.title} (new)` },
        { title: 'Manager', content: 'Default Manager' },
        { title: 'Source', content: 'JivoChat' },
      ],
    })
    // The link opens the record.
    expect((await fetch(report.agentView?.crmLinkButton as string)).status).toBe(200)
  })

  it('chat_updated: the lead of the chat gains the phone the visitor left', async () => {
    expectHonoured(await jivo.send('chat_accepted', { to, seed }))
    expectHonoured(await jivo.send('chat_updated', { to, seed }))
    const leads = await list('leads')
    expect(leads).toHaveLength(1)
    expect(leads[0]).toMatchObject({
      phone: persona.visitor.phone,
      chatId: String(persona.chat_id),
    })
  })

  it('client_updated: a contact with the card data, and the visitor number as Jivo client id', async () => {
    expectHonoured(await jivo.send('client_updated', { to, seed }))
    expect(await list('contacts')).toEqual([
      expect.objectContaining({
        name: persona.visitor.name,
        emails: [persona.visitor.email],
        phones: [persona.visitor.phone],
        jivoClientId: persona.visitor.number,
        source: 'JivoChat',
      }),
    ])
  })

  it('client_attribute_updated: the attributes land on the contact with that client id', async () => {
    expectHonoured(await jivo.send('client_updated', { to, seed }))
    expectHonoured(
      await jivo.send('client_attribute_updated', {
        to,
        seed,
        overrides: { 'attributes.Segment': 'wholesale' },
      }),
    )
    const [contact] = await list('contacts')
    expect(contact.attributes).toMatchObject({
      Segment: 'wholesale',
      Preferred_language: persona.locale,
    })
  })

  it('chat_finished: the whole transcript, with times and agents, on a lead', async () => {
    const report = await jivo.send('chat_finished', { to, seed })
    expectHonoured(report)
    const sent = jivo.generate('chat_finished', { seed })
    const [transcript] = await list('transcripts')
    const [lead] = await list('leads')
    expect(transcript).toMatchObject({
      chatId: String(persona.chat_id),
      record: { type: 'lead', id: lead.id },
    })
    expect(transcript.messages).toHaveLength(sent.chat.messages.length)
    expect(transcript.messages[1]).toEqual({
      at: new Date((sent.chat.messages[1]?.timestamp as number) * 1000).toISOString(),
      timestamp: sent.chat.messages[1]?.timestamp,
      from: 'agent',
      agentId: persona.agent.id,
      agentName: persona.agent.name,
      text: sent.chat.messages[1]?.message,
    })
  })

  it('offline_message: one task for the responsible manager, even when delivered twice', async () => {
    expectHonoured(await jivo.send('offline_message', { to, seed }))
    expectHonoured(await jivo.send('offline_message', { to, seed }))
    const tasks = await list('tasks')
    expect(tasks).toEqual([
      expect.objectContaining({
        title: `Answer the offline message from ${persona.visitor.name}`,
        managerId: 'user-1',
        status: 'open',
        description: expect.stringContaining(persona.lines.offline),
      }),
    ])
  })

  it('call_event: the call is logged', async () => {
    expectHonoured(
      await jivo.send('call_event', { to, seed, overrides: { 'call.status': 'agent_connected' } }),
    )
    expect(await list('calls')).toEqual([
      expect.objectContaining({
        chatId: String(persona.chat_id),
        status: 'agent_connected',
        phone: persona.visitor.phone,
      }),
    ])
  })

  it('chat_assigned: the chat is filed under the record the pasted link names', async () => {
    const { body: contact } = await admin('/crm/contacts', {
      method: 'POST',
      body: { name: 'Ana López', email: 'ana@example.com' },
    })
    const report = await jivo.send('chat_assigned', {
      to,
      seed,
      overrides: { assign_to: linkTo('contacts', contact.id) },
    })
    expectHonoured(report)
    expect((await admin(`/crm/contacts/${contact.id}`)).body.chatIds).toEqual([
      String(persona.chat_id),
    ])
  })

  it('chat_assigned with a link to a record page of this CRM that names no record is answered with an error text', async () => {
    const report = await jivo.send('chat_assigned', {
      to,
      seed,
      overrides: { assign_to: linkTo('contacts', 'contact-404') },
    })
    expect(report.violations).toEqual([
      expect.objectContaining({ code: 'non_ok_result', path: '$.result' }),
    ])
  })

  it('chat_assigned as sent by default (a card in another system) succeeds: the chat stays with its visitor', async () => {
    const report = await jivo.send('chat_assigned', { to, seed })
    expectHonoured(report)
    expect(report.request.body.assign_to).toMatch(/^https:\/\/crm\.example\//)
    const leads = await list('leads')
    expect(leads.map((lead: { chatId: string }) => lead.chatId)).toEqual([String(persona.chat_id)])
  })
})

describe('the reference CRM, as an integration should behave', () => {
  it('fills the agent panel for a known customer found by e-mail', async () => {
    const seed = 21
    const persona = jivo.persona(seed)
    await admin('/crm/users', {
      method: 'POST',
      body: { login: 'marta@crm.example', name: 'Marta Ruiz' },
    })
    const { status, body: contact } = await admin('/crm/contacts', {
      method: 'POST',
      body: {
        name: 'Known Customer',
        email: persona.visitor.email.toUpperCase(),
        phone: '+34 600 111 222',
        description: 'Prefers e-mail',
        managerLogin: 'marta@crm.example',
        lifetimeValue: 1240,
        lastPurchase: { reference: '#10452', date: '2026-01-03', total: 89.9 },
      },
    })
    expect(status).toBe(201)
    await jivo.send('offline_message', {
      to,
      seed: 22,
      overrides: { 'visitor.email': persona.visitor.email },
    })
    const report = await jivo.send('chat_accepted', { to, seed })
    expectHonoured(report)
    expect(report.agentView).toEqual({
      contactFields: {
        name: 'Known Customer',
        email: persona.visitor.email.toUpperCase(),
        phone: '+34 600 111 222',
        description: 'Prefers e-mail',
      },
      customData: [
        { title: 'Last purchase', content: '#10452 · 2026-01-03 · €89.90' },
        { title: 'Lifetime value', content: '€1,240.00' },
        { title: 'Open tasks', content: expect.stringMatching(/^1: Answer the offline message/) },
        { title: 'Manager', content: 'Marta Ruiz' },
      ],
      crmLinkButton: linkTo('contacts', contact.id),
      assignButton: true,
      page: null,
    })
    expect(await list('leads')).toEqual([])
  })

  it('gives a new lead to the CRM user whose login is the agent e-mail, else the configured default', async () => {
    const seed = 31
    const persona = jivo.persona(seed)
    await admin('/crm/users', {
      method: 'POST',
      body: { login: persona.agent.email, name: 'Same Login' },
    })
    await admin('/crm/users', {
      method: 'POST',
      body: { login: 'boss@crm.example', name: 'Boss', default: true },
    })
    const users = await list('users')
    await jivo.send('chat_accepted', { to, seed })
    await jivo.send('chat_accepted', {
      to,
      seed: 32,
      overrides: { 'agent.email': 'unknown@shop.example' },
    })
    const byName = (name: string) => users.find((u: { name: string }) => u.name === name).id
    expect((await list('leads')).map((l: { managerId: string }) => l.managerId)).toEqual([
      byName('Same Login'),
      byName('Boss'),
    ])
    expect((await admin('/crm/settings')).body).toEqual({ defaultManagerLogin: 'boss@crm.example' })
  })

  it('keeps the CRM phone and adds the chat one as additional when they disagree', async () => {
    const { body: contact } = await admin('/crm/contacts', {
      method: 'POST',
      body: { name: 'Ana López', email: 'ana@example.com', phone: '+34600000003' },
    })
    const report = await jivo.send('client_updated', {
      to,
      overrides: {
        'visitor.email': 'ana@example.com',
        'visitor.phone': '+34600000002',
        'visitor.name': 'Ana L.',
      },
    })
    expectHonoured(report)
    const updated = (await admin(`/crm/contacts/${contact.id}`)).body
    expect(updated.phones).toEqual(['+34600000003', '+34600000002'])
    expect(updated.name).toBe('Ana López')
    expect(updated.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'phone',
          kept: '+34600000003',
          received: '+34600000002',
          resolution: 'added as additional',
        }),
        expect.objectContaining({
          field: 'name',
          kept: 'Ana López',
          received: 'Ana L.',
          resolution: 'kept CRM value',
        }),
      ]),
    )
    // The next chat shows the additional phone to the agent.
    const accepted = await jivo.send('chat_accepted', {
      to,
      overrides: { 'visitor.email': 'ana@example.com' },
    })
    expect(accepted.agentView?.customData).toContainEqual({
      title: 'Other phones',
      content: '+34600000002',
    })
  })

  it('plays a whole conversation: lead, then contact, transcript filed on the contact', async () => {
    const conversation = await jivo.conversation({ to, seed: 5 })
    expect(conversation.reports.map((r) => [r.event, r.outcome])).toEqual([
      ['chat_accepted', 'ok'],
      ['chat_updated', 'ok'],
      ['client_updated', 'ok'],
      ['chat_finished', 'ok'],
    ])
    expect(conversation.ok).toBe(true)
    const [contact] = await list('contacts')
    const [lead] = await list('leads')
    expect(lead).toMatchObject({ status: 'linked', contactId: contact.id })
    expect((await list('transcripts'))[0].record).toEqual({ type: 'contact', id: contact.id })
  })

  it('plays the offline conversation', async () => {
    const conversation = await jivo.conversation({ to, seed: 5, offline: true })
    expect(conversation.reports.map((r) => r.event)).toEqual(['offline_message'])
    expect(await list('tasks')).toHaveLength(1)
  })

  it('links chat_assigned to the lead the CRM sent back, in a scenario', async () => {
    const conversation = await jivo.conversation({
      to,
      seed: 6,
      scenario: jivo.parseScenario('steps: [chat_accepted, chat_assigned, chat_finished]'),
    })
    expect(conversation.ok).toBe(true)
    const [lead] = await list('leads')
    expect(conversation.reports[1]?.request.body.assign_to).toBe(linkTo('leads', lead.id))
  })

  it('answers a body Jivo could not send with 400 and the JSON path in result', async () => {
    const response = await fetch(to, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...jivo.generate('chat_accepted'), visitor: { email: 5 } }),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).result).toMatch(
      /invalid chat_accepted: \$\.visitor\.email must be string/,
    )
    const notJson = await fetch(to, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '<xml/>',
    })
    expect(notJson.status).toBe(400)
    expect((await notJson.json()).result).toMatch(/^The body is not JSON/)
  })

  it.each(['__proto__', 'constructor', 'hasOwnProperty'])(
    'answers an event_name of %s 400 as an unknown event, not a crash',
    async (name) => {
      const response = await fetch(to, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...jivo.generate('chat_finished'), event_name: name }),
      })
      expect(response.status).toBe(400)
      expect((await response.json()).result).toMatch(`unknown event_name "${name}"`)
    },
  )

  it('reports the overrides that make a payload one Jivo would not send', async () => {
    const report = await jivo.send('chat_accepted', {
      to,
      overrides: { 'visitor.chats_count': 'many' },
    })
    expect(report.payloadIssues).toEqual([
      { path: '$.visitor.chats_count', message: 'must be integer' },
    ])
  })

  it('misbehaves on demand through a fault rule', async () => {
    server.sandbox.faults.add({
      service: 'jivochat',
      operationId: 'receiveCrmWebhook',
      status: 500,
      body: 'boom',
    })
    const report = await jivo.send('chat_accepted', { to })
    expect(report.violations.map((v) => v.code)).toEqual(['http_error', 'invalid_json'])
  })
})

describe('the simulator in the admin API', () => {
  it('sends through POST /__admin/jivochat/send, logs the delivery and journals it', async () => {
    const { status, body: report } = await admin('/send', {
      method: 'POST',
      body: { event: 'chat_accepted', to, seed: 3, overrides: { 'visitor.name': 'Zoe Admin' } },
    })
    expect(status).toBe(200)
    expect(report).toMatchObject({ id: 1, ok: true, event: 'chat_accepted', status: 200 })
    expect(report.request.body.visitor.name).toBe('Zoe Admin')
    const { body } = await admin('/deliveries')
    expect(body.deliveries.map((d: DeliveryReport) => [d.event, d.url, d.ok])).toEqual([
      ['chat_accepted', to, true],
    ])
    const journal = await (
      await fetch(`${server.url}/__admin/requests?service=jivochat&operationId=chatAccepted`)
    ).json()
    expect(journal.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: to,
        status: 200,
        request: expect.objectContaining({ body: report.request.body }),
      }),
    ])
  })

  it('reaches the reference CRM in process at its sandbox host, and plays conversations', async () => {
    const { body: conversation } = await admin('/conversation', {
      method: 'POST',
      body: { to: 'https://jivochat.sandbox.local/crm', seed: 4 },
    })
    expect(conversation.ok).toBe(true)
    expect(conversation.reports).toHaveLength(4)
    expect((await admin('/deliveries')).body.deliveries).toHaveLength(4)
    expect(await list('transcripts')).toHaveLength(1)
  })

  it('answers 422 naming an event Jivo does not send, and 400 for a target it cannot use', async () => {
    const { status, body } = await admin('/send', { method: 'POST', body: { event: 'nope', to } })
    expect(status).toBe(422)
    expect(body.issues).toEqual([
      { in: 'body', path: '$.event', reason: expect.stringMatching(/must be equal to one of/) },
    ])
    expect(
      (await admin('/send', { method: 'POST', body: { event: 'chat_accepted', to: 'crm' } }))
        .status,
    ).toBe(400)
  })

  it('empties the CRM and the delivery log on reset', async () => {
    await admin('/send', { method: 'POST', body: { event: 'chat_accepted', to } })
    await fetch(`${server.url}/__admin/reset`, { method: 'POST' })
    expect(await list('leads')).toEqual([])
    expect((await admin('/deliveries')).body.deliveries).toEqual([])
    expect(await list('users')).toEqual([
      expect.objectContaining({ id: 'user-1', name: 'Default Manager' }),
    ])
  })

  it('rejects a contact it could not match a visitor with', async () => {
    const { status, body } = await admin('/crm/contacts', {
      method: 'POST',
      body: { name: 'No contacts' },
    })
    expect(status).toBe(400)
    expect(body.error).toMatch(/needs an "email" or a "phone"/)
  })
})
