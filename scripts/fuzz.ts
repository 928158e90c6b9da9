/**
 * `npm run fuzz -- [--count 100000] [--seed 1] [--connections 8] [--url http://127.0.0.1:4010]`:
 * the spec-driven fuzz suite against `martech-sandbox serve`, started here as a child process
 * (or an already running sandbox with --url). Exits 1 on any finding: the server exiting (a
 * crash), a 5xx, an answer slower than 5 s, a dropped connection, a status the operation does not
 * document, or an error body not in the documented shape.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatFuzzReport, runFuzz } from '../test/fuzz/run-fuzz.ts'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    connections: { type: 'string', default: '8' },
    url: { type: 'string' },
  },
})
const numberFlag = (name: string, text: string | undefined) => {
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`npm run fuzz: --${name} must be a whole number, got "${text}"`)
    process.exit(2)
  }
  return value
}
const count = numberFlag('count', values.count)
const seed = numberFlag('seed', values.seed)
const connections = Math.max(1, numberFlag('connections', values.connections))

let child: ChildProcess | undefined
let crashed: string | undefined
let origin = values.url
if (!origin) {
  const bin = fileURLToPath(new URL('../mocks/cli/bin.ts', import.meta.url))
  const server = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  child = server
  origin = await new Promise<string>((resolve, reject) => {
    let banner = ''
    server.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk.toString()
      const url = /http:\/\/[\d.]+:\d+/.exec(banner)?.[0]
      if (url) resolve(url)
    })
    server.once('exit', (code) =>
      reject(new Error(`serve exited with code ${code} before listening`)),
    )
  })
  server.stdout?.resume()
  server.once('exit', (code, signal) => {
    crashed = `the server exited (code ${code}, signal ${signal}) during the run`
  })
}

const started = performance.now()
let lastPrint = 0
const report = await runFuzz({
  origin,
  seed,
  count,
  connections,
  onProgress(done, total) {
    if (crashed) throw new Error(crashed)
    if (process.stderr.isTTY && performance.now() - lastPrint > 1000) {
      lastPrint = performance.now()
      const rate = done / ((performance.now() - started) / 1000)
      process.stderr.write(`\r  ${done} / ${total} (${Math.round(rate)} req/s)   `)
    }
  },
}).catch((error: Error) => {
  console.error(`\nnpm run fuzz: ${crashed ?? error.message}`)
  process.exit(1)
})
if (process.stderr.isTTY) process.stderr.write('\n')
process.stdout.write(formatFuzzReport(report))
const crashes = crashed !== undefined || (child !== undefined && child.exitCode !== null) ? 1 : 0
console.log(`  crashes:   ${crashes}`)
child?.kill('SIGTERM')
const total = Object.values(report.counts).reduce((sum, n) => sum + n, 0) + crashes
process.exitCode = total === 0 ? 0 : 1
