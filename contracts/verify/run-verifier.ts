/**
 * Runs Pact Verifier jobs in a child process (see verifier-child.ts for why) and returns Pact's
 * structured results. The child's own output (the native verifier's report) is kept only to
 * explain a crash.
 */
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageRoot, RUNNING_FROM_SOURCES } from '../package-root.ts'
import type { VerifierJob, VerifierOutcome } from './verifier-child.ts'

/**
 * The child script: beside this module when running from sources (`.ts`); from the built package
 * (`dist/`, where the CLI bundle's chunks sit elsewhere) through the package's own root.
 */
function childScript(): string {
  if (RUNNING_FROM_SOURCES) return fileURLToPath(new URL('./verifier-child.ts', import.meta.url))
  const built = join(packageRoot(), 'dist/contracts/verify/verifier-child.js')
  if (!existsSync(built))
    throw new Error(`[martech-sandbox] Failed to start "Pact Verifier": ${built} is missing.`)
  return built
}

export async function runVerifier(jobs: VerifierJob[]): Promise<VerifierOutcome[]> {
  const child = fork(childScript(), [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // The parent's flags (a test runner's loaders) are not the child's business.
    execArgv: [],
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  return new Promise<VerifierOutcome[]>((resolve, reject) => {
    child.once('message', (outcomes) => resolve(outcomes as VerifierOutcome[]))
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `[martech-sandbox] Failed to run "Pact Verifier": it exited (${signal ?? code}) without results.\n${output.slice(-2000)}`,
        ),
      ),
    )
    child.send(jobs)
  })
}
