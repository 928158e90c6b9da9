/**
 * What a big import and export do to everyone else: a 500,000-row contacts import is uploaded
 * over HTTP, then the sandbox clock jumps an hour so every row is due at once, while a separate
 * process keeps GETting a contact of another account; then the 500k contacts are exported and the
 * ZIP downloaded. Measured over each window (the apply, from the jump to the job's `finished`; the
 * export's creation; its download): the server's longest event-loop stall
 * (monitorEventLoopDelay) and the p99 of the GETs in flight during it. Target: both ≤ 50 ms. (Requests of the importing account
 * itself wait until the rows due by their arrival are applied: that is the apply time.)
 *
 * The longest stalls left are the garbage collector's: Node 24 lets the young generation grow to
 * 64 MB, and copying that many surviving records takes 70–140 ms here; with
 * `--max-semi-space-size=16` each scavenge copies a quarter of it. measureImportLatencyWith runs
 * the measurement in a child process with the flags given, so both can be printed.
 */
import { execFile, spawn } from 'node:child_process'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { loadFixtures, startServer } from '../mocks/server/index.ts'

/** What a window of work did to everyone else: the server's stall and the neighbour's GETs. */
export interface WindowLatency {
  /** Real time the work took, ms. */
  ms: number
  /** Longest event-loop stall of the server during the window, ms. */
  maxEventLoopDelayMs: number
  gets: number
  getP50Ms: number
  getP99Ms: number
  getMaxMs: number
  /** Statuses of the GETs in the window. */
  getStatuses: Record<string, number>
}

export interface ImportLatencyResult {
  rows: number
  uploadMs: number
  status: string
  /** From the clock jump to the job's `finished`. */
  apply: WindowLatency
  /** POST /exports/ of every imported contact (the rows are written when the export is created). */
  exportCreate: WindowLatency
  /** Downloading that export's ZIP (the CSV is encoded when it is downloaded). */
  exportDownload: WindowLatency
}

const KEY = '5cf8c05f5b4cb901091f7d98:bench-secret'
const NEIGHBOUR_KEY = '5cf8c05f5b4cb901091f7d99:neighbour-secret'
const probe = fileURLToPath(new URL('./latency-probe.ts', import.meta.url))

