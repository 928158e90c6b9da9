/**
 * The Pact Verifier's own process. Pact's native verifier prints its report straight to file
 * descriptor 1, which no Node code can capture; run here, that text stays in a pipe the parent
 * owns, and the parent gets the structured results (Pact's JSON) over IPC instead.
 *
 * Protocol: the parent sends one `VerifierJob[]`; the child answers one `VerifierOutcome[]`, in
 * the same order, and exits.
 */
import '../no-tracking.ts'
import { Verifier } from '@pact-foundation/pact'
import type { PactResults } from './pact-results.ts'
import { type ProxiedRequest, type RequestRewrite, rewriteRequest } from './rewrite-request.ts'

export interface VerifierJob {
  pactFile: string
  /** Where the provider answers (`http://127.0.0.1:4010/connectif`, a CRM's origin). */
  providerBaseUrl: string
  /** The provider-state URL the Verifier POSTs `{state, params, action}` to; none for a CRM. */
  stateChangeUrl?: string
  rewrite: RequestRewrite
  /** Per request. */
  timeoutMs: number
}

export type VerifierOutcome =
  | { pactFile: string; results: PactResults }
  | { pactFile: string; error: string }

const STATE_SETUP_PATH = '/_pactSetup'

async function runJob(job: VerifierJob): Promise<VerifierOutcome> {
  const verifier = new Verifier({
    providerBaseUrl: job.providerBaseUrl,
    pactUrls: [job.pactFile],
    // The sandbox serves the state route itself; Pact's proxy would only forward it.
    ...(job.stateChangeUrl ? { providerStatesSetupUrl: job.stateChangeUrl } : {}),
    changeOrigin: true,
    timeout: job.timeoutMs,
    logLevel: 'error',
    requestFilter: (
      request: ProxiedRequest & { path: string },
      _response: unknown,
      next: () => void,
    ) => {
      if (request.path !== STATE_SETUP_PATH) rewriteRequest(request, job.rewrite)
      next()
    },
  })
  try {
    return { pactFile: job.pactFile, results: JSON.parse(await verifier.verifyProvider()) }
  } catch (error) {
    // A failed verification rejects with the same JSON as its message.
    const message = (error as Error).message
    try {
      return { pactFile: job.pactFile, results: JSON.parse(message) }
    } catch {
      return { pactFile: job.pactFile, error: message }
    }
  }
}

process.once('message', async (jobs: VerifierJob[]) => {
  const outcomes: VerifierOutcome[] = []
  for (const job of jobs) outcomes.push(await runJob(job))
  process.send?.(outcomes, () => process.exit(0))
})
