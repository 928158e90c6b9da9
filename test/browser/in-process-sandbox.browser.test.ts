/**
 * The in-process sandbox in a real browser: `createSandbox()` bundled for the browser and hosted
 * by MSW's `setupWorker` in Chromium, with clients calling `https://api.connectif.cloud` and
 * `https://api.hellotext.com` from the page.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bundleForBrowser } from './support/bundle.ts'
import { collectPageErrors, screenshot, useChromium } from './support/chromium.ts'
import { html, javascript, type StaticSite, startStaticSite } from './support/static-site.ts'

const browser = useChromium()
let site: StaticSite

beforeAll(async () => {
  const bundle = await bundleForBrowser(
    fileURLToPath(new URL('./pages/in-process-sandbox.page.ts', import.meta.url)),
  )
  const mswWorker = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js')
  site = await startStaticSite({
    '/': html(
      '<!doctype html><title>sandbox</title><script type="module" src="/page.js"></script>',
    ),
    '/page.js': javascript(bundle),
    '/mockServiceWorker.js': javascript(readFileSync(mswWorker, 'utf8')),
  })
}, 60_000)
afterAll(() => site?.close())

it('runs createSandbox() under setupWorker, answering clients that call the real hosts', async () => {
  const context = await browser().newContext()
  const page = await context.newPage()
  const errors = collectPageErrors(page)
  await page.goto(`${site.origin}/`)
  const result = await page.evaluate(
    () => (window as unknown as { sandboxResult: Promise<Record<string, unknown>> }).sandboxResult,
  )
  await screenshot(page, 'in-process-sandbox')
  await context.close()
  expect(result.error).toBeUndefined()
  expect(result).toMatchObject({
    field: 201,
    patched: 201,
    contact: { _email: 'ana@example.com', _name: 'Ana', 'reskyt-token': 'd41d8cd9' },
    rateLimitRemaining: '97',
    imported: 201,
    badImport: {
      status: 422,
      error: {
        validationErrors: [
          expect.objectContaining({ reason: expect.stringContaining('_nickname') }),
        ],
      },
    },
    profile: { status: 201, id: expect.any(String) },
  })
  expect(result.journal).toHaveLength(6)
  expect(errors).toEqual([])
})
