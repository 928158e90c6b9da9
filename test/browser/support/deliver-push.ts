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
  versionId: string
  registrationId: string
  status: string
  runningStatus: string
}

/** How long one delivery may take to show its notification before it is handed over again. */
const SHOWN_WITHIN_MS = 4000
const ATTEMPTS = 3

export async function deliverPush(
  context: BrowserContext,
  page: Page,
  origin: string,
  payload: unknown,
): Promise<void> {
  const shownBefore = (await shownNotifications(page)).length
  const cdp = await context.newCDPSession(page)
  const registrations: Registration[] = []
  // Each version as last reported, and every report, for the message if the push never shows.
  const versions = new Map<string, Version>()
  const history: string[] = []
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
    registrations.push(...event.registrations)
  })
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions as Version[]) {
      versions.set(version.versionId, version)
      history.push(`${version.versionId}:${version.status}/${version.runningStatus}`)
    }
  })
  cdp.on('ServiceWorker.workerErrorReported', ({ errorMessage }) => {
    history.push(
      `error "${errorMessage.errorMessage}" at ${errorMessage.sourceURL}:${errorMessage.lineNumber}`,
    )
  })
  await cdp.send('ServiceWorker.enable')
  const activated = (registrationId: string) =>
    [...versions.values()].find(
      (v) => v.registrationId === registrationId && v.status === 'activated',
    )
  // A push handed to a registration whose worker is still installing (its importScripts of the
  // sandbox's script not done, slow on a loaded machine) can be dropped: wait for an activated one.
  const registration = await waitFor(
    () =>
      registrations.find(
        (r) => !r.isDeleted && r.scopeURL.startsWith(origin) && activated(r.registrationId),
      ),
    10_000,
    `No activated Service Worker for ${origin}`,
  )
  const { registrationId, scopeURL } = registration
  const data = JSON.stringify(payload)
  // In full runs on a loaded machine a push was sometimes lost, for a reason not yet known: a
  // worker still starting is the suspect (a stopped one is started by the delivery itself and
  // shows the push). So the worker is started and seen running first; the push service retries
  // too, so it is handed over again if nothing appeared, and a last failure says what the worker
  // reported.
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (activated(registrationId)?.runningStatus !== 'running') {
      await cdp.send('ServiceWorker.startWorker', { scopeURL })
      await waitFor(
        () => (activated(registrationId)?.runningStatus === 'running' ? true : undefined),
        10_000,
      ).catch(() => undefined)
    }
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data })
    const shown = await waitFor(
      async () => ((await shownNotifications(page)).length > shownBefore ? true : undefined),
      SHOWN_WITHIN_MS,
    ).catch(() => false)
    if (shown) {
      await cdp.detach()
      return
    }
  }
  await cdp.detach()
  throw new Error(
    `The push was handed over ${ATTEMPTS} times and no notification appeared; the worker reported ${history.join(', ')}`,
  )
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
