/**
 * `npm run bench`: every benchmark, each printed as a ratio against a floor measured in the same
 * run (these machines are noisy, so absolute numbers only mean something beside their floor).
 * `npm run bench -- http` or `-- lookup` / `-- import` / `-- cold-start` / `-- import-latency` /
 * `-- persistence` / `-- soak` runs one; an unknown name exits 2. The soak (1M requests, minutes) runs only when named.
 */

import { measureColdStart } from './cold-start.ts'
import {
  measureThroughput,
  median,
  ROUND_SECONDS,
  SCENARIOS,
  type ThroughputResult,
} from './http-throughput.ts'
import { measureImport } from './import-500k.ts'
import { measureImportLatencyWith, type WindowLatency } from './import-latency.ts'
import { measureLookupScaling } from './lookup-scaling.ts'
import { measurePersistence } from './persistence.ts'
import { measureSoak } from './soak.ts'

const only = process.argv[2]
const BENCHMARKS = [
  'lookup',
  'import',
  'http',
  'cold-start',
  'import-latency',
  'persistence',
  'soak',
]
if (only !== undefined && !BENCHMARKS.includes(only)) {
  console.error(`npm run bench: no benchmark "${only}"; there are ${BENCHMARKS.join(', ')}`)
  process.exit(2)
}
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

function printThroughput(result: ThroughputResult): void {
  console.log(
    `\n${result.name}\n  serve and the floor each in its own process, autocannon in a third, 32 connections; ${result.bare.length} rounds of ${ROUND_SECONDS} s taking turns to go first`,
  )
  for (const [i, bare] of result.bare.entries()) {
    const sandbox = result.sandbox[i]
    if (!sandbox) continue
    console.log(
      `  round ${i + 1}: bare node:http ${fmt(bare.rps)} req/s (p50 ${bare.p50} ms, p99 ${bare.p99} ms) | sandbox ${fmt(sandbox.rps)} req/s (p50 ${sandbox.p50} ms, p99 ${sandbox.p99} ms) | ratio ${fmt(sandbox.rps / bare.rps, 2)}`,
    )
  }
  // The floor keeps one core busy (measured), so its req/s gives its time per request.
  const floorMicros = 1e6 / median(result.bare.map((r) => r.rps))
  console.log(
    `  per request: the floor ${fmt(floorMicros, 1)} µs of its thread; the sandbox's engine alone, no HTTP (core.dispatch in a loop), ${fmt(result.engineMicros, 1)} µs`,
  )
  const ok = result.ratio >= 0.8 && result.p99Ratio <= 1.5
  console.log(
    `  median of the rounds' ratios ${fmt(result.ratio, 2)} (target ≥ 0.80), p99 ${fmt(result.p99Ratio, 2)}× the floor's (target ≤ 1.5×)${ok ? '' : '  BELOW TARGET'}`,
  )
}

if (!only || only === 'lookup') {
  const lookup = await measureLookupScaling()
  console.log('\nContact lookup by email (indexed), mean of 20,000 lookups')
  for (const row of lookup.rows) {
    console.log(
      `  ${fmt(row.records).padStart(9)} contacts: store ${fmt(row.storeNs)} ns, full GET through dispatch ${fmt(row.dispatchNs)} ns`,
    )
  }
  console.log(
    `  500k / 1k: store ${fmt(lookup.storeRatio, 2)}×, dispatch ${fmt(lookup.dispatchRatio, 2)}× (target ≤ 2×)`,
  )
  console.log(
    `  for scale: @msw/data findFirst scans, ${fmt(lookup.mswDataFindFirstMs, 2)} ms a lookup at 50k records`,
  )
}

if (!only || only === 'import') {
  const result = await measureImport(500_000)
  console.log(
    `\nImport of a ${fmt(result.rows)}-row contacts CSV (${fmt(result.fileBytes / 1024 / 1024, 1)} MB) through the public API, in process`,
  )
  console.log(`  POST /imports/ (upload, parse, count): ${fmt(result.createMs)} ms`)
  console.log(
    `  applying rows: ${fmt(result.applyMs)} ms, ${fmt(result.rowsPerSecond)} rows/s; status ${result.status}, success ${fmt(result.success)}, errors ${fmt(result.errors)}`,
  )
  console.log(
    `  peak heap ${fmt(result.peakHeapMb)} MB, peak RSS ${fmt(result.peakRssMb)} MB; ${fmt(result.contacts)} contacts stored`,
  )
}

if (!only || only === 'http') {
  for (const scenario of SCENARIOS) printThroughput(await measureThroughput(scenario))
}

