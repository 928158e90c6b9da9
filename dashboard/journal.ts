/**
 * The live request journal: entries arrive over Server-Sent Events (`/__admin/requests/stream`),
 * newest on top, narrowed by service, status, operation and account; choosing one shows its
 * request, response, validation issues with their paths and the fault that fired.
 */
import type { JournalEntry } from './api.ts'
import { byId, formatTime, h, pretty } from './dom.ts'

/** Entries kept in the page; the server's journal keeps its own (1000 by default). */
const KEPT = 500

export interface JournalFilters {
  service: string
  status: string
  operation: string
  account: string
}

export class LiveJournal {
  readonly entries: JournalEntry[] = []
  selected: JournalEntry | undefined
  readonly #listeners = new Set<(entry: JournalEntry | undefined) => void>()
  #source: EventSource | undefined

  /**
   * Starts following the journal; resolves once the stream is open, so the journal read next
   * (`seed`) misses nothing recorded in between.
   */
  follow(): Promise<void> {
    // EventSource reconnects by itself, sending Last-Event-ID; the server replays what was missed.
    this.#source = new EventSource('/__admin/requests/stream')
    const opened = new Promise<void>((resolve) =>
      this.#source?.addEventListener('open', () => resolve(), { once: true }),
    )
    this.#source.addEventListener('request', (event) => {
      const entry = JSON.parse((event as MessageEvent<string>).data) as JournalEntry
      // A replay after reconnecting may repeat what the seed already holds.
      if (this.entries.some((known) => known.id === entry.id)) return
      this.entries.unshift(entry)
      if (this.entries.length > KEPT) this.entries.length = KEPT
      this.#notify(entry)
    })
    this.#source.addEventListener('reset', () => {
      this.entries.length = 0
      this.selected = undefined
      this.#notify(undefined)
    })
    return opened
  }

  /** Adds what the journal held before the stream opened, without repeating what it sent since. */
  seed(entries: JournalEntry[]): void {
    const known = new Set(this.entries.map((entry) => entry.id))
    this.entries.push(...entries.filter((entry) => !known.has(entry.id)))
    this.entries.sort((a, b) => b.id - a.id)
    if (this.entries.length > KEPT) this.entries.length = KEPT
  }

  /** Called with each new entry (undefined after a reset). */
  onChange(listener: (entry: JournalEntry | undefined) => void): void {
    this.#listeners.add(listener)
  }

  #notify(entry: JournalEntry | undefined): void {
    for (const listener of this.#listeners) listener(entry)
  }
}

export function readFilters(): JournalFilters {
  const value = (id: string) => (byId(id) as HTMLInputElement | HTMLSelectElement).value.trim()
  return {
    service: value('filter-service'),
    status: value('filter-status'),
    operation: value('filter-operation'),
    account: value('filter-account'),
  }
}

function matches(entry: JournalEntry, filters: JournalFilters): boolean {
  if (filters.service && entry.service !== filters.service) return false
  if (filters.status) {
    // "4" or "4xx" is a class of statuses; "429" one status.
    const wanted = filters.status.replace(/x+$/i, '')
    if (!String(entry.status).startsWith(wanted)) return false
  }
  if (
    filters.operation &&
    !(entry.operationId ?? '').toLowerCase().includes(filters.operation.toLowerCase())
  )
    return false
  if (filters.account && entry.accountId !== filters.account) return false
  return true
}

const statusClass = (status: number) => (status === 0 ? 's0' : `s${Math.floor(status / 100)}`)

