/**
 * The dashboard at `/`: reads the admin API on its own origin, follows the journal live, and
 * redraws each region only when its data changed. Refreshes once a second (time-driven state:
 * gauges, job progress, delivery states) and shortly after each journaled request.
 */
import { admin, dataOf, type JournalEntry, type Schemas, type Summary } from './api.ts'
import { connectifView } from './connectif-view.ts'
import { clockView, faultsView, wireControls } from './controls.ts'
import { byId, h, invalidate, renderInto } from './dom.ts'
import { announce } from './feedback.ts'
import { hellotextView } from './hellotext-view.ts'
import { jivochatView } from './jivochat-view.ts'
import { journalDetailView, journalRowsView, LiveJournal, readFilters } from './journal.ts'
import { accountsView, servicesView } from './overview.ts'
import { Activity, importsView, mixView, rateView } from './plots.ts'
import { reskytView } from './reskyt-view.ts'

const journal = new LiveJournal()
const activity = new Activity()
let summary: Summary | undefined

interface Snapshot {
  summary: Summary
  faults: Schemas['StoredFaultRule'][]
  pushes: Schemas['OutboxEntry'][]
  deliveries: Schemas['JivoDelivery'][]
  crm: Record<'leads' | 'contacts' | 'tasks', Array<Record<string, unknown>>>
  events: Schemas['TrackedEvent'][]
}

async function load(): Promise<Snapshot> {
  const crm = (collection: 'leads' | 'contacts' | 'tasks') =>
    dataOf(admin.GET('/jivochat/crm/{collection}', { params: { path: { collection } } })).then(
      (data) => (data[collection] ?? []) as Array<Record<string, unknown>>,
    )
  const [next, faults, outbox, jivo, leads, contacts, tasks] = await Promise.all([
    dataOf(admin.GET('/summary', { params: { query: { limit: 20 } } })),
    dataOf(admin.GET('/faults')),
    dataOf(admin.GET('/reskyt/outbox')),
    dataOf(admin.GET('/jivochat/deliveries')),
    crm('leads'),
    crm('contacts'),
    crm('tasks'),
  ])
  const events = await Promise.all(
    next.accounts.map((account) =>
      dataOf(admin.GET('/hellotext/events', { params: { query: { accountId: account.id } } })),
    ),
  )
  return {
    summary: next,
    faults: faults.faults,
    pushes: outbox.pushes,
    deliveries: jivo.deliveries,
    crm: { leads, contacts, tasks },
    events: events.flatMap((list) => list.events),
  }
}

function draw(snapshot: Snapshot): void {
  summary = snapshot.summary
  const now = Date.parse(snapshot.summary.clock.now)
  renderInto(byId('clock'), snapshot.summary.clock, () => clockView(snapshot.summary.clock))
  byId('clock-toggle').textContent = snapshot.summary.clock.frozen ? 'Unfreeze' : 'Freeze'
  renderInto(
    byId('services-body'),
    [snapshot.summary.services, snapshot.summary.accounts[0]?.keys],
    () => servicesView(snapshot.summary, location.origin),
  )
  const redrawAccounts = () => {
    invalidate(byId('accounts-body'))
    if (summary) draw({ ...snapshot, summary })
  }
  renderInto(byId('accounts-body'), [snapshot.summary.accounts, Math.floor(now / 1000)], () =>
    accountsView(snapshot.summary, now, redrawAccounts),
  )
  renderInto(byId('connectif-body'), snapshot.summary.connectif, () =>
    connectifView(snapshot.summary),
  )
  renderInto(byId('hellotext-body'), [snapshot.summary.hellotext, snapshot.events], () =>
    hellotextView(snapshot.summary, snapshot.events),
  )
  renderInto(byId('reskyt-body'), snapshot.pushes, () => reskytView(snapshot.pushes))
  renderInto(byId('jivochat-body'), [snapshot.deliveries, snapshot.crm], () =>
    jivochatView(snapshot.deliveries, snapshot.crm),
  )
  renderInto(byId('faults-body'), snapshot.faults, () => faultsView(snapshot.faults, refresh))
  const accountFilter = byId<HTMLSelectElement>('filter-account')
  const chosen = accountFilter.value
  renderInto(
    accountFilter,
    snapshot.summary.accounts.map((a) => a.id),
    () => [
      h('option', { value: '' }, 'any account'),
      snapshot.summary.accounts.map((a) => h('option', { value: a.id }, `${a.name} (${a.id})`)),
    ],
  )
  // A redrawn list keeps the account the user chose, while it exists.
  accountFilter.value = chosen
  if (accountFilter.value !== chosen) accountFilter.value = ''
  activity.recordImports(snapshot.summary)
}

let loading: Promise<void> | undefined
let again = false

/** Loads and redraws; a call while one is running runs once more after it, never in parallel. */
function refresh(): void {
  if (loading) {
    again = true
    return
  }
  loading = load()
    .then(draw)
    .catch((error: Error) => announce(`Could not read the sandbox: ${error.message}`, 'error'))
    .finally(() => {
      loading = undefined
      if (again) {
        again = false
        refresh()
      }
    })
}

let soon: ReturnType<typeof setTimeout> | undefined
function refreshSoon(): void {
  if (soon !== undefined) return
  soon = setTimeout(() => {
    soon = undefined
    refresh()
  }, 150)
}

let frame = 0
function drawJournal(): void {
  if (frame) return
  frame = requestAnimationFrame(() => {
    frame = 0
    const filters = readFilters()
    renderInto(
      byId('journal-rows'),
      [journal.entries.length && journal.entries[0]?.id, journal.selected?.id, filters],
      () => journalRowsView(journal, filters, select),
    )
    renderInto(byId('journal-count'), journal.entries.length, () => `${journal.entries.length}`)
  })
}

function select(entry: JournalEntry): void {
  journal.selected = entry
  renderInto(byId('journal-detail'), entry.id, () => journalDetailView(entry))
  drawJournal()
  byId('detail-title').focus()
}

function drawPlots(): void {
  renderInto(byId('plot-rate'), activity.buckets(), () => rateView(activity))
  renderInto(byId('plot-mix'), activity.buckets(), () => mixView(activity))
  renderInto(byId('plot-imports'), activity.importSeries(), () => importsView(activity))
}

async function start(): Promise<void> {
  wireControls(refresh, () => summary?.clock.frozen ?? false)
  byId('journal-filters').addEventListener('input', drawJournal)
  byId('journal-filters').addEventListener('submit', (event) => event.preventDefault())
  journal.onChange((entry) => {
    if (entry) activity.record(entry)
    else {
      activity.reset()
      renderInto(byId('journal-detail'), null, () => journalDetailView(undefined))
    }
    drawJournal()
    drawPlots()
    refreshSoon()
  })
  renderInto(byId('journal-detail'), null, () => journalDetailView(undefined))
  await journal.follow()
  journal.seed(
    (await dataOf(admin.GET('/requests', { params: { query: { limit: 200 } } }))).requests,
  )
  drawJournal()
  refresh()
  drawPlots()
  setInterval(() => {
    if (document.visibilityState === 'visible') {
      refresh()
      drawPlots()
    }
  }, 1000)
}

start().catch((error: Error) =>
  announce(`The dashboard could not start: ${error.message}`, 'error'),
)
