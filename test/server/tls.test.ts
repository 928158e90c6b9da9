/**
 * `serve --tls`: a local CA made once under the data directory, a server certificate it signs for
 * the real hosts and localhost, and HTTPS; an unmodified client that hard-codes
 * `https://api.connectif.cloud` reaches the sandbox once the host resolves to it (here a resolver
 * hook in a child process, as /etc/hosts would) and the CA is trusted (NODE_EXTRA_CA_CERTS).
 */
import { execFile } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { prepareLocalTls, sandboxHosts } from '../../mocks/server/tls.ts'
import { runCli } from '../support/run-cli.ts'

const run = promisify(execFile)
const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url))
const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-tls-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** What a child process loads first: api.connectif.cloud and friends resolve to `address`. */
function hostsMapping(address: string): string {
  const file = join(dataDir, 'hosts-mapping.mjs')
  writeFileSync(
    file,
    `import dns from 'node:dns'
const mapped = new Set(['api.connectif.cloud', 'api.hellotext.com', 'app.reskyt.com'])
const lookup = dns.lookup
dns.lookup = function (hostname, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, {}]
  if (!mapped.has(hostname)) return lookup.call(this, hostname, options, callback)
  if (options?.all) return process.nextTick(callback, null, [{ address: '${address}', family: 4 }])
  return process.nextTick(callback, null, '${address}', 4)
}
`,
  )
  return file
}

/** Binds port 443 (what an https:// URL without a port means) on a loopback address of its own. */
async function startOn443(tls: { key: string; cert: string }): Promise<RunningServer> {
  for (let attempt = 0; ; attempt++) {
    const host = `127.${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`
    try {
      return await startServer({ port: 443, host, tls })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt > 5) throw error
    }
  }
}

describe('serve --tls', () => {
  it('makes the CA once under the data directory, prints how to trust it and serves HTTPS', async () => {
    const first = await runCli(['serve', '--port', '0', '--tls', '--data-dir', dataDir])
    expect(first.exitCode).toBe(0)
    const caPath = join(dataDir, 'tls', 'ca.pem')
    try {
      expect(first.server?.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      expect(first.stdout).toContain(`NODE_EXTRA_CA_CERTS=${caPath}`)
      expect(first.stdout).toContain(`curl --cacert ${caPath}`)
      expect(first.stdout).toMatch(/update-ca-certificates/)
    } finally {
      await first.server?.close()
    }
    const ca = readFileSync(caPath, 'utf8')
    const cert = new X509Certificate(readFileSync(join(dataDir, 'tls', 'server.pem'), 'utf8'))
    expect(cert.checkIssued(new X509Certificate(ca))).toBe(true)
    for (const host of ['api.connectif.cloud', 'api.hellotext.com', 'app.reskyt.com', 'localhost'])
      expect(cert.checkHost(host)).toBe(host)
    expect(cert.checkHost('eu1-api.connectif.cloud')).toBeDefined()
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1')
    // Made once: a second start trusts the same CA.
    const second = await runCli(['serve', '--port', '0', '--tls', '--data-dir', dataDir])
    await second.server?.close()
    expect(readFileSync(caPath, 'utf8')).toBe(ca)
  })

  it("answers an unmodified fetch('https://api.connectif.cloud/…') resolved to it", async () => {
    const tls = prepareLocalTls({ dataDir, hosts: sandboxHosts() })
    const server = await startOn443(tls)
    try {
      const key = server.sandbox.defaultAccount.keys.connectif as string
      const client = `
const headers = { Authorization: 'apiKey ${key}', 'Content-Type': 'application/json' }
const url = 'https://api.connectif.cloud/contacts/email/ana%40example.com'
const written = await fetch(url, { method: 'PATCH', headers, body: JSON.stringify({ _name: 'Ana' }) })
const read = await fetch(url, { headers })
console.log(JSON.stringify({ written: written.status, read: read.status, body: await read.json() }))
`
      const { stdout } = await run(
        node,
        ['--import', hostsMapping(server.host), '--input-type=module', '-e', client],
        { env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.caPath } },
      )
      const answer = JSON.parse(stdout)
      expect(answer).toMatchObject({
        written: 201,
        read: 200,
        body: { _email: 'ana@example.com', _name: 'Ana' },
      })
      // Without the CA the same client refuses the certificate.
      const untrusted = await run(
        node,
        ['--import', hostsMapping(server.host), '--input-type=module', '-e', client],
        { env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } },
      ).catch((error: { stderr: string }) => error)
      expect((untrusted as { stderr: string }).stderr).toMatch(
        /self.signed|unable to verify|UNABLE_TO|certificate/i,
      )
    } finally {
      await server.close()
    }
  })
})
