/**
 * Hands a push payload to a page's Service Worker as the push service would, through Chromium's
 * DevTools protocol (`ServiceWorker.deliverPushMessage`): a real `push` event in the worker.
 */
import type { BrowserContext, Page } from 'playwright-core'

export async function deliverPush(
  context: BrowserContext,
  page: Page,
  origin: string,
  payload: unknown,
): Promise<void> {
  // A push delivered to a worker still installing is dropped: wait until one is active (its
  // importScripts of the sandbox's script done), which a loaded machine makes take a while.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  const cdp = await context.newCDPSession(page)
  const registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }> = []
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
    registrations.push(...event.registrations)
  })
  await cdp.send('ServiceWorker.enable')
  const deadline = Date.now() + 5000
  while (!registrations.some((r) => !r.isDeleted && r.scopeURL.startsWith(origin))) {
    if (Date.now() > deadline) throw new Error(`No Service Worker registered for ${origin}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const registration = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin))
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin,
    registrationId: registration?.registrationId as string,
    data: JSON.stringify(payload),
  })
  await cdp.detach()
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
