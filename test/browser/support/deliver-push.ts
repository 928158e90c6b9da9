/**
 * Hands a push payload to a page's Service Worker as the push service would, through Chromium's
 * DevTools protocol (`ServiceWorker.deliverPushMessage`): a real `push` event in the worker.
 */
import type { BrowserContext, Page } from 'playwright-core'

interface Registration {
  registrationId: string
  scopeURL: string
  isDeleted: boolean
}
interface Version {
  registrationId: string
  status: string
}

/** How long one delivery may take to show its notification before it is handed over again. */
const SHOWN_WITHIN_MS = 4000

export async function deliverPush(
  context: BrowserContext,
  page: Page,
  origin: string,
  payload: unknown,
): Promise<void> {
  const shownBefore = (await shownNotifications(page)).length
  const cdp = await context.newCDPSession(page)
  const registrations: Registration[] = []
  const versions: Version[] = []
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
    registrations.push(...event.registrations)
  })
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    versions.push(...event.versions)
  })
  await cdp.send('ServiceWorker.enable')
  // A push handed to a registration whose worker is still installing (its importScripts of the
  // sandbox's script not done, slow on a loaded machine) can be dropped: wait for an activated one.
  const registrationId = await waitFor(
    () =>
      registrations.find(
        (r) =>
          !r.isDeleted &&
          r.scopeURL.startsWith(origin) &&
          versions.some((v) => v.registrationId === r.registrationId && v.status === 'activated'),
      )?.registrationId,
    10_000,
    `No activated Service Worker for ${origin}`,
  )
  const data = JSON.stringify(payload)
  // Chromium occasionally loses a push delivered while the worker is being started up; the
  // push service retries too, so hand it over once more if nothing appeared.
  for (let attempt = 1; ; attempt++) {
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data })
    const shown = await waitFor(
      async () => ((await shownNotifications(page)).length > shownBefore ? true : undefined),
      SHOWN_WITHIN_MS,
    ).catch(() => false)
    if (shown || attempt === 2) break
  }
  await cdp.detach()
}

async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  ms: number,
  message = 'timed out',
): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(message)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The notifications the page's Service Worker shows. */
export function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      data: n.data,
    }))
  })
}
