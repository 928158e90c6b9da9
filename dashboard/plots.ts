/**
 * Plots drawn as inline SVG, no library: requests a 10-second bucket over the last 5 minutes
 * (stacked by status class), the status mix of that window, and import throughput (rows applied
 * per second of sandbox time, from the summary's job progress). Each has a text equivalent.
 */
import type { JournalEntry, Summary } from './api.ts'
import { h, svg } from './dom.ts'

const BUCKET_MS = 10_000
const WINDOW_MS = 5 * 60_000
const CLASSES = ['2xx', '3xx', '4xx', '5xx', 'none'] as const
type StatusClass = (typeof CLASSES)[number]

const classOf = (status: number): StatusClass =>
  status >= 200 && status < 600 ? (`${Math.floor(status / 100)}xx` as StatusClass) : 'none'

/** Requests by when the page saw them (browser time: the sandbox clock may be frozen or moved). */
export class Activity {
  readonly #seen: Array<{ at: number; status: StatusClass }> = []
  readonly #imports: Array<{ at: number; rowsPerSecond: number }> = []
  #lastImport: { sandboxAt: number; done: number } | undefined

  record(entry: JournalEntry, at = Date.now()): void {
    this.#seen.push({ at, status: classOf(entry.status) })
    this.#trim(at)
  }

  /** Notes how far imports got; throughput is the rows applied per second of sandbox time since the last note. */
  recordImports(summary: Summary, at = Date.now()): void {
    const sandboxAt = Date.parse(summary.clock.now)
    const done = summary.connectif.imports.items.reduce((sum, job) => sum + job.done, 0)
    const last = this.#lastImport
    this.#lastImport = { sandboxAt, done }
    if (!last || sandboxAt <= last.sandboxAt) return
    const rows = Math.max(0, done - last.done)
    this.#imports.push({ at, rowsPerSecond: (rows * 1000) / (sandboxAt - last.sandboxAt) })
    this.#trim(at)
  }

  reset(): void {
    this.#seen.length = 0
    this.#imports.length = 0
    this.#lastImport = undefined
  }

  #trim(now: number): void {
    while ((this.#seen[0]?.at ?? now) < now - WINDOW_MS) this.#seen.shift()
    while ((this.#imports[0]?.at ?? now) < now - WINDOW_MS) this.#imports.shift()
  }

  /** Counts per bucket and class over the window, oldest bucket first. */
  buckets(now = Date.now()): Array<Record<StatusClass, number>> {
    const count = WINDOW_MS / BUCKET_MS
    const start = now - WINDOW_MS
    const out = Array.from({ length: count }, () => ({
      '2xx': 0,
      '3xx': 0,
      '4xx': 0,
      '5xx': 0,
      none: 0,
    }))
    for (const { at, status } of this.#seen) {
      const index = Math.floor((at - start) / BUCKET_MS)
      const bucket = out[Math.min(count - 1, Math.max(0, index))]
      if (bucket) bucket[status]++
    }
    return out
  }

  importSeries(): Array<{ at: number; rowsPerSecond: number }> {
    return [...this.#imports]
  }
}

const W = 360
const H = 120

export function rateView(activity: Activity) {
  const buckets = activity.buckets()
  const totals = buckets.map((bucket) => CLASSES.reduce((sum, c) => sum + bucket[c], 0))
  const peak = Math.max(1, ...totals)
  const width = W / buckets.length
  const bars = buckets.flatMap((bucket, index) => {
    let y = H
    return CLASSES.filter((c) => bucket[c] > 0).map((c) => {
      const height = (bucket[c] / peak) * (H - 14)
      y -= height
      return svg('rect', {
        x: (index * width + 0.5).toFixed(1),
        y: y.toFixed(1),
        width: (width - 1).toFixed(1),
        height: height.toFixed(1),
        class: `c${c}`,
      })
    })
  })
  const total = totals.reduce((a, b) => a + b, 0)
  const last = totals.at(-1) ?? 0
  return [
    h('figcaption', {}, 'Requests per 10 s, last 5 minutes'),
    svg(
      'svg',
      {
        viewBox: `0 0 ${W} ${H}`,
        role: 'img',
        'aria-label': `${total} requests in the last 5 minutes, ${last} in the last 10 seconds`,
      },
      svg('text', { x: 2, y: 10, class: 'axis' }, `peak ${peak}`),
      ...bars,
    ),
    legend(),
  ]
}

export function mixView(activity: Activity) {
  const buckets = activity.buckets()
  const counts = Object.fromEntries(
    CLASSES.map((c) => [c, buckets.reduce((sum, bucket) => sum + bucket[c], 0)]),
  ) as Record<StatusClass, number>
  const total = CLASSES.reduce((sum, c) => sum + counts[c], 0)
  let x = 0
  const parts = CLASSES.filter((c) => counts[c] > 0).map((c) => {
    const width = (counts[c] / total) * W
    const rect = svg('rect', {
      x: x.toFixed(1),
      y: 0,
      width: width.toFixed(1),
      height: 28,
      class: `c${c}`,
    })
    x += width
    return rect
  })
  return [
    h('figcaption', {}, 'Status mix, last 5 minutes'),
    svg('svg', { viewBox: `0 0 ${W} 28`, role: 'img', 'aria-label': 'Status mix' }, ...parts),
    h(
      'ul',
      { class: 'mix' },
      total === 0
        ? h('li', { class: 'muted' }, 'No requests yet.')
        : CLASSES.filter((c) => counts[c] > 0).map((c) =>
            h(
              'li',
              {},
              h('span', { class: `swatch c${c}` }),
              `${c}: ${counts[c]} (${Math.round((counts[c] / total) * 100)}%)`,
            ),
          ),
    ),
  ]
}

export function importsView(activity: Activity) {
  const series = activity.importSeries()
  const peak = Math.max(1, ...series.map((point) => point.rowsPerSecond))
  const now = Date.now()
  const points = series.map((point) => {
    const x = W - ((now - point.at) / WINDOW_MS) * W
    const y = H - (point.rowsPerSecond / peak) * (H - 14)
    return `${x.toFixed(1)},${y.toFixed(1)}`
  })
  const latest = series.at(-1)?.rowsPerSecond ?? 0
  return [
    h('figcaption', {}, 'Import throughput, rows per sandbox second'),
    svg(
      'svg',
      {
        viewBox: `0 0 ${W} ${H}`,
        role: 'img',
        'aria-label': `Latest import throughput ${Math.round(latest)} rows a second`,
      },
      svg(
        'text',
        { x: 2, y: 10, class: 'axis' },
        `peak ${Math.round(peak).toLocaleString()} rows/s`,
      ),
      points.length > 0 ? svg('polyline', { points: points.join(' '), class: 'line' }) : null,
    ),
    h(
      'p',
      { class: 'muted' },
      series.length === 0
        ? 'No import has run yet.'
        : `Latest: ${Math.round(latest).toLocaleString()} rows/s`,
    ),
  ]
}

function legend() {
  return h(
    'ul',
    { class: 'legend' },
    CLASSES.slice(0, 4).map((c) => h('li', {}, h('span', { class: `swatch c${c}` }), c)),
  )
}