export async function measureImportLatency(rows = 500_000): Promise<ImportLatencyResult> {
  const server = await startServer({ port: 0 })
  loadFixtures(
    server.sandbox,
    {
      accounts: [
        {
          name: 'bench',
          keys: { connectif: KEY },
          rateLimits: { connectif: 1e9 },
        },
        {
          name: 'neighbour',
          keys: { connectif: NEIGHBOUR_KEY },
          rateLimits: { connectif: 1e9 },
          connectif: { contacts: [{ _email: 'ana@example.com', _name: 'Ana' }] },
        },
      ],
    },
    'bench fixtures',
  )
  const headers = { authorization: `apiKey ${KEY}` }
  const base = `${server.url}/connectif`
  const neighbourGet = {
    url: `${base}/contacts/email/ana%40example.com`,
    headers: { authorization: `apiKey ${NEIGHBOUR_KEY}` },
  }
  // Frozen, so no row is due before the jump: then all of them are, at once.
  server.sandbox.clock.freeze()
  try {
    const lines = ['_email,_name,_surname,_points']
    for (let i = 0; i < rows; i++)
      lines.push(`user${i}@example.com,Name${i},Surname${i % 977},${i % 100}`)
    const form = new FormData()
    form.set('type', 'contacts')
    form.set('delimiter', ',')
    form.set('overrideExisting', 'true')
    form.set('updateOnlyEmptyFields', 'false')
    form.set('file', new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }), 'contacts.csv')
    const started = performance.now()
    const created = await fetch(`${base}/imports/`, { method: 'POST', headers, body: form })
    const uploadMs = performance.now() - started
    if (created.status !== 201)
      throw new Error(
        `import-latency: POST /imports/ answered ${created.status} ${await created.text()}`,
      )
    const { id } = (await created.json()) as { id: string }

    let status = ''
    const apply = await whileProbing(neighbourGet, async () => {
      server.sandbox.clock.advance('1h')
      const started = performance.now()
      while (performance.now() - started < 300_000) {
        const polled = await fetch(`${base}/imports/${id}`, { headers })
        status = ((await polled.json()) as { status: string }).status
        if (status === 'finished' || status === 'error') break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })

    let exportId = ''
    const exportCreate = await whileProbing(neighbourGet, async () => {
      const response = await fetch(`${base}/exports/`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ exportType: 'contacts' }),
      })
      if (response.status !== 201)
        throw new Error(`import-latency: POST /exports/ answered ${response.status}`)
      exportId = ((await response.json()) as { id: string }).id
    })
    server.sandbox.clock.advance('1m')
    const view = await fetch(`${base}/exports/${exportId}`, { headers })
    const { fileUrl } = (await view.json()) as { fileUrl?: string }
    if (!fileUrl) throw new Error('import-latency: the export did not finish after a minute')
    // Downloaded by another process, started before the window (spawning from a process this
    // size takes ~0.4 s of its own here): receiving ~50 MB would stall this event loop, not the server's.
    const downloader = spawn(
      process.execPath,
      [
        '-e',
        `process.stdin.once('data', () => fetch(process.argv[1]).then(async (r) => console.log(r.status, (await r.arrayBuffer()).byteLength)))`,
        fileUrl,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    )
    let downloaded = ''
    downloader.stdout.on('data', (chunk: Buffer) => {
      downloaded += chunk.toString()
    })
    const downloadDone = new Promise<void>((resolve) => downloader.once('exit', () => resolve()))
    const exportDownload = await whileProbing(neighbourGet, async () => {
      downloader.stdin.end('go\n')
      await downloadDone
      const [status, bytes] = downloaded.trim().split(' ').map(Number)
      if (status !== 200 || (bytes ?? 0) < rows * 20)
        throw new Error(`import-latency: the export's ZIP answered ${status}, ${bytes} bytes`)
    })
    return { rows, uploadMs, status, apply, exportCreate, exportDownload }
  } finally {
    await server.close()
  }
}

/**
 * Runs `work` while a separate process keeps GETting `target` (4 connections), and measures the
 * window: the server's longest event-loop stall and every GET in flight at some point of it.
 */
async function whileProbing(
  target: { url: string; headers: Record<string, string> },
  work: () => Promise<void>,
): Promise<WindowLatency> {
  const child = spawn(process.execPath, [probe, JSON.stringify({ ...target, connections: 4 })], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise((resolve) => setTimeout(resolve, 1000))

  const delay = monitorEventLoopDelay({ resolution: 1 })
  delay.enable()
  // The histogram records from its second tick on: let it tick before the work.
  await new Promise((resolve) => setTimeout(resolve, 20))
  const windowStart = performance.timeOrigin + performance.now()
  const started = performance.now()
  try {
    await work()
  } finally {
    delay.disable()
    child.stdin.end('stop\n')
    await exited
  }
  const ms = performance.now() - started
  const windowEnd = performance.timeOrigin + performance.now()
  const samples = (JSON.parse(output) as Array<[number, number, number]>).filter(
    ([at, latency]) => at <= windowEnd && at + latency >= windowStart,
  )
  const latencies = samples.map(([, latency]) => latency).sort((a, b) => a - b)
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  const getStatuses: Record<string, number> = {}
  for (const [, , code] of samples) getStatuses[code] = (getStatuses[code] ?? 0) + 1
  return {
    ms,
    maxEventLoopDelayMs: delay.max / 1e6,
    gets: samples.length,
    getP50Ms: at(0.5),
    getP99Ms: at(0.99),
    getMaxMs: latencies.at(-1) ?? 0,
    getStatuses,
  }
}

/** measureImportLatency in a child process started with `nodeFlags` (e.g. `--max-semi-space-size=16`). */
export async function measureImportLatencyWith(
  nodeFlags: string[],
  rows = 500_000,
): Promise<ImportLatencyResult> {
  const runner = fileURLToPath(new URL('./import-latency-run.ts', import.meta.url))
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...nodeFlags, runner, String(rows)],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as ImportLatencyResult
}