export function journalRowsView(
  journal: LiveJournal,
  filters: JournalFilters,
  select: (entry: JournalEntry) => void,
) {
  const shown = journal.entries.filter((entry) => matches(entry, filters)).slice(0, 200)
  if (shown.length === 0)
    return h(
      'p',
      { class: 'empty' },
      journal.entries.length === 0
        ? 'No requests yet. Call a service and it shows up here at once.'
        : 'No request matches the filters.',
    )
  return h(
    'table',
    { class: 'journal' },
    h('caption', { class: 'offscreen' }, 'Requests, newest first'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Time', 'Service', 'Request', 'Status', 'Operation', 'ms'].map((title) =>
          h('th', { scope: 'col' }, title),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      shown.map((entry) =>
        h(
          'tr',
          {
            'data-id': entry.id,
            class: journal.selected?.id === entry.id ? 'selected' : undefined,
          },
          h('td', { class: 'nowrap' }, formatTime(entry.time)),
          h('td', {}, entry.service),
          h(
            'td',
            { class: 'path' },
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'data-key': `entry-${entry.id}`,
                'aria-label': `Details of ${entry.method} ${entry.path}, ${entry.status}`,
                onclick: () => select(entry),
              },
              h('span', { class: 'method' }, entry.method),
              ' ',
              decodeURIComponentSafe(entry.path),
            ),
          ),
          h('td', {}, h('span', { class: `status ${statusClass(entry.status)}` }, entry.status)),
          h('td', { class: 'muted' }, entry.operationId ?? '—'),
          h('td', { class: 'num' }, entry.durationMs.toFixed(1)),
        ),
      ),
    ),
  )
}

export function journalDetailView(entry: JournalEntry | undefined) {
  if (!entry)
    return h('p', { class: 'empty' }, 'Choose a request to see what was sent and answered.')
  return [
    h(
      'h3',
      { id: 'detail-title', tabindex: -1 },
      `${entry.method} ${decodeURIComponentSafe(entry.path)} → `,
      h('span', { class: `status ${statusClass(entry.status)}` }, entry.status),
    ),
    h(
      'dl',
      { class: 'facts' },
      fact('Service', entry.service),
      fact('Operation', entry.operationId ?? 'none matched'),
      fact('Account', entry.accountId ?? 'not authenticated'),
      fact('Time', new Date(entry.time).toISOString()),
      fact('Duration', `${entry.durationMs.toFixed(2)} ms`),
    ),
    entry.fault
      ? h(
          'div',
          { class: 'callout fault' },
          h('h4', {}, 'Fault that fired'),
          h(
            'p',
            {},
            `Rule #${entry.fault.ruleId}: `,
            [
              entry.fault.networkError ? 'dropped the connection' : undefined,
              entry.fault.status !== undefined ? `answered ${entry.fault.status}` : undefined,
              entry.fault.delayMs ? `delayed ${entry.fault.delayMs} ms` : undefined,
            ]
              .filter(Boolean)
              .join(', '),
          ),
        )
      : null,
    entry.issues && entry.issues.length > 0
      ? h(
          'div',
          { class: 'callout issues' },
          h('h4', {}, 'Validation errors'),
          h(
            'ul',
            {},
            entry.issues.map((issue) =>
              h(
                'li',
                {},
                h('code', {}, `${issue.location}: ${issue.path || '(whole)'}`),
                ' ',
                issue.reason,
              ),
            ),
          ),
        )
      : null,
    entry.warnings && entry.warnings.length > 0
      ? h(
          'div',
          { class: 'callout' },
          h('h4', {}, 'Warnings'),
          h(
            'ul',
            {},
            entry.warnings.map((w) => h('li', {}, w)),
          ),
        )
      : null,
    h('h4', {}, 'Request'),
    h('pre', { class: 'headers' }, headersText(entry.request.headers)),
    h('pre', {}, pretty(entry.request.body)),
    h('h4', {}, 'Response'),
    h('pre', { class: 'headers' }, headersText(entry.response.headers)),
    h('pre', {}, pretty(entry.response.body)),
  ]
}

function fact(term: string, value: string) {
  return [h('dt', {}, term), h('dd', {}, value)]
}

function headersText(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  return lines.length === 0 ? '(no headers)' : lines.join('\n')
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
