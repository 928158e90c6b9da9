/**
 * The dashboard and the API reference in real Chromium, against `serve`: a request sent from
 * outside the page shows up in the live journal within a second without a reload, its detail
 * opens from the keyboard, a Reskyt push appears as a phone notification, an import's progress
 * bar reaches 100% when the page advances the clock, and reset empties what the page shows.
 * `/docs` renders all five OpenAPI documents with no request leaving the sandbox's origin.
 * Screenshots of each step go to test/artifacts/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { buildDashboard } from '../../scripts/build-dashboard.ts'
import { createConnectifClient } from '../../src/clients/connectif.ts'
import { createReskytClient, RESKYT_PUSH_PATH } from '../../src/clients/reskyt.ts'
import { collectPageErrors, screenshot, useChromium } from './support/chromium.ts'

const browser = useChromium()
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url))

/** A screenshot of one region of the page (a full-page one of this page takes a second). */
async function shoot(page: Page, selector: string, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true })
  await page
    .locator(selector)
    .first()
    .screenshot({ path: `${ARTIFACTS}${name}.png` })
}
let server: RunningServer
let assetsDir: string

beforeAll(async () => {
  assetsDir = await mkdtemp(join(tmpdir(), 'martech-sandbox-dashboard-'))
  await buildDashboard(assetsDir)
  server = await startServer({ port: 0, dashboard: { assetsDir } })
}, 30_000)

afterAll(async () => {
  await server?.close()
  if (assetsDir) await rm(assetsDir, { recursive: true, force: true })
})

/** A page that records console errors, uncaught errors, and every URL it requests. */
async function openPage(path: string) {
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  const pageErrors = collectPageErrors(page)
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  // Bytes on the wire (headers and encoded bodies) of every finished request.
  const transfer = { bytes: 0 }
  page.on('requestfinished', (request) => {
    request.sizes().then(
      (sizes) => {
        transfer.bytes += sizes.responseBodySize + sizes.responseHeadersSize
      },
      // The page's own refreshes go on until the context closes; those sizes are not needed.
      () => {},
    )
  })
  await page.goto(`${server.url}${path}`)
  return { page, context, consoleErrors, pageErrors, requests, transfer }
}

const leftTheOrigin = (requests: Request[]) =>
  requests
    .map((request) => request.url())
    .filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(`${server.url}/`))

function connectif() {
  return createConnectifClient({
    apiKey: server.sandbox.defaultAccount.keys.connectif as string,
    baseUrl: `${server.url}/connectif`,
  })
}

async function createImport(rows: number): Promise<void> {
  const form = new FormData()
  form.set('type', 'contacts')
  form.set('delimiter', ',')
  form.set('overrideExisting', 'true')
  form.set('updateOnlyEmptyFields', 'false')
  let csv = '_email,_name\n'
  for (let i = 0; i < rows; i++) csv += `user${i}@example.com,User ${i}\n`
  form.set('file', new File([csv], 'contacts.csv', { type: 'text/csv' }))
  const { response } = await connectif().POST('/imports/', { body: form as never })
  expect(response.status).toBe(201)
}

const journalRow = (page: Page, text: string) =>
  page.locator('#journal-rows tbody tr').filter({ hasText: text })

