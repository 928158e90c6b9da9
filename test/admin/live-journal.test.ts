/**
 * What the dashboard reads from the admin API: the journal live over Server-Sent Events (on both
 * transports), the summary with rate-limit gauges and job progress, and rate limits changed at
 * run time. A stream nobody reads leaves no listener behind.
 */
import { describe, expect, it, vi } from 'vitest'
import { startServer } from '../../mocks/server/start-server.ts'
import { createAdminClient } from '../../src/clients/admin.ts'
import type { Target } from '../support/targets.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')

const adminUrl = (target: Target) =>
  `${target.serviceUrl('connectif').replace(/\/connectif$/, '')}/__admin`

/** Reads Server-Sent Events off a response body, one parsed frame at a time. */
function eventReader(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  let buffered = ''
  return async function next(): Promise<{ event: string; id?: string; data: unknown }> {
    for (;;) {
      const end = buffered.indexOf('\n\n')
      if (end !== -1) {
        const frame = buffered.slice(0, end)
        buffered = buffered.slice(end + 2)
        const fields = Object.fromEntries(
          frame
            .split('\n')
            .filter((line) => !line.startsWith(':'))
            .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
        )
        if (fields.event === undefined) continue
        return { event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? 'null') }
      }
      const { value, done } = await reader.read()
      if (done) throw new Error('the stream ended')
      buffered += decoder.decode(value, { stream: true })
    }
  }
}

function upsertAna(target: Target) {
  return target.connectif().PATCH('/contacts/email/{email}', {
    params: { path: { email: 'ana@example.com' } },
    body: { _name: 'Ana' },
  })
}

describe.each(targets)('the dashboard’s admin API, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const admin = () => createAdminClient({ baseUrl: adminUrl(target()) })

  it('streams each request as the journal records it, and `reset` when the sandbox is emptied', async () => {
    const abort = new AbortController()
    const response = await fetch(`${adminUrl(target())}/requests/stream`, {
      signal: abort.signal,
    })
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    const next = eventReader(response)
    await upsertAna(target())
    const first = await next()
    expect(first).toMatchObject({
      event: 'request',
      data: { service: 'connectif', operationId: 'patchContactByEmail', status: 201 },
    })
    expect(first.id).toBe(String((first.data as { id: number }).id))
    await admin().POST('/reset')
    expect(await next()).toMatchObject({ event: 'reset', data: { time: expect.any(Number) } })
    abort.abort()
    // The client left: its listeners go with it, so the request path is back to no subscriber.
    await vi.waitFor(() => expect(target().sandbox.events.has('journal:recorded')).toBe(false))
  })

  it('replays what a reconnecting client missed, from Last-Event-ID on', async () => {
    await upsertAna(target())
    const [seen] = target().sandbox.journal.list()
    await upsertAna(target())
    await upsertAna(target())
    const abort = new AbortController()
    const response = await fetch(`${adminUrl(target())}/requests/stream`, {
      headers: { 'Last-Event-ID': String(seen?.id) },
      signal: abort.signal,
    })
    const next = eventReader(response)
    const replayed = [await next(), await next()].map((frame) => Number(frame.id))
    abort.abort()
    expect(replayed).toEqual([(seen?.id ?? 0) + 1, (seen?.id ?? 0) + 2])
  })

  it('journals the validation issues with their paths, and the fault that fired', async () => {
    await target().sendConnectif('PATCH', '/contacts/email/ana%40example.com', { _points: 'x' })
    await admin().POST('/faults', {
      body: { service: 'connectif', operationId: 'getContactByEmail', status: 503, times: 1 },
    })
    await target().sendConnectif('GET', '/contacts/email/ana%40example.com')
    const [faulted, invalid] = target().sandbox.journal.list()
    expect(invalid?.issues).toEqual([
      expect.objectContaining({ location: 'body', path: '_points', pointer: '/_points' }),
    ])
    expect(faulted?.fault).toEqual({ ruleId: expect.any(Number), status: 503 })
  })

  it('sums up accounts with Business ID and live rate-limit gauges; limits change at run time', async () => {
    target().sandbox.clock.freeze(T0)
    await upsertAna(target())
    await upsertAna(target())
    const { data } = await admin().GET('/summary')
    const [account] = data?.accounts ?? []
    expect(account?.businessId).toMatch(/^[A-Za-z0-9]{8}$/)
    expect(account?.rateLimits).toEqual([
      { service: 'connectif', limit: 100, used: 2, resetAt: T0 + 60_000 },
    ])
    expect(data?.connectif.contacts).toEqual({
      total: 1,
      items: [expect.objectContaining({ _email: 'ana@example.com', accountId: account?.id })],
    })
    const { data: changed } = await admin().PATCH('/accounts/{id}', {
      params: { path: { id: account?.id as string } },
      body: { rateLimits: { connectif: 2 } },
    })
    expect(changed?.rateLimits).toEqual({ connectif: 2 })
    expect((await upsertAna(target())).response.status).toBe(429)
    target().sandbox.clock.unfreeze()
  })

  it('shows an import’s progress as the clock moves, without a Connectif call', async () => {
    target().sandbox.clock.freeze(T0)
    const form = new FormData()
    form.set('type', 'contacts')
    form.set('delimiter', ',')
    form.set('overrideExisting', 'true')
    form.set('updateOnlyEmptyFields', 'false')
    let csv = '_email\n'
    for (let i = 0; i < 40_000; i++) csv += `user${i}@example.com\n`
    form.set('file', new File([csv], 'import.csv', { type: 'text/csv' }))
    await target()
      .connectif()
      .POST('/imports/', { body: form as never })
    const progress = async () => {
      const { data } = await admin().GET('/summary', { params: { query: { limit: 5 } } })
      const [job] = data?.connectif.imports.items ?? []
      return [job?.status, job?.done, job?.total]
    }
    expect(await progress()).toEqual(['queued', 0, 40_000])
    target().sandbox.clock.advance('2s') // 1 s to start, then 20,000 rows a second
    expect(await progress()).toEqual(['inProgress', 20_000, 40_000])
    target().sandbox.clock.advance('1s')
    expect(await progress()).toEqual(['finished', 40_000, 40_000])
    target().sandbox.clock.unfreeze()
  })
})

describe('the live journal over serve', () => {
  it('stays open past the request timeouts, which bound receiving a request, not answering it', async () => {
    const server = await startServer({ port: 0, timeouts: { headersMs: 200, requestMs: 200 } })
    const abort = new AbortController()
    try {
      const response = await fetch(`${server.url}/__admin/requests/stream`, {
        signal: abort.signal,
      })
      const next = eventReader(response)
      // Three of the server's timeout checks go by with the stream open and idle.
      await new Promise((resolve) => setTimeout(resolve, 700))
      await fetch(`${server.url}/connectif/contacts/email/ana%40example.com`, {
        headers: { authorization: `apiKey ${server.sandbox.defaultAccount.keys.connectif}` },
      })
      expect(await next()).toMatchObject({ event: 'request', data: { status: 404 } })
    } finally {
      abort.abort()
      await server.close()
    }
  })
})
