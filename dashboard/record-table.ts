/** A small table of records with its total, and how a field's value reads in a cell. */
import { h } from './dom.ts'

export type Row = Record<string, unknown>

/** A titled block of records with its total; `list` draws the items when there are any. */
export function recordsBlock<T>(
  title: string,
  page: { total: number; items: T[] },
  list: (items: T[]) => ReturnType<typeof h>,
) {
  return h(
    'div',
    { class: 'records' },
    h('h4', {}, `${title} `, h('span', { class: 'count' }, page.total)),
    page.items.length === 0
      ? h('p', { class: 'empty' }, `No ${title.toLowerCase()}.`)
      : list(page.items),
    page.total > page.items.length
      ? h('p', { class: 'muted' }, `Newest ${page.items.length} of ${page.total}.`)
      : null,
  )
}

export function recordTable(
  title: string,
  page: { total: number; items: Row[] },
  columns: Array<[string, string]>,
) {
  return recordsBlock(title, page, (items) =>
    h(
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
        items.map((item) =>
          h(
            'tr',
            {},
            columns.map(([field]) => h('td', {}, show(item[field]))),
          ),
        ),
      ),
    ),
  )
}

export function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
