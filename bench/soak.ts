/**
 * The soak: 1,000,000 mixed requests (Connectif upserts over 1,000 contacts, Hellotext tracks,
 * Reskyt pushes) against `serve` in its own process, from autocannon in another, with the
 * server's RSS sampled every 5% of the run. The figure is RSS growth from the 25% mark (warm:
 * every contact exists, every retention limit is reached) to the end. Target: < 10%.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { FIXTURES, KEYS } from './http-throughput.ts'

export interface SoakResult {
  requests: number
  elapsedMs: number
  rps: number
  p99Ms: number
  statuses: Record<string, number>
  errors: number
  /** [share of the run done (0.05 … 1), RSS in MB, heap used in MB]. */
  samples: Array<[number, number, number]>
  /** RSS growth from the 25% mark to the end, as a fraction (0.04 = 4%). */
  growth: number
}

type Message = { type: string; [key: string]: unknown }

const next = (child: ChildProcess, type: string) =>
  new Promise<Message>((resolve, reject) => {
    const onMessage = (message: Message) => {
      if (message.type !== type) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(message)
    }
    const onExit = (code: number | null) => reject(new Error(`soak: a child exited (code ${code})`))
    child.on('message', onMessage)
    child.once('exit', onExit)
  })

export async function measureSoak(amount = 1_000_000): Promise<SoakResult> {
  const server = fork(fileURLToPath(new URL('./soak-server.ts', import.meta.url)), [
    JSON.stringify(FIXTURES),
  ])
  try {
    const { url } = (await next(server, 'listening')) as Message & { url: string }
    const memory = async () => {
      server.send({ type: 'memory' })
      const { rss, heapUsed } = (await next(server, 'memory')) as Message & {
        rss: number
        heapUsed: number
      }
      return [rss / 1024 / 1024, heapUsed / 1024 / 1024] as const
    }
    const started = performance.now()
    const load = fork(fileURLToPath(new URL('./soak-load.ts', import.meta.url)), [
      JSON.stringify({ url, amount, keys: KEYS }),
    ])
    const samples: SoakResult['samples'] = []
    let nextMark = 0.05
    let sampling = Promise.resolve()
    load.on('message', (message: Message) => {
      if (message.type !== 'progress') return
      const share = (message.done as number) / amount
      while (share >= nextMark - 1e-9 && nextMark <= 1) {
        const mark = Math.round(nextMark * 100) / 100
        nextMark += 0.05
        sampling = sampling.then(async () => {
          const [rss, heap] = await memory()
          samples.push([mark, rss, heap])
        })
      }
    })
    const done = (await next(load, 'done')) as Message & {
      statuses: Record<string, number>
      errors: number
      rps: number
      p99: number
    }
    const elapsedMs = performance.now() - started
    await sampling
    if (!samples.some(([mark]) => mark === 1)) {
      const [rss, heap] = await memory()
      samples.push([1, rss, heap])
    }
    const at = (mark: number) => samples.find(([m]) => Math.abs(m - mark) < 1e-9)?.[1] ?? Number.NaN
    return {
      requests: Object.values(done.statuses).reduce((sum, n) => sum + n, 0),
      elapsedMs,
      rps: done.rps,
      p99Ms: done.p99,
      statuses: done.statuses,
      errors: done.errors,
      samples,
      growth: at(1) / at(0.25) - 1,
    }
  } finally {
    server.send({ type: 'stop' })
  }
}