describe('the dashboard', () => {
  it('follows requests live, shows their detail, a push, an import to 100% and an empty sandbox after reset', async () => {
    const { page, context, consoleErrors, pageErrors, requests, transfer } = await openPage('/')
    await page.getByText('No requests yet. Call a service').waitFor()
    // The summary is drawn once the services are: the page's first load is done.
    await page.locator('#accounts-body .card').waitFor()
    console.info(`dashboard transfer size, first load: ${transfer.bytes} bytes`)
    await screenshot(page, 'dashboard-1-empty')

    const sent = performance.now()
    const { response } = await connectif().PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { _name: 'Ana' },
    })
    expect(response.status).toBe(201)
    await journalRow(page, 'ana@example.com').waitFor({ timeout: 1_000 })
    const firstRowMs = performance.now() - sent
    console.info(`time to first journal row: ${firstRowMs.toFixed(0)} ms`)
    expect(firstRowMs).toBeLessThan(1_000)
    await page.locator('#connectif-body td', { hasText: 'ana@example.com' }).waitFor()
    await shoot(page, '#journal', 'dashboard-2-journal')

    // Open the detail from the keyboard: the row's button, then Enter.
    await journalRow(page, 'ana@example.com').getByRole('button').focus()
    await page.keyboard.press('Enter')
    const detail = page.locator('#journal-detail')
    await detail
      .getByRole('heading', { name: /PATCH \/contacts\/email\/ana@example\.com → 201/ })
      .waitFor()
    expect(await detail.textContent()).toContain('"_name": "Ana"')
    expect(await detail.textContent()).toContain('patchContactByEmail')
    await shoot(page, '#journal', 'dashboard-3-detail')

    const reskyt = createReskytClient({
      apiKey: server.sandbox.defaultAccount.keys.reskyt as string,
      baseUrl: `${server.url}/reskyt`,
    })
    const push = await reskyt.POST(RESKYT_PUSH_PATH, {
      body: {
        title: 'Your cart is waiting',
        tokens: ['5d41402abc4b2a76b9719d911017c592'],
        url: 'https://shop.example.com/cart',
        dateEnd: '1767225600',
      },
    })
    expect(push.response.ok).toBe(true)
    await page.locator('.phone', { hasText: 'Your cart is waiting' }).waitFor()
    await shoot(page, '#reskyt', 'dashboard-4-push')

    // Freeze from the page, queue an import from outside, then advance the clock from the page.
    await page.getByRole('button', { name: 'Freeze' }).click()
    await page.locator('#clock .badge', { hasText: 'frozen' }).waitFor()
    await createImport(5_000)
    const progress = page.locator('#connectif-body [role="progressbar"]').first()
    await progress.waitFor()
    expect(await progress.getAttribute('aria-valuenow')).toBe('0')
    await page.getByLabel('Advance by').fill('5s')
    await page.getByRole('button', { name: 'Advance', exact: true }).click()
    await page.locator('#connectif-body [role="progressbar"][aria-valuenow="100"]').waitFor()
    await page.locator('#connectif-body .badge', { hasText: 'finished' }).waitFor()
    await shoot(page, '#connectif', 'dashboard-5-import-done')

    await page.getByRole('button', { name: 'Reset…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await shoot(page, 'dialog', 'dashboard-6-confirm-reset')
    await dialog.getByRole('button', { name: 'Reset the sandbox' }).click()
    await page.getByText('No requests yet. Call a service').waitFor()
    await page.locator('#connectif-body', { hasText: 'No contacts.' }).waitFor()
    await page.locator('#connectif-body', { hasText: 'No imports.' }).waitFor()
    await page.getByText('The outbox is empty').waitFor()
    await screenshot(page, 'dashboard-7-reset')
    expect(server.sandbox.connectif.contacts.size).toBe(0)

    await page.getByRole('button', { name: 'Unfreeze' }).click()
    await page.locator('#clock .badge', { hasText: 'running' }).waitFor()
    // What admin access control checks of a page's writes: JSON, same origin, even without a body.
    const writes = requests.filter(
      (request) => request.url().includes('/__admin/') && request.method() !== 'GET',
    )
    expect(
      writes.map((request) => `${request.method()} ${new URL(request.url()).pathname}`),
    ).toEqual([
      'POST /__admin/clock',
      'POST /__admin/clock',
      'POST /__admin/reset',
      'POST /__admin/clock',
    ])
    for (const write of writes) {
      const headers = await write.allHeaders()
      expect(headers['content-type']).toBe('application/json')
      expect(headers.origin).toBe(server.url)
    }
    expect(consoleErrors).toEqual([])
    expect(pageErrors).toEqual([])
    expect(leftTheOrigin(requests)).toEqual([])
    await context.close()
  })

  it('is keyboard-navigable: Tab reaches the controls, with a visible focus ring', async () => {
    const { page, context, consoleErrors } = await openPage('/')
    await page.getByText('No requests yet. Call a service').waitFor()
    const reached: string[] = []
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        const style = getComputedStyle(element)
        return {
          name: element.id || element.textContent?.trim() || element.tagName,
          ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
        }
      })
      reached.push(focused.name)
      expect(focused.ring, `focus ring on ${focused.name}`).toBe(true)
    }
    expect(reached).toEqual(
      expect.arrayContaining(['Skip to the live journal', 'clock-toggle', 'advance-by', 'reset']),
    )
    await screenshot(page, 'dashboard-keyboard-focus')
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

describe('the API reference at /docs', () => {
  it('renders all five documents, "try it" at this sandbox, with no request leaving 127.0.0.1', async () => {
    const { page, context, requests, transfer, consoleErrors, pageErrors } = await openPage('/docs')
    const documents: Array<[string, string, string]> = [
      ...[...server.sandbox.core.services].map(
        ([name, runtime]) =>
          [name, String(runtime.definition.document.info.title), `${server.url}/${name}`] as [
            string,
            string,
            string,
          ],
      ),
      [
        'admin',
        String(server.sandbox.core.admin?.definition.document.info.title),
        `${server.url}/__admin`,
      ],
    ]
    expect(documents.map(([name]) => name).sort()).toEqual([
      'admin',
      'connectif',
      'hellotext',
      'jivochat',
      'reskyt',
    ])
    for (const [name, title, serverUrl] of documents) {
      if (name !== 'connectif') await page.goto(`${server.url}/docs/${name}`)
      await page.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 5_000 })
      // The document's server is this sandbox, so "try it" calls it.
      await page.getByText(serverUrl, { exact: true }).first().waitFor({ timeout: 5_000 })
      // The viewport only: a full-page shot of a whole API reference takes seconds.
      await mkdir(ARTIFACTS, { recursive: true })
      await page.screenshot({ path: `${ARTIFACTS}docs-${name}.png` })
    }
    console.info(`/docs transfer size, five documents: ${transfer.bytes} bytes`)
    expect(requests.length).toBeGreaterThan(5)
    expect(leftTheOrigin(requests)).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(pageErrors).toEqual([])
    await context.close()
    // Scalar's 4.9 MB bundle starts five times: seconds each on a busy 2-core machine.
  }, 60_000)
})
