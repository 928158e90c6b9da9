/** The Reskyt outbox drawn as phone notifications, with each push's delivery state. */
import type { Schemas } from './api.ts'
import { formatTime, h } from './dom.ts'

type Push = Schemas['OutboxEntry']

export function reskytView(pushes: Push[]) {
  if (pushes.length === 0)
    return h('p', { class: 'empty' }, 'The outbox is empty: no push accepted yet.')
  return h(
    'ul',
    { class: 'phones' },
    pushes
      .slice(0, 24)
      .map((push) =>
        h(
          'li',
          { class: 'phone', 'data-state': push.deliveryState },
          h(
            'div',
            { class: 'phone-bar' },
            h('span', {}, formatTime(push.acceptedAt)),
            h('span', { class: `badge ${push.deliveryState}` }, push.deliveryState),
          ),
          h(
            'div',
            { class: 'notification', role: 'group', 'aria-label': `Notification: ${push.title}` },
            h('div', { class: 'app' }, 'Reskyt · ', push.source),
            h('strong', { class: 'title' }, push.title),
            push.url ? h('div', { class: 'muted small' }, push.url) : null,
          ),
          h(
            'div',
            { class: 'token muted' },
            'to ',
            h('code', {}, push.token.slice(0, 12), '…'),
            push.knownToken ? '' : ' (unknown device)',
          ),
        ),
      ),
  )
}
