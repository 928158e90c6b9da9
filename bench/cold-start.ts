/**
 * Cold start of the published CLI: from spawning `martech-sandbox serve` (the built bundle in
 * `dist/`, as `npx` runs it) to the first `201 {"state":"ok"}` for the Hellotext seed's track
 * call. The floor is `node -e ""` started and exited in the same run, so the ratio says how much
 * the sandbox adds to Node's own start-up on this machine.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, cliBundle } from '../scripts/build.ts'
import { FIXTURES, KEYS, median } from './http-throughput.ts'
import { spawnServe } from './spawn-serve.ts'

export interface ColdStartResult {
  rounds: number
  /** Median ms from spawn to exit of `node -e ""`. */
  nodeMs: number
  /** Median ms from spawn to the banner (listening). */
  listeningMs: number
  /** Median ms from spawn to the first 201 of the track call. */
  firstAnswerMs: number
}

function timeNodeStart(): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    child.once('error', reject)
    child.once('exit', () => resolve(performance.now() - started))
  })
}

async function timeServe(fixtures: string): Promise<{ listening: number; firstAnswer: number }> {
  const started = performance.now()
  const serve = await spawnServe(cliBundle, ['--seed', fixtures])
  const listening = performance.now() - started
  try {
    const response = await fetch(`${serve.url}/hellotext/v1/attribution/events`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${KEYS.hellotext}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        action: 'product.purchased',
        product: 'vxqQJ3Yg',
        profile: 'MzYwlE50',
      }),
    })
    const body = await response.text()
    const firstAnswer = performance.now() - started
    if (response.status !== 201 || body !== '{"state":"ok"}')
      throw new Error(`the track call got ${response.status} ${body}`)
    return { listening, firstAnswer }
  } finally {
    await serve.stop()
  }
}

export async function measureColdStart(rounds = 7): Promise<ColdStartResult> {
  await build()
  const dir = await mkdtemp(join(tmpdir(), 'cold-start-'))
  const fixtures = join(dir, 'fixtures.json')
  await writeFile(fixtures, JSON.stringify(FIXTURES))
  // One unmeasured run of each warms the file system cache, as any second start would find it.
  await timeNodeStart()
  await timeServe(fixtures)
  const node: number[] = []
  const listening: number[] = []
  const firstAnswer: number[] = []
  for (let i = 0; i < rounds; i++) {
    node.push(await timeNodeStart())
    const serve = await timeServe(fixtures)
    listening.push(serve.listening)
    firstAnswer.push(serve.firstAnswer)
  }
  return {
    rounds,
    nodeMs: median(node),
    listeningMs: median(listening),
    firstAnswerMs: median(firstAnswer),
  }
}
