/**
 * How `serve` hands out the dashboard's files: compressed as the client accepts (brotli, gzip,
 * none), revalidated by ETag, only on hosts that are not a service's, with the OpenAPI documents'
 * servers pointing at the origin the browser called. Built pages are stood in for by small files.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { get, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { rawRequest } from '../support/raw-request.ts'

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))})\n`
let assets: string
let server: RunningServer

beforeAll(async () => {
  assets = await mkdtemp(join(tmpdir(), 'martech-sandbox-assets-'))
  await writeFile(join(assets, 'index.html'), '<!doctype html><title>dashboard</title>')
  await writeFile(join(assets, 'docs.html'), '<!doctype html><title>docs</title>')
  await writeFile(join(assets, 'dashboard.js'), SCRIPT)
  server = await startServer({ port: 0, dashboard: { assetsDir: assets } })
})

afterAll(async () => {
  await server?.close()
  await rm(assets, { recursive: true, force: true })
})

/** The body as bytes, whatever the encoding (node:http does not decode). */
function bytesOf(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      }).on('error', reject)
    },
  )
}

describe('the dashboard’s files over serve', () => {
  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['identity', undefined, (body: Buffer) => body],
  ])('sends a script compressed as "%s" allows', async (accept, encoding, decode) => {
    const answer = await bytesOf(`${server.url}/__dashboard/dashboard.js`, {
      'accept-encoding': accept,
    })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe(encoding)
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(answer.headers.vary).toBe('accept-encoding')
    expect(decode(answer.body).toString()).toBe(SCRIPT)
  })

  it('answers 304 to a browser that has the file, and asks browsers to revalidate', async () => {
    const first = await rawRequest(`${server.url}/`)
    expect(first.headers['cache-control']).toBe('no-cache')
    const again = await rawRequest(`${server.url}/`, {
      headers: { 'if-none-match': String(first.headers.etag) },
    })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
  })

  it('serves the reference page for each document, and 404 for anything else', async () => {
    for (const path of ['/docs', '/docs/connectif', '/docs/admin'])
      expect((await rawRequest(`${server.url}${path}`)).body, path).toContain('<title>docs')
    expect((await rawRequest(`${server.url}/docs/nope`)).status).toBe(404)
    expect((await rawRequest(`${server.url}/__dashboard/secrets.txt`)).status).toBe(404)
  })

  it('points each document’s servers at the origin the browser called', async () => {
    const connectif = JSON.parse(
      (await rawRequest(`${server.url}/docs/openapi/connectif.json`)).body,
    )
    expect(connectif.servers).toEqual([
      { url: `${server.url}/connectif`, description: 'This sandbox' },
    ])
    const admin = JSON.parse((await rawRequest(`${server.url}/docs/openapi/admin.json`)).body)
    expect(admin.servers[0].url).toBe(`${server.url}/__admin`)
    const proxied = JSON.parse(
      (
        await rawRequest(`${server.url}/docs/openapi/reskyt.json`, {
          headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'sandbox.example.com' },
        })
      ).body,
    )
    expect(proxied.servers[0].url).toBe('https://sandbox.example.com/reskyt')
  })

  it('takes only GET and HEAD', async () => {
    const post = await rawRequest(`${server.url}/`, { method: 'POST', body: '{}' })
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
    const head = await rawRequest(`${server.url}/__dashboard/dashboard.js`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String(SCRIPT.length))
  })

  it('leaves a service’s own host to the service', async () => {
    const answer = await rawRequest(`${server.url}/`, { headers: { host: 'api.connectif.cloud' } })
    expect(answer.headers['content-type']).not.toContain('text/html')
  })

  it('says how to build the pages when there are none, and is left out with dashboard: false', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'martech-sandbox-assets-'))
    const unbuilt = await startServer({ port: 0, dashboard: { assetsDir: empty } })
    const off = await startServer({ port: 0, dashboard: false })
    try {
      const answer = await rawRequest(`${unbuilt.url}/`)
      expect(answer.status).toBe(503)
      expect(JSON.parse(answer.body).error).toContain('npm run build')
      expect((await rawRequest(`${off.url}/`)).status).toBe(404)
    } finally {
      await unbuilt.close()
      await off.close()
      await rm(empty, { recursive: true, force: true })
    }
  })
})
