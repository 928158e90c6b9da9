/**
 * A sandbox shared on a network: `serve` off loopback refuses to start without an admin token;
 * with one, every admin route of openapi/admin.yaml answers 401 without it (the browser gets in
 * through `/?token=`, as a cookie); a foreign Host is 421 before routing; a cross-site simple POST
 * to `/__admin/reset` changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_COOKIE } from '../../mocks/server/admin-access.ts'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { createAdminClient } from '../../src/clients/admin.ts'
import adminDocument from '../../src/generated/admin.document.ts'
import { rawRequest } from '../support/raw-request.ts'
import { runCli } from '../support/run-cli.ts'

const TOKEN = 'qa-team-token-0123456789abcdef'
const METHODS = ['get', 'put', 'post', 'patch', 'delete']
/** The links integrations follow with no admin credential: each carries its own. */
const LINKS = new Set(['getExportFile', 'getImportErrorReport'])

/** Every operation of openapi/admin.yaml, with its path's parameters filled in. */
function adminOperations() {
  const operations: Array<{ operationId: string; method: string; path: string }> = []
  for (const [path, item] of Object.entries(adminDocument.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, { operationId?: string }>)[method]
      if (!operation?.operationId) continue
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path: path.replace(/\{(\w+)\}/g, (_, name) => (name === 'collection' ? 'contacts' : '1')),
      })
    }
  }
  return operations
}

describe('serve bound to anything but loopback', () => {
  it('refuses to start without an admin token: exit 2 and one line saying how to give one', async () => {
    const { exitCode, stderr, server } = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'])
    expect(server).toBeUndefined()
    expect(exitCode).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/without an admin token: pass --admin-token random/)
  })

  it('starts with --insecure-admin, warning on stderr that the admin API is open', async () => {
    const { exitCode, stderr, server } = await runCli([
      'serve',
      '--host',
      '0.0.0.0',
      '--port',
      '0',
      '--insecure-admin',
    ])
    const running = server as RunningServer
    try {
      expect(exitCode).toBe(0)
      expect(stderr).toMatch(
        /^martech-sandbox: warning: the admin API on 0\.0\.0\.0 is open to anyone/,
      )
      expect((await fetch(`http://127.0.0.1:${running.port}/__admin/clock`)).status).toBe(200)
    } finally {
      await running.close()
    }
  })

  describe('with an admin token', () => {
    let server: RunningServer
    let stdout: string
    let origin: string
    beforeAll(async () => {
      const started = await runCli([
        'serve',
        '--host',
        '0.0.0.0',
        '--port',
        '0',
        '--admin-token',
        TOKEN,
      ])
      expect(started.exitCode).toBe(0)
      server = started.server as RunningServer
      stdout = started.stdout
      origin = `http://127.0.0.1:${server.port}`
    })
    afterAll(() => server?.close())

    it('answers every admin route of openapi/admin.yaml 401 without the token, and with a wrong one', async () => {
      const operations = adminOperations()
      expect(operations.length).toBeGreaterThan(50)
      const statuses: Record<string, number[]> = {}
      for (const { operationId, method, path } of operations) {
        const url = `${origin}/__admin${path}`
        const without = await rawRequest(url, { method })
        const wrong = await rawRequest(url, {
          method,
          headers: { authorization: `Bearer ${TOKEN}x` },
        })
        statuses[operationId] = [without.status, wrong.status]
        if (!LINKS.has(operationId)) {
          expect(JSON.parse(without.body).error).toMatch(
            /^\[martech-sandbox\] Failed to authenticate/,
          )
          expect(without.headers['www-authenticate']).toBe('Bearer realm="martech-sandbox admin"')
        }
      }
      const expected = Object.fromEntries(
        operations.map(({ operationId }) => [
          operationId,
          LINKS.has(operationId) ? statuses[operationId] : [401, 401],
        ]),
      )
      expect(statuses).toEqual(expected)
      // The links answer as the storage links they stand for: no such export or import, not 401.
      expect(statuses.getExportFile).toEqual([403, 403])
      expect(statuses.getImportErrorReport).toEqual([404, 404])
    })

    it('answers the admin API with the token, and the services with their own keys', async () => {
      const admin = createAdminClient({ baseUrl: `${origin}/__admin`, token: TOKEN })
      const { response } = await admin.GET('/accounts')
      expect(response.status).toBe(200)
      const key = server.sandbox.defaultAccount.keys.connectif
      const contact = await fetch(`${origin}/connectif/contacts/email/ana%40example.com`, {
        headers: { authorization: `apiKey ${key}` },
      })
      expect(contact.status).toBe(404) // the service's own answer: no admin token involved
    })

    it('lets a browser in through /?token=: 303 to / with an HttpOnly SameSite=Strict cookie', async () => {
      const opened = await rawRequest(`${origin}/?token=${TOKEN}`)
      expect(opened.status).toBe(303)
      expect(opened.headers.location).toBe('/')
      const cookie = String(opened.headers['set-cookie'])
      expect(cookie).toBe(`${ADMIN_COOKIE}=${TOKEN}; Path=/; HttpOnly; SameSite=Strict`)
      const withCookie = await rawRequest(`${origin}/__admin/accounts`, {
        headers: { cookie: `theme=dark; ${ADMIN_COOKIE}=${TOKEN}` },
      })
      expect(withCookie.status).toBe(200)
      expect((await rawRequest(`${origin}/?token=nope`)).status).toBe(401)
      expect((await rawRequest(`${origin}/docs`)).status).toBe(401)
      expect((await rawRequest(`${origin}/__dashboard/app.js`)).status).toBe(401)
    })

    it('keeps the admin cookie out of what the services and the journal see', async () => {
      const key = server.sandbox.defaultAccount.keys.connectif as string
      await rawRequest(`${origin}/connectif/contacts/email/cookie%40example.com`, {
        headers: { authorization: `apiKey ${key}`, cookie: `${ADMIN_COOKIE}=${TOKEN}; a=b` },
      })
      const [entry] = server.sandbox.journal.list({ limit: 1 })
      expect(entry?.request.headers.cookie).toBe('a=b')
      expect(JSON.stringify(entry)).not.toContain(TOKEN)
    })

    it('prints where each setting came from, and never a token it was given', () => {
      expect(stdout).toMatch(/\n {2}host {17}0\.0\.0\.0 +flag\n/)
      expect(stdout).toMatch(/\n {2}adminToken {11}required \(not shown\) +flag\n/)
      expect(stdout).not.toContain(TOKEN)
    })
  })
})

