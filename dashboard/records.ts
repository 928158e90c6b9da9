/**
 * What each service holds, drawn for people: Connectif's records and jobs with progress bars,
 * Hellotext profiles with their event timeline, the Reskyt outbox as phone notifications, and
 * JivoChat's deliveries with their verdicts beside the reference CRM's records.
 */
import type { Schemas, Summary } from './api.ts'
import { formatTime, h } from './dom.ts'

type Row = Record<string, unknown>

/** A small table of records: the chosen columns, newest first, with the total. */
function recordTable(
  title: string,
  page: { total: number; items: Row[] },
  columns: Array<[string, string]>,
) {
  return h(
    'div',
    { class: 'records' },
    h('h4', {}, `${title} `, h('span', { class: 'count' }, page.total)),
    page.items.length === 0
      ? h('p', { class: 'empty' }, `No ${title.toLowerCase()}.`)
      : h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              columns.map(([, label]) => h('th', { scope: 'col' }, label)),
            ),
          ),
          h(
            'tbody',
            {},
            page.items.map((item) =>
              h(
                'tr',
                {},
                columns.map(([field]) => h('td', {}, show(item[field]))),
              ),
            ),
          ),
        ),
    page.total > page.items.length
      ? h('p', { class: 'muted' }, `Newest ${page.items.length} of ${page.total}.`)
      : null,
  )
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

function progressBar(label: string, done: number, total: number) {
  const percent = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100))
  return h(
    'div',
    {
      class: `bar progress${percent === 100 ? ' full done' : ''}`,
      role: 'progressbar',
      'aria-label': label,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': percent,
      'aria-valuetext': `${percent}% (${done.toLocaleString()} of ${total.toLocaleString()})`,
    },
    h('span', { style: `width:${percent}%` }),
  )
}

function jobsView(title: string, page: Summary['connectif']['imports']) {
  return h(
    'div',
    { class: 'records' },
    h('h4', {}, `${title} `, h('span', { class: 'count' }, page.total)),
    page.items.length === 0
      ? h('p', { class: 'empty' }, `No ${title.toLowerCase()}.`)
      : h(
          'ul',
          { class: 'jobs' },
          page.items.map((job) =>
            h(
              'li',
              { 'data-job': job.id },
              h(
                'div',
                { class: 'job-label' },
                h('span', {}, `${job.kind ?? 'job'} `, h('code', {}, job.id.slice(-6))),
                h('span', { class: `badge ${job.status}` }, job.status),
                h(
                  'span',
                  { class: 'muted' },
                  `${job.done.toLocaleString()} / ${job.total.toLocaleString()}`,
                ),
              ),
              progressBar(`${title.slice(0, -1)} ${job.id} progress`, job.done, job.total),
            ),
          ),
        ),
  )
}

export function connectifView(summary: Summary) {
  const { contacts, products, purchases, imports, exports } = summary.connectif
  return h(
    'div',
    { class: 'grid wide' },
    jobsView('Imports', imports),
    jobsView('Exports', exports),
    recordTable('Contacts', contacts, [
      ['_email', 'Email'],
      ['_name', 'Name'],
      ['_externalId', 'External id'],
      ['_newsletterSubscriptionStatus', 'Newsletter'],
    ]),
    recordTable('Products', products, [
      ['productId', 'Product id'],
      ['name', 'Name'],
      ['price', 'Price'],
      ['availability', 'Availability'],
    ]),
    recordTable('Purchases', purchases, [
      ['purchaseId', 'Purchase id'],
      ['totalPrice', 'Total'],
      ['purchaseDate', 'Date'],
    ]),
  )
}

export function hellotextView(summary: Summary, events: Schemas['TrackedEvent'][]) {
  const { profiles } = summary.hellotext
  const byProfile = new Map<string, Schemas['TrackedEvent'][]>()
  const anonymous: Schemas['TrackedEvent'][] = []
  for (const event of events) {
    if (event.profile)
      byProfile.set(event.profile, [...(byProfile.get(event.profile) ?? []), event])
    else anonymous.push(event)
  }
  const timeline = (list: Schemas['TrackedEvent'][]) =>
    list.length === 0
      ? h('p', { class: 'empty' }, 'No events.')
      : h(
          'ol',
          { class: 'timeline' },
          list.map((event) =>
            h(
              'li',
              {},
              h(
                'time',
                {},
                event.tracked_at
                  ? formatTime(event.tracked_at < 1e12 ? event.tracked_at * 1000 : event.tracked_at)
                  : '—',
              ),
              h('strong', {}, event.action),
              event.object
                ? h('span', { class: 'muted' }, ` ${event.object_type ?? ''} ${event.object}`)
                : null,
              event.amount !== undefined && event.amount !== null
                ? h('span', { class: 'muted' }, ` ${event.amount} ${event.currency ?? ''}`)
                : null,
            ),
          ),
        )
  return h(
    'div',
    { class: 'grid' },
    profiles.items.length === 0 && anonymous.length === 0
      ? h('p', { class: 'empty' }, 'No profiles or events.')
      : null,
    profiles.items.map((profile) =>
      h(
        'article',
        { class: 'card' },
        h(
          'h4',
          {},
          show(profile.first_name ?? profile.email ?? profile.id),
          ' ',
          h('small', { class: 'muted' }, show(profile.email ?? profile.phone)),
        ),
        timeline(byProfile.get(String(profile.id)) ?? []),
      ),
    ),
    anonymous.length > 0
      ? h('article', { class: 'card' }, h('h4', {}, 'Without a profile'), timeline(anonymous))
      : null,
  )
}

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
