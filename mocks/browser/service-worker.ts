/**
 * The sandbox's web push Service Worker script, what `https://cdn.connectif.cloud/scripts/service-worker.js`
 * serves. A shop hosts a same-origin file that imports it (`shopServiceWorkerFile()`), registers
 * nothing itself, and lets the client script register that file. Like the client script it is
 * source text of a self-contained function.
 *
 * @see shared/research/connectif-browser.md §8 — importScripts from the shop's own file [CODE];
 * install → skipWaiting, activate → clients.claim, push `{title, options{data{…}}}` →
 * showNotification then fetch(trackOpenEndpoint), notificationclick opens redirectUrl [CODE: S2]
 */

export function renderServiceWorkerScript(): string {
  return `/* martech-sandbox: Connectif web push Service Worker */\n(${connectifServiceWorker.toString()})(self);\n`
}

/** The file a shop serves from its own origin (scope: its folder): one importScripts line. */
export function shopServiceWorkerFile(serviceWorkerScriptUrl: string): string {
  return `importScripts(${JSON.stringify(serviceWorkerScriptUrl)});\n`
}

type Json = Record<string, unknown>

/** What a push carries: the research's payload shape (type literals, so it fits JSON types). */
export type WebPushPayload = {
  title: string
  options: {
    body?: string
    icon?: string
    data?: {
      expirationDate?: string
      compact?: { icon?: string; body?: string }
      trackOpenEndpoint?: string
      notificationClick?: PushClickAction
    }
  }
}

export type PushClickAction = {
  closeOnClick: boolean
  actionTypeId: 'open-new-window'
  redirectUrl: string
}

/** The parts of a ServiceWorkerGlobalScope the script uses (the DOM lib has no worker types). */
interface WorkerScope {
  registration: ServiceWorkerRegistration
  clients: { claim(): Promise<void>; openWindow(url: string): Promise<unknown> }
  skipWaiting(): Promise<void>
  addEventListener(type: string, listener: (event: WorkerEvent) => void): void
}

interface WorkerEvent {
  waitUntil(promise: Promise<unknown>): void
  data?: { json(): unknown }
  action?: string
  notification?: Notification
}

/** Installs the push and click handlers; runs in the Service Worker. */
export function connectifServiceWorker(scope: WorkerScope): void {
  scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()))
  scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()))
  scope.addEventListener('push', (event) => {
    if (!event.data) return
    const { title, options } = event.data.json() as WebPushPayload
    const track = options?.data?.trackOpenEndpoint
    event.waitUntil(
      scope.registration
        .showNotification(title, options)
        .then(() => (track ? fetch(track).then(() => undefined) : undefined))
        .catch(() => undefined),
    )
  })
  scope.addEventListener('notificationclick', (event) => {
    const notification = event.notification as Notification
    const data = (notification.data ?? {}) as Json
    const click = ((event.action && data[event.action]) || data.notificationClick) as
      | PushClickAction
      | undefined
    if (!click) return
    if (click.closeOnClick) notification.close()
    if (click.actionTypeId === 'open-new-window' && click.redirectUrl)
      event.waitUntil(scope.clients.openWindow(click.redirectUrl))
  })
}
