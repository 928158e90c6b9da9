/**
 * Links the sandbox writes (an export's `fileUrl`, an import's `errorReportFileUrl`) point where the
 * client called. In process the client calls the real host itself; over HTTP behind a TLS-terminating
 * reverse proxy the request arrives as plain HTTP, so the proxy's `Forwarded` / `X-Forwarded-*`
 * headers (from a trusted peer) or a configured public URL say where that was.
 */
import { describe, expect, it } from 'vitest'
import { startServer } from '../../mocks/server/start-server.ts'
import { rawRequest as send } from '../support/raw-request.ts'
import { runCli } from '../support/run-cli.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const T0 = Date.parse('2026-03-10T12:00:00.000Z')

describe.each(targets)('links the sandbox writes, %s', (_, createTarget) => {
  const target = useTarget(createTarget)

  it("put a finished export's fileUrl on the origin the client called", async () => {
    target().sandbox.clock.freeze(T0)
    const connectif = target().connectif()
    const created = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
    target().sandbox.clock.advance('11s')
    const done = await connectif.GET('/exports/{id}', {
      params: { path: { id: created.data?.id as string } },
    })
    const origin = new URL(target().connectifUrl).origin
    expect(done.data?.fileUrl?.startsWith(`${origin}/__admin/connectif/exports/`)).toBe(true)
    expect((await fetch(done.data?.fileUrl as string)).status).toBe(200)
  })
})

describe('links behind a reverse proxy (over HTTP)', () => {
  /** Creates a contacts export through `headers` and returns the fileUrl a later read gives. */
  async function fileUrlThrough(
    server: Awaited<ReturnType<typeof startServer>>,
    headers: Record<string, string>,
  ): Promise<string> {
    server.sandbox.clock.freeze(T0)
    const auth = { authorization: `apiKey ${server.sandbox.defaultAccount.keys.connectif}` }
    // A Host naming Connectif reaches it at the root; the sandbox's own host needs the prefix.
    const base = headers.host === 'api.connectif.cloud' ? server.url : `${server.url}/connectif`
    const created = await send(`${base}/exports/`, {
      method: 'POST',
      headers: { ...headers, ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ exportType: 'contacts' }),
    })
    expect(created.status).toBe(201)
    server.sandbox.clock.advance('11s')
    const read = await send(`${base}/exports/${JSON.parse(created.body).id}`, {
      headers: { ...headers, ...auth },
    })
    return JSON.parse(read.body).fileUrl
  }

  it('honours X-Forwarded-Proto and X-Forwarded-Host from a proxy on this machine', async () => {
    const server = await startServer({ port: 0 })
    try {
      // The proxy of `api.connectif.cloud` passes the original Host and says the client used https.
      const url = await fileUrlThrough(server, {
        host: 'api.connectif.cloud',
        'x-forwarded-proto': 'https',
      })
      expect(url).toMatch(
        /^https:\/\/api\.connectif\.cloud\/__admin\/connectif\/exports\/\w+\/file\?token=/,
      )
      const viaSandboxHost = await fileUrlThrough(server, {
        host: new URL(server.url).host,
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'api.connectif.cloud',
        'x-forwarded-port': '443',
      })
      expect(viaSandboxHost).toMatch(/^https:\/\/api\.connectif\.cloud\/__admin\//)
    } finally {
      await server.close()
    }
  })

  it('honours RFC 7239 Forwarded, its first element, over X-Forwarded-*', async () => {
    const server = await startServer({ port: 0 })
    try {
      const url = await fileUrlThrough(server, {
        host: 'api.connectif.cloud',
        forwarded: 'for=203.0.113.7;proto=https;host="shop-proxy.example:8443", for=10.0.0.2',
        'x-forwarded-proto': 'http',
      })
      expect(url).toMatch(/^https:\/\/shop-proxy\.example:8443\/__admin\//)
    } finally {
      await server.close()
    }
  })

  it('ignores forwarding headers when told not to trust any proxy', async () => {
    const server = await startServer({ port: 0, trustProxy: false })
    try {
      const url = await fileUrlThrough(server, {
        host: 'api.connectif.cloud',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'evil.example',
      })
      expect(url).toMatch(/^http:\/\/api\.connectif\.cloud\/__admin\//)
    } finally {
      await server.close()
    }
  })

  it('writes every link under a configured public URL, path included', async () => {
    const server = await startServer({ port: 0, publicUrl: 'https://sandbox.example.com/qa/' })
    try {
      const url = await fileUrlThrough(server, { host: new URL(server.url).host })
      expect(url).toMatch(/^https:\/\/sandbox\.example\.com\/qa\/__admin\/connectif\/exports\//)
    } finally {
      await server.close()
    }
  })

  it('takes --trust-proxy and --public-url on serve, and refuses bad values with exit 2', async () => {
    const started = await runCli([
      'serve',
      '--port',
      '0',
      '--trust-proxy',
      'never',
      '--public-url',
      'https://sandbox.example.com',
    ])
    expect(started.exitCode).toBe(0)
    try {
      const server = started.server as Awaited<ReturnType<typeof startServer>>
      expect(await fileUrlThrough(server, { host: 'api.connectif.cloud' })).toMatch(
        /^https:\/\/sandbox\.example\.com\/__admin\//,
      )
    } finally {
      await started.server?.close()
    }
    const badTrust = await runCli(['serve', '--port', '0', '--trust-proxy', 'constructor'])
    expect(badTrust.exitCode).toBe(2)
    expect(badTrust.stderr).toMatch(/--trust-proxy must be loopback, always or never/)
    const badUrl = await runCli(['serve', '--port', '0', '--public-url', 'sandbox.example.com'])
    expect(badUrl.exitCode).toBe(2)
    expect(badUrl.stderr).toMatch(
      /--public-url: publicUrl "sandbox.example.com" is not an absolute URL/,
    )
  })
})
