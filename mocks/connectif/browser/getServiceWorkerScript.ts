// getServiceWorkerScript: GET /scripts/service-worker.js (cdn.connectif.cloud) — the web push Service Worker a shop's own file imports.
// Behaviour: shared/research/connectif-browser.md §8 — canonical SW file, imported by a same-origin file; push → showNotification, click → open redirectUrl [CODE].
import { renderServiceWorkerScript } from '../../browser/service-worker.ts'
import { defineRoute } from '../define-route.ts'

export const getServiceWorkerScript = defineRoute('getServiceWorkerScript', () => ({
  status: 200,
  body: renderServiceWorkerScript(),
  headers: { 'content-type': 'application/javascript; charset=utf-8' },
}))
