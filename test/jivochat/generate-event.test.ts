/** The simulator's payloads: valid for every event and seed, consistent, deterministic, overridable. */

import { describe, expect, it } from 'vitest'
import { jivo, parseAssignment } from '../../mocks/jivochat/index.ts'
import { jivoEventNames, parseJivoWebhook } from '../../src/clients/jivochat.ts'

const SEEDS = [1, 2, 7, 42, 1234, 99_999]

describe('jivo.generate', () => {
  it('covers every event of the spec, legacy chat_assigned included', () => {
    expect(jivo.events).toEqual(jivoEventNames)
    expect(jivo.events).toContain('chat_assigned')
  })

  for (const seed of SEEDS) {
    it.each(jivo.events.map((event) => [event]))(
      `builds a %s that parseJivoWebhook accepts (seed ${seed})`,
      (event) => {
        const payload = jivo.generate(event, { seed })
        const parsed = parseJivoWebhook(JSON.stringify(payload))
        expect(parsed.error?.message).toBeUndefined()
        expect(parsed.data?.event_name).toBe(event)
      },
    )
  }

  it('gives the same payload for the same seed and a different one for another seed', () => {
    expect(jivo.generate('chat_finished', { seed: 7 })).toEqual(
      jivo.generate('chat_finished', { seed: 7 }),
    )
    expect(jivo.generate('chat_finished', { seed: 7 })).not.toEqual(
      jivo.generate('chat_finished', { seed: 8 }),
    )
  })

  it('keeps chat, channel, visitor, agent and user_token the same across one conversation', () => {
    const seed = 42
    const persona = jivo.persona(seed)
    const chatEvents = [
      'chat_accepted',
      'chat_updated',
      'chat_finished',
      'offline_message',
      'call_event',
      'chat_assigned',
    ] as const
    for (const event of chatEvents) {
      const payload = jivo.generate(event, { seed }) as Record<string, unknown> & {
        visitor: { email?: string; name?: string; number?: unknown }
      }
      expect(payload).toMatchObject({
        chat_id: persona.chat_id,
        widget_id: persona.widget_id,
        user_token: persona.user_token,
      })
      expect(payload.visitor).toMatchObject({
        name: persona.visitor.name,
        email: persona.visitor.email,
        number: persona.visitor.number,
      })
    }
    expect(jivo.generate('chat_accepted', { seed }).agent).toEqual(persona.agent)
    expect(jivo.generate('call_event', { seed }).agent).toEqual(persona.agent)
    expect(jivo.generate('chat_finished', { seed }).agents?.[0]).toEqual(persona.agent)
    // The client card events carry the visitor's number as client_id, as in Jivo's examples.
    expect(jivo.generate('client_updated', { seed }).client_id).toBe(persona.visitor.number)
    expect(jivo.generate('client_attribute_updated', { seed }).client_id).toBe(
      Number(persona.visitor.number),
    )
  })

  it("carries the visitor's phone and every UTM key in chat_accepted, as Jivo's example does", () => {
    const accepted = jivo.generate('chat_accepted', { seed: 3 })
    expect(accepted.visitor.phone).toBe(jivo.persona(3).visitor.phone)
    expect(accepted.session?.utm_json).toEqual({
      source: expect.any(String),
      medium: expect.any(String),
      campaign: expect.any(String),
      content: expect.any(String),
      term: expect.any(String),
    })
    expect(accepted.session?.utm).toMatch(/(^|\|)content=[^|]+/)
    expect(accepted.session?.utm).toMatch(/(^|\|)term=[^|]+/)
  })

  it('leaves the phone and the UTM content and term out when sparse, and still parses', () => {
    for (const seed of SEEDS) {
      const accepted = jivo.generate('chat_accepted', { seed, sparse: true })
      expect(accepted.visitor.phone).toBeUndefined()
      expect(Object.keys(accepted.session?.utm_json ?? {})).not.toContain('content')
      expect(Object.keys(accepted.session?.utm_json ?? {})).not.toContain('term')
      expect(accepted.session?.utm).not.toMatch(/content=|term=/)
      expect(parseJivoWebhook(accepted).error).toBeUndefined()
      // Later events keep the phone: the visitor gave it during the chat.
      expect(jivo.generate('chat_updated', { seed, sparse: true }).visitor.phone).toBeDefined()
    }
  })

  it('sends chat_assigned with the agent as both the 2017 `agent` and the 2023 `assigned_agent`', () => {
    for (const seed of SEEDS) {
      const assigned = jivo.generate('chat_assigned', { seed })
      const persona = jivo.persona(seed)
      expect(assigned.agent).toEqual(persona.agent)
      expect(assigned.assigned_agent).toEqual({
        id: Number(persona.agent.id),
        email: persona.agent.email,
        name: persona.agent.name,
      })
      expect(parseJivoWebhook(assigned).error).toBeUndefined()
    }
  })

  it('writes a transcript whose agent messages name agents of the chat, in time order', () => {
    for (const seed of SEEDS) {
      const finished = jivo.generate('chat_finished', { seed })
      const agentIds = (finished.agents ?? []).map((agent) => String(agent.id))
      const messages = finished.chat.messages
      expect(
        messages
          .filter((m) => m.type === 'agent')
          .every((m) => agentIds.includes(String(m.agent_id))),
      ).toBe(true)
      const times = messages.map((m) => m.timestamp as number)
      expect(times).toEqual([...times].sort((a, b) => a - b))
    }
  })

  it('applies overrides by dotted path, array index and removal', () => {
    const payload = jivo.generate('chat_finished', {
      seed: 1,
      overrides: {
        'visitor.email': 'a@b.c',
        'chat.messages[0].message': 'Hola',
        'chat.messages.1.type': 'bot',
        'custom.deep[0]': true,
      },
      unset: ['visitor.phone', 'chat.invitation'],
    })
    expect(payload.visitor.email).toBe('a@b.c')
    expect(payload.visitor.phone).toBeUndefined()
    expect(payload.chat.messages[0]?.message).toBe('Hola')
    expect(payload.chat.messages[1]?.type).toBe('bot')
    expect(payload.chat.invitation).toBeUndefined()
    expect(payload.custom).toEqual({ deep: [true] })
  })

  it.each([
    [
      'an index past the end of an array',
      { overrides: { 'chat.messages[99].message': 'x' } },
      /--set "chat\.messages\[99\]\.message": index 99 is past the end of an array of \d+/,
    ],
    [
      'an index past the end of an array it creates',
      { overrides: { 'custom.deep[1]': true } },
      /index 1 is past the end of an array of 0/,
    ],
    [
      'removing a field the payload does not have',
      { unset: ['visitor.phon'] },
      /--unset "visitor\.phon": the payload has no such field/,
    ],
    ['removing under a field that is not there', { unset: ['nothing.here'] }, /no such field/],
  ])('refuses %s instead of sending something else', (_, options, message) => {
    expect(() => jivo.generate('chat_finished', { seed: 1, ...options })).toThrow(message)
  })

  it('refuses an event Jivo does not send', () => {
    expect(() => jivo.generate('chat_closed' as 'chat_accepted')).toThrow(
      /unknown event "chat_closed"/,
    )
  })
})