describe('the Host allow-list and cross-site refusals, on loopback with no token', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      allowedHosts: ['qa-sandbox.internal', '*.qa.example'],
      publicUrl: 'https://sandbox.example.com',
    })
  })
  afterAll(() => server.close())
  const at = (path: string) => `http://127.0.0.1:${server.port}${path}`
  const accountNames = () => server.sandbox.accounts.list().map(({ account }) => account.name)

  it.each([
    ['evil.example', '/__admin/accounts'],
    ['evil.example:4010', '/connectif/contacts/email/a%40b.c'],
    ['127.0.0.1.evil.example', '/hellotext/v1/profiles'],
    ['qa.example', '/__admin/accounts'],
  ])('answers Host %s 421 before routing %s, in a short JSON body', async (host, path) => {
    const response = await rawRequest(at(path), { headers: { host } })
    expect(response.status).toBe(421)
    expect(response.headers['content-type']).toBe('application/json')
    expect(JSON.parse(response.body).error).toMatch(/does not answer to that Host/)
  })

  it.each([
    'localhost',
    '127.0.0.1:4010',
    '[::1]:4010',
    'api.connectif.cloud',
    'eu5-api.connectif.cloud',
    'app.reskyt.com',
    'qa-sandbox.internal',
    'a.b.qa.example',
    'sandbox.example.com',
  ])('answers Host %s', async (host) => {
    const response = await rawRequest(at('/__admin/clock'), { headers: { host } })
    expect(response.status).toBe(200)
  })

  it('refuses a cross-site simple POST to /__admin/reset, and changes nothing', async () => {
    await fetch(at('/__admin/accounts'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'shop-a' }),
    })
    const before = accountNames()
    expect(before).toContain('shop-a')
    const attack = await rawRequest(at('/__admin/reset'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: '{"scope":"empty"}',
    })
    expect(attack.status).toBe(403)
    const form = await rawRequest(at('/__admin/reset'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'scope=empty',
    })
    expect(form.status).toBe(415)
    const crossSite = await rawRequest(at('/__admin/reset'), {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    })
    expect(crossSite.status).toBe(403)
    expect(JSON.parse(crossSite.body).error).toMatch(/Sec-Fetch-Site: cross-site/)
    expect(accountNames()).toEqual(before)
  })

  it('takes a same-origin JSON call from a page on its own origin, or the public URL', async () => {
    for (const origin of [`http://127.0.0.1:${server.port}`, 'https://sandbox.example.com']) {
      const response = await rawRequest(at('/__admin/accounts'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
        body: '{"name":"from-page"}',
      })
      expect(response.status).toBe(201)
    }
    const otherPort = await rawRequest(at('/__admin/accounts'), {
      headers: { origin: 'http://127.0.0.1:3000' },
    })
    expect(otherPort.status).toBe(403)
  })

  it('asks for no token on loopback when none is configured', async () => {
    expect((await fetch(at('/__admin/accounts'))).status).toBe(200)
  })
})
