/** Connectif's records and jobs: imports and exports first, each with a progress bar. */
import type { Summary } from './api.ts'
import { h } from './dom.ts'
import { recordsBlock, recordTable } from './record-table.ts'

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
  return recordsBlock(title, page, (items) =>
    h(
      'ul',
      { class: 'jobs' },
      items.map((job) =>
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
