/**
 * What an operator configured survives `POST /__admin/reset` (fixtures, config accounts, keys,
 * data, settings, fault rules); `{"scope": "empty"}` empties everything. And `serve` mints keys at
 * random unless a seed fixes them, while `createSandbox()` stays deterministic for tests.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import type { RunningServer } from '../../mocks/server/start-server.ts'
import { runCli } from '../support/run-cli.ts'

describe('POST /__admin/reset after serve --seed and a config file', () => {
  let server: RunningServer
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reset-'))
    await writeFile(
      join(dir, 'fixtures.json'),
      JSON.stringify({
        accounts: [
          {
            name: 'shop-b',
            keys: { connectif: 'shopb:secret' },
            connectif: { contacts: [{ _email: 'ana@example.com', _name: 'Ana' }] },
          },
        ],
      }),
    )
    await writeFile(
      join(dir, 'sandbox.json'),
      JSON.stringify({
        port: 0,
        accounts: [
          {
            name: 'shop-a',
            keys: { hellotext: 'ALK_shopa00000000000' },
            rateLimits: { connectif: 50 },
            settings: { connectif: { allowedDomains: ['https://shop-a.example'] } },
          },
        ],
        faults: [{ service: 'reskyt', status: 503 }],
      }),
    )
    const started = await runCli([
      'serve',
      '--config',
      join(dir, 'sandbox.json'),
      '--seed',
      join(dir, 'fixtures.json'),
    ])
    expect(started.stderr).toBe('')
    server = started.server as RunningServer
  })
  afterAll(() => server?.close())

  const admin = async (path: string, init?: { method: string; body?: unknown }) => {
    const response = await fetch(`${server.url}/__admin${path}`, {
      method: init?.method ?? 'GET',
      headers: init?.body === undefined ? {} : { 'content-type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    })
    return {
      status: response.status,
      body: response.status === 204 ? undefined : await response.json(),
    }
  }
  const contact = () =>
    fetch(`${server.url}/connectif/contacts/email/ana%40example.com`, {
      headers: { authorization: 'apiKey shopb:secret' },
    })
  const snapshot = async () => {
    const { body } = await admin('/accounts')
    return body.accounts.map(({ createdAt: _, ...account }: { createdAt: number }) => account)
  }

  it('returns to the configured starting point: accounts, keys, data, settings and fault rules', async () => {
    const start = await snapshot()
    expect(start.map((account: { name: string }) => account.name)).toEqual([
      'default',
      'shop-a',
      'shop-b',
    ])
    expect((await admin('/faults')).body.faults).toMatchObject([{ service: 'reskyt', status: 503 }])
    // Change everything: a new account, data gone, a limit changed, the rules cleared.
    await admin('/accounts', { method: 'POST', body: { name: 'scratch' } })
    await fetch(`${server.url}/connectif/contacts/email/ana%40example.com`, {
      method: 'DELETE',
      headers: { authorization: 'apiKey shopb:secret' },
    })
    await admin('/faults', { method: 'DELETE' })
    const shopA = start.find((account: { name: string }) => account.name === 'shop-a')
    await admin(`/accounts/${shopA.id}`, {
      method: 'PATCH',
      body: { rateLimits: { connectif: 5 } },
    })

    expect((await admin('/reset', { method: 'POST' })).status).toBe(204)
    expect(await snapshot()).toEqual(start)
    expect((await contact()).status).toBe(200)
    expect((await admin('/faults')).body.faults).toMatchObject([{ service: 'reskyt', status: 503 }])
    expect((await admin(`/accounts/${shopA.id}/settings`)).body.connectif.allowedDomains).toEqual([
      'https://shop-a.example',
    ])
  })

  it('empties everything with {"scope": "empty"}: the default account alone, no rules', async () => {
    const defaultKeys = (await snapshot())[0].keys
    expect((await admin('/reset', { method: 'POST', body: { scope: 'empty' } })).status).toBe(204)
    const accounts = await snapshot()
    expect(accounts.map((account: { name: string }) => account.name)).toEqual(['default'])
    expect(accounts[0].keys).toEqual(defaultKeys)
    expect((await contact()).status).toBe(401)
    expect((await admin('/faults')).body.faults).toEqual([])
    // A plain reset builds the starting point again.
    await admin('/reset', { method: 'POST', body: {} })
    expect((await contact()).status).toBe(200)
  })

  it('refuses an unknown scope with 422', async () => {
    expect((await admin('/reset', { method: 'POST', body: { scope: 'all' } })).status).toBe(422)
  })
})

describe('keys and ids', () => {
  const defaultKey = async (args: string[]) => {
    const { server, stdout } = await runCli(['serve', '--port', '0', ...args])
    const running = server as RunningServer
    await running.close()
    return { key: running.sandbox.defaultAccount.keys.connectif, stdout }
  }

  it('are random on every serve, with the seed printed so a run can mint them again', async () => {
    const first = await defaultKey([])
    const second = await defaultKey([])
    expect(first.key).not.toBe(second.key)
    const seed = /\n {2}seed +(\d+) +random \(--seed-random \1 mints these keys again\)\n/.exec(
      first.stdout,
    )?.[1]
    expect(seed).toBeDefined()
    expect((await defaultKey(['--seed-random', seed as string])).key).toBe(first.key)
  })

  it('are fixed by --seed-random, and stay deterministic in createSandbox() for tests', async () => {
    const a = await defaultKey(['--seed-random', '42'])
    const b = await defaultKey(['--seed-random', '42'])
    expect(a.key).toBe(b.key)
    expect(a.stdout).toMatch(/\n {2}seed +42 +flag\n/)
    expect(createSandbox().defaultAccount.keys.connectif).toBe(
      createSandbox().defaultAccount.keys.connectif,
    )
  })
})
