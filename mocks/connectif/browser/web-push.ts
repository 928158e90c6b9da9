/**
 * Web pushes as Connectif sends them to a contact's browsers: one push per subscription the
 * client script reported, in the payload the Service Worker shows. The sandbox cannot reach the
 * browsers' push services, so each push is kept in the web-push outbox instead.
 *
 * @see shared/research/connectif-browser.md §8 — payload `{title, options{…, data{expirationDate,
 * compact{icon, body}, trackOpenEndpoint, notificationClick{closeOnClick, actionTypeId:
 * 'open-new-window', redirectUrl}}}}` [CODE: S2]; trackOpenEndpoint is left out (the sandbox
 * counts no opens) [INF]
 */
import type { WebPushPayload } from '../../browser/service-worker.ts'
import type { IdGenerator } from '../../sandbox/records/ids.ts'
import type { ContactRecord } from '../contacts/contacts.ts'
import { iso } from '../records.ts'
import { subscriptionsOf, type WebPushRecord, type WebTrackingTables } from './web-tracking.ts'

export interface WebPushMessage {
  title: string
  body?: string
  icon?: string
  url?: string
  expirationDate?: string
}

export function webPushPayload(message: WebPushMessage): WebPushPayload {
  const { title, body, icon, url, expirationDate } = message
  return {
    title,
    options: {
      ...(body !== undefined ? { body } : {}),
      ...(icon !== undefined ? { icon } : {}),
      data: {
        ...(expirationDate !== undefined ? { expirationDate } : {}),
        compact: {
          ...(icon !== undefined ? { icon } : {}),
          ...(body !== undefined ? { body } : {}),
        },
        ...(url !== undefined
          ? {
              notificationClick: {
                closeOnClick: true,
                actionTypeId: 'open-new-window' as const,
                redirectUrl: url,
              },
            }
          : {}),
      },
    },
  }
}

/**
 * Records one push per subscription of the contact (none when it has no subscription); the
 * outbox keeps its newest `env.keep` pushes.
 */
export function sendWebPush(
  state: WebTrackingTables,
  env: { now: number; ids: IdGenerator; keep: number },
  contact: ContactRecord,
  message: WebPushMessage,
): WebPushRecord[] {
  const payload = webPushPayload(message)
  const pushes = subscriptionsOf(state, contact.accountId, contact.id).map((subscription) =>
    state.webPushes.insert({
      id: env.ids.objectId(),
      accountId: contact.accountId,
      contactId: contact.id,
      endpoint: subscription.endpoint,
      payload,
      sentAt: iso(env.now),
    }),
  )
  state.webPushes.trimOldest(env.keep)
  return pushes
}
