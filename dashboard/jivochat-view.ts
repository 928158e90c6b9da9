/** JivoChat: the simulator's deliveries with their verdicts, beside the reference CRM's records. */
import type { Schemas } from './api.ts'
import { formatTime, h } from './dom.ts'
import { type Row, show } from './record-table.ts'

export function jivochatView(
  deliveries: Schemas['JivoDelivery'][],
  crm: Record<'leads' | 'contacts' | 'tasks', Row[]>,
) {
  const crmList = (title: string, records: Row[]) =>
    h(
      'div',
      { class: 'records' },
      h('h4', {}, `${title} `, h('span', { class: 'count' }, records.length)),
      records.length === 0
        ? h('p', { class: 'empty' }, `No ${title.toLowerCase()}.`)
        : h(
            'ul',
            { class: 'plain' },
            records
              .slice(-20)
              .reverse()
              .map((record) =>
                h(
                  'li',
                  {},
                  h('code', {}, show(record.id)),
                  ' ',
                  show(
                    record.name ?? record.title ?? record.subject ?? record.email ?? record.text,
                  ),
                ),
              ),
          ),
    )
  return h(
    'div',
    { class: 'grid wide' },
    h(
      'div',
      { class: 'records' },
      h('h4', {}, 'Deliveries ', h('span', { class: 'count' }, deliveries.length)),
      deliveries.length === 0
        ? h('p', { class: 'empty' }, 'The simulator has delivered nothing yet.')
        : h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['When', 'Event', 'To', 'Status', 'Verdict'].map((t) =>
                  h('th', { scope: 'col' }, t),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              deliveries.slice(0, 50).map((delivery) =>
                h(
                  'tr',
                  {},
                  h('td', { class: 'nowrap' }, formatTime(delivery.at)),
                  h('td', {}, delivery.event),
                  h('td', { class: 'path' }, delivery.url),
                  h('td', {}, show(delivery.status)),
                  h(
                    'td',
                    {},
                    h('span', { class: `badge ${delivery.outcome}` }, delivery.outcome),
                    delivery.violations.length > 0
                      ? h(
                          'ul',
                          { class: 'plain small' },
                          delivery.violations.map((v) =>
                            h('li', {}, h('code', {}, v.path), ' ', v.message),
                          ),
                        )
                      : null,
                  ),
                ),
              ),
            ),
          ),
    ),
    crmList('Leads', crm.leads),
    crmList('Contacts', crm.contacts),
    crmList('Tasks', crm.tasks),
  )
}