describe('parseAssignment (--set)', () => {
  it.each([
    ['a string after =', { given: 'visitor.email=a@b.c', want: ['visitor.email', 'a@b.c'] }],
    [
      'a phone stays a string',
      { given: 'visitor.phone=+34600111222', want: ['visitor.phone', '+34600111222'] },
    ],
    ['JSON after :=', { given: 'visitor.number:=1217', want: ['visitor.number', 1217] }],
    ['null after :=', { given: 'user_token:=null', want: ['user_token', null] }],
    [
      'an = inside the value',
      { given: 'page.url=https://x.example/?a=1', want: ['page.url', 'https://x.example/?a=1'] },
    ],
  ] as const)('reads %s', (_name, { given, want }) => {
    expect(parseAssignment(given)).toEqual(want)
  })

  it.each([
    ['no =', 'visitor.email'],
    ['an empty path', '=x'],
    ['bad JSON after :=', 'visitor.number:=12a'],
    ['an empty segment', 'visitor..email=x'],
  ])('rejects %s', (_name, given) => {
    expect(() => parseAssignment(given)).toThrow()
  })
})

describe('jivo.parseScenario', () => {
  it('reads steps as names or mappings, with shared and per-step changes', () => {
    const scenario = jivo.parseScenario(
      [
        'seed: 7',
        'timeout: 2s',
        'set:',
        '  visitor.email: ana@example.com',
        'steps:',
        '  - chat_accepted',
        '  - event: chat_updated',
        '    set: { visitor.phone: "+34600111222" }',
        '    unset: [visitor.description]',
        '  - chat_finished',
      ].join('\n'),
    )
    expect(scenario).toEqual({
      seed: 7,
      timeoutMs: 2000,
      set: { 'visitor.email': 'ana@example.com' },
      steps: [
        { event: 'chat_accepted' },
        {
          event: 'chat_updated',
          set: { 'visitor.phone': '+34600111222' },
          unset: ['visitor.description'],
        },
        { event: 'chat_finished' },
      ],
    })
  })

  it.each([
    ['no steps', 'seed: 1', /steps must be a non-empty list/],
    ['an unknown event', 'steps: [chat_closed]', /steps\[0\]\.event must be one of/],
    ['an unknown key', 'steps: [chat_accepted]\nretries: 2', /unknown key "retries"/],
    [
      'a bad path',
      'steps:\n  - event: chat_accepted\n    set: { "visitor..email": x }',
      /not a field path/,
    ],
    ['not YAML', 'steps: [', /not YAML/],
  ])('names the problem for %s', (_name, text, message) => {
    expect(() => jivo.parseScenario(text, 'bad.yaml')).toThrow(message)
  })
})
