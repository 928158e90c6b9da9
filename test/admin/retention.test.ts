/**
 * Retention: what only accumulates (tracked events, the outbox, delivery logs, the journal) keeps
 * its newest entries up to a limit, with documented defaults, set through the admin API or
 * createSandbox({ retention }), and kept across resets.
 */
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { DEFAULT_RETENTION } from '../../mocks/sandbox/retention.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

describe.each(targets)('retention limits, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const adminUrl = () =>
    `${target()
      .serviceUrl('connectif')
      .replace(/\/connectif$/, '')}/__admin`
  const admin = async (path: string, init?: { method: string; body: unknown }) => {
    const response = await fetch(`${adminUrl()}${path}`, {
      method: init?.method ?? 'GET',
      ...(init
        ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }
        : {}),
    })
    return { status: response.status, body: response.status === 204 ? {} : await response.json() }
  }
  const hellotext = (path: string, body: unknown) =>
    fetch(`${target().serviceUrl('hellotext')}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${target().sandbox.defaultAccount.keys.hellotext}`,
        'content-type': 'application/json',
        'x-sandbox-hellotext-generation': 'current',
      },
      body: JSON.stringify(body),
    })

  it('reads the documented defaults', async () => {
    expect(await admin('/retention')).toEqual({ status: 200, body: DEFAULT_RETENTION })
  })

  it('keeps the newest tracked events once over the limit, and the limit across a reset', async () => {
    const changed = await admin('/retention', { method: 'PATCH', body: { trackedEvents: 2 } })
    expect(changed.body).toEqual({ ...DEFAULT_RETENTION, trackedEvents: 2 })
    const profile = (await (await hellotext('/v1/profiles', { first_name: 'Ana' })).json()).id
    for (let n = 1; n <= 3; n++) {
      const tracked = await hellotext('/v1/attribution/events', {
        action: 'page.viewed',
        profile,
        url: `https://shop.example/p/${n}`,
      })
      expect(tracked.status).toBe(200)
    }
    const { body } = await admin('/hellotext/events')
    expect(body.events.map((event: { url: string }) => event.url).sort()).toEqual([
      'https://shop.example/p/2',
      'https://shop.example/p/3',
    ])
    await admin('/reset', { method: 'POST', body: {} })
    expect((await admin('/retention')).body.trackedEvents).toBe(2)
  })

  it('keeps the newest Reskyt outbox entries and journal entries', async () => {
    await admin('/retention', { method: 'PATCH', body: { outbox: 2, journalEntries: 3 } })
    const push = (title: string) =>
      fetch(`${target().serviceUrl('reskyt')}/api/v2/push`, {
        method: 'POST',
        headers: {
          'x-api-key': target().sandbox.defaultAccount.keys.reskyt as string,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ title, tokens: ['a1', 'b2'] }),
      })
    expect((await push('first')).status).toBe(200)
    expect((await push('second')).status).toBe(200)
    const { body } = await admin('/reskyt/outbox')
    expect(body.pushes.map((entry: { title: string }) => entry.title)).toEqual(['second', 'second'])
    expect((await admin('/requests')).body.requests).toHaveLength(2)
  })

  it('refuses a limit it does not have, or one below 1, with 422', async () => {
    expect((await admin('/retention', { method: 'PATCH', body: { events: 5 } })).status).toBe(422)
    expect((await admin('/retention', { method: 'PATCH', body: { outbox: 0 } })).status).toBe(422)
  })
})

it('takes limits at creation, and refuses one it does not have', () => {
  expect(createSandbox({ retention: { deliveries: 5 } }).core.retention.deliveries).toBe(5)
  expect(() => createSandbox({ retention: { events: 5 } as never })).toThrow(
    /retention has no limit "events"/,
  )
})