if (!only || only === 'cold-start') {
  const result = await measureColdStart()
  console.log(
    `\nCold start of the built CLI, median of ${result.rounds}: \`martech-sandbox serve\` → first 201 {"state":"ok"} (the seed's track call)`,
  )
  console.log(`  node -e "" (floor): ${fmt(result.nodeMs)} ms`)
  console.log(`  serve listening:    ${fmt(result.listeningMs)} ms`)
  console.log(
    `  first answer:       ${fmt(result.firstAnswerMs)} ms, ${fmt(result.firstAnswerMs / result.nodeMs, 1)}× the floor (target < 500 ms)${result.firstAnswerMs < 500 ? '' : '  ABOVE TARGET'}`,
  )
}

if (!only || only === 'import-latency') {
  const within = (ms: number) => (ms <= 50 ? '' : '  ABOVE TARGET')
  const printWindow = (what: string, window: WindowLatency) => {
    console.log(
      `  ${what}: ${fmt(window.ms)} ms; max event-loop delay ${fmt(window.maxEventLoopDelayMs, 1)} ms (target ≤ 50)${within(window.maxEventLoopDelayMs)}`,
    )
    console.log(
      `    ${fmt(window.gets)} concurrent GETs: p50 ${fmt(window.getP50Ms, 1)} ms, p99 ${fmt(window.getP99Ms, 1)} ms (target < 50)${within(window.getP99Ms)}, max ${fmt(window.getMaxMs, 1)} ms; statuses ${JSON.stringify(window.getStatuses)}`,
    )
  }
  for (const flags of [[], ['--max-semi-space-size=16']]) {
    const result = await measureImportLatencyWith(flags, 500_000)
    console.log(
      `\nA ${fmt(result.rows)}-row import, then an export of those contacts, while another process GETs a contact of another account (node ${flags.join(' ') || 'with default flags'})`,
    )
    console.log(
      `  upload ${fmt(result.uploadMs)} ms (import status after the jump: ${result.status})`,
    )
    printWindow('rows applied after a 1 h clock jump', result.apply)
    printWindow('export created (rows written)', result.exportCreate)
    printWindow('export ZIP downloaded (CSV encoded)', result.exportDownload)
  }
}

if (!only || only === 'persistence') {
  const result = await measurePersistence()
  console.log(
    `\nserve --data (SQLite, WAL) against serve in memory, each its own process, warmed up, then ${result.memory.length} rounds of 2 s taking turns to go first, 32 connections`,
  )
  for (const [i, memory] of result.memory.entries()) {
    const data = result.data[i]
    if (!data) continue
    console.log(
      `  round ${i + 1}: in memory ${fmt(memory.rps)} req/s (p99 ${memory.p99} ms) | --data ${fmt(data.rps)} req/s (p99 ${data.p99} ms) | ratio ${fmt(data.rps / memory.rps, 2)}`,
    )
  }
  console.log(
    `  track call with --data: median of the rounds' ratios ${fmt(result.ratio, 2)} of in memory (target ≥ 0.80), p99 ${fmt(result.p99Ratio, 2)}×${result.ratio >= 0.8 ? '' : '  BELOW TARGET'}`,
  )
  console.log(
    `  start-up with ${fmt(result.contacts)} contacts (${fmt(result.fileMb, 1)} MB file): listening ${fmt(result.dataListeningMs)} ms, first contact read ${fmt(result.dataFirstAnswerMs)} ms (in memory, empty: ${fmt(result.memoryListeningMs)} / ${fmt(result.memoryFirstAnswerMs)} ms), median of ${result.startRounds}`,
  )
}

if (only === 'soak') {
  const result = await measureSoak(1_000_000)
  console.log(
    `\nSoak: ${fmt(result.requests)} mixed requests (Connectif upserts, Hellotext tracks, Reskyt pushes) in ${fmt(result.elapsedMs / 1000, 1)} s, ${fmt(result.rps)} req/s, p99 ${result.p99Ms} ms`,
  )
  console.log(`  statuses ${JSON.stringify(result.statuses)}, errors ${result.errors}`)
  console.log(
    `  server RSS (MB) at ${result.samples.map(([mark, rss]) => `${Math.round(mark * 100)}% ${fmt(rss)}`).join(', ')}`,
  )
  console.log(
    `  RSS growth 25% → 100%: ${fmt(result.growth * 100, 1)}% (target < 10%)${result.growth < 0.1 ? '' : '  ABOVE TARGET'}`,
  )
}
