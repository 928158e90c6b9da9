/** `martech-sandbox serve`: the CLI in process, the admin API, Host routing, and the bin once. */
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../mocks/server/start-server.ts'
import { rawRequest } from '../support/raw-request.ts'
import { runCli } from '../support/run-cli.ts'

const serve = (args: string[]) => runCli(['serve', '--port', '0', ...args])

describe('martech-sandbox serve', () => {
  let server: RunningServer
  let banner: string
  beforeAll(async () => {
    const started = await serve([])
    expect(started.exitCode).toBe(0)
    server = started.server as RunningServer
    banner = started.stdout
  })
  afterAll(() => server.close())
  // Admin calls with a body say it is JSON: a text/plain one is what a cross-site form can send.
  const admin = (path: string, init?: RequestInit) =>
    fetch(`${server.url}/__admin${path}`, {
      ...init,
      headers: init?.body === undefined ? init?.headers : { 'content-type': 'application/json' },
    })
  const defaultKey = () => server.sandbox.defaultAccount.keys.connectif as string

  it('prints where each service listens, the default keys and the admin URL', () => {
    expect(banner).toContain(`martech-sandbox listening on ${server.url}`)
    expect(banner).toContain(
      `connectif  ${server.url}/connectif   (or Host: api.connectif.cloud, cdn.connectif.cloud, *-api.connectif.cloud)`,
    )
    expect(banner).toContain(`admin      ${server.url}/__admin`)
    expect(banner).toContain(defaultKey())
  })

  it('routes by Host header, so unmodified clients can be pointed at it', async () => {
    const response = await rawRequest(`${server.url}/contacts/email/ana%40example.com`, {
      headers: { host: 'api.connectif.cloud', authorization: `apiKey ${defaultKey()}` },
    })
    expect(response.status).toBe(404)
    expect(JSON.parse(response.body)).toEqual({
      status: 404,
      title: 'Not Found',
      detail: 'Contact not found.',
    })
  })

  it('answers 404 with a hint for a path that names no service', async () => {
    const response = await fetch(`${server.url}/nowhere/x`)
    expect(response.status).toBe(404)
    expect((await response.json()).error).toMatch(/no service matches the path or Host/)
  })

  it('creates accounts with keys for every service, all scopes by default', async () => {
    const created = await admin('/accounts', {
      method: 'POST',
      body: JSON.stringify({ name: 'shop-a', rateLimits: { connectif: 100 } }),
    })
    expect(created.status).toBe(201)
    const body = await created.json()
    expect(body).toMatchObject({
      id: expect.stringMatching(/^acct_/),
      name: 'shop-a',
      keys: { connectif: expect.stringMatching(/^[0-9a-f]{24}:\w{32}$/) },
    })
    const patch = await fetch(`${server.url}/connectif/contacts/email/ana%40example.com`, {
      method: 'PATCH',
      headers: {
        Authorization: `apiKey ${body.keys.connectif}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
    })
    expect(patch.status).toBe(201)
    const listed = await (await admin('/accounts')).json()
    expect(listed.accounts.map((a: { name: string }) => a.name)).toEqual(['default', 'shop-a'])
  })

  it('lists the journal newest first, filtered by service and status', async () => {
    await fetch(`${server.url}/connectif/contacts/email/x%40y.z`)
    await fetch(`${server.url}/connectif/contacts/email/x%40y.z`, {
      headers: { Authorization: `apiKey ${defaultKey()}` },
    })
    const { requests } = await (
      await admin('/requests?service=connectif&status=401&limit=1')
    ).json()
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      service: 'connectif',
      status: 401,
      path: '/contacts/email/x%40y.z',
    })
    const bad = await admin('/requests?status=abc')
    expect(bad.status).toBe(422)
    expect((await bad.json()).issues).toEqual([
      { in: 'query', path: '$.status', reason: 'must be integer' },
    ])
  })

  it('moves and freezes the clock', async () => {
    const frozen = await (
      await admin('/clock', {
        method: 'POST',
        body: JSON.stringify({ freeze: '2026-01-01T00:00:00Z' }),
      })
    ).json()
    expect(frozen).toEqual({ now: '2026-01-01T00:00:00.000Z', frozen: true })
    const advanced = await (
      await admin('/clock', { method: 'POST', body: JSON.stringify({ advance: '61s' }) })
    ).json()
    expect(advanced.now).toBe('2026-01-01T00:01:01.000Z')
    const soon = await admin('/clock', {
      method: 'POST',
      body: JSON.stringify({ advance: 'soon' }),
    })
    expect(soon.status).toBe(422)
    expect((await soon.json()).issues[0]).toMatchObject({ in: 'body', path: '$.advance' })
    await admin('/clock', { method: 'POST', body: JSON.stringify({ unfreeze: true }) })
  })

  it('resets state but keeps the default keys working', async () => {
    await fetch(`${server.url}/connectif/contacts/email/keep%40me.com`, {
      method: 'PATCH',
      headers: { Authorization: `apiKey ${defaultKey()}`, 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect((await admin('/reset', { method: 'POST' })).status).toBe(204)
    const after = await fetch(`${server.url}/connectif/contacts/email/keep%40me.com`, {
      headers: { Authorization: `apiKey ${defaultKey()}` },
    })
    expect(after.status).toBe(404)
  })

  it('answers 400 to an admin body that is not JSON and 404 to an unknown admin path', async () => {
    expect((await admin('/accounts', { method: 'POST', body: '{' })).status).toBe(400)
    expect((await admin('/nope')).status).toBe(404)
  })
})

describe('martech-sandbox serve, bad input', () => {
  it.each([
    ['a port that is not a number', ['--port', 'abc'], /--port must be a number/],
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    [
      'an unreadable fixture file',
      ['--seed', '/nonexistent/fixtures.json'],
      /cannot read fixture file "\/nonexistent\/fixtures.json": ENOENT/,
    ],
  ])('exits 2 with one line for %s', async (_, args, message) => {
    const { exitCode, stderr, server } = await serve(args)
    expect(server).toBeUndefined()
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('exits 2 for a fixture file that is not JSON or names an unknown service', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fixtures-'))
    await writeFile(join(dir, 'bad.json'), '{ nope')
    await writeFile(
      join(dir, 'unknown.json'),
      JSON.stringify({ accounts: [{ name: 'a', mailchimp: {} }] }),
    )
    expect((await serve(['--seed', join(dir, 'bad.json')])).stderr).toMatch(/is not JSON/)
    const unknown = await serve(['--seed', join(dir, 'unknown.json')])
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toMatch(/accounts\[0\] has unknown field "mailchimp"/)
  })

  it('loads accounts with fixed keys and Connectif data from a fixture file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fixtures-'))
    const file = join(dir, 'fixtures.json')
    await writeFile(
      file,
      JSON.stringify({
        accounts: [
          {
            name: 'shop-a',
            keys: { connectif: 'shopa:secret' },
            connectif: { contacts: [{ _email: 'Ana@Example.com', _name: 'Ana' }] },
          },
        ],
      }),
    )
    const { server } = await serve(['--seed', file])
    try {
      const response = await fetch(`${server?.url}/connectif/contacts/email/ana%40example.com`, {
        headers: { Authorization: 'apiKey shopa:secret' },
      })
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ _email: 'ana@example.com', _name: 'Ana' })
    } finally {
      await server?.close()
    }
  })
})

describe('the bin', () => {
  it('serves until SIGTERM, then exits 0', async () => {
    const bin = fileURLToPath(new URL('../../mocks/cli/bin.ts', import.meta.url))
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk) => {
        out += chunk
        const match = /listening on (http:\/\/\S+)/.exec(out)
        if (match) resolve(match[1] as string)
      })
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)))
    })
    expect((await fetch(`${url}/__admin/accounts`)).status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})
