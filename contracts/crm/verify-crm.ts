/**
 * `verify-crm`: a JivoChat CRM endpoint verified against Jivo's pact (contracts/pacts/
 * jivochat-crm.json, written by the consumer suite from the simulator's payloads): every webhook
 * is POSTed to the endpoint's URL, path and query included, and each reply must be JSON with
 * `result: "ok"`. The reference CRM (`/jivochat/crm` on the sandbox) passes.
 *
 * @example
 * const report = await verifyCrm({ url: 'http://127.0.0.1:3000/jivo/webhooks?secret=s3cr3t' })
 * for (const event of report.events) console.log(event.event, event.ok, event.problems)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jivoEventNames } from '../../src/clients/jivochat.ts'
import { ContractsInputError } from '../contracts-input-error.ts'
import crmPact from '../pacts/jivochat-crm.json' with { type: 'json' }
import { describeMismatches } from '../verify/pact-results.ts'
import { runVerifier } from '../verify/run-verifier.ts'
import { probeReachable } from './probe-reachable.ts'

export interface VerifyCrmOptions {
  /** The CRM endpoint, as configured in Jivo ("Webhooks endpoint URL"). */
  url: string
  /** Per webhook, ms. @default 3000 (Jivo documents none; its Bot API allows 3 s) */
  timeoutMs?: number
}

export interface CrmEventVerdict {
  event: string
  ok: boolean
  /** Pact's mismatch texts: `$.result: …`, `status: expected 200 but was 500`. */
  problems: string[]
}

export interface CrmVerificationReport {
  ok: boolean
  url: string
  events: CrmEventVerdict[]
}

interface CrmInteraction {
  description: string
  request: { body: { content: { event_name: string } } }
}

const order = (event: string) => jivoEventNames.indexOf(event as (typeof jivoEventNames)[number])

export async function verifyCrm(options: VerifyCrmOptions): Promise<CrmVerificationReport> {
  const timeoutMs = options.timeoutMs ?? 3000
  let url: URL
  try {
    url = new URL(options.url)
  } catch {
    throw new ContractsInputError(`--url must be an http(s) URL, got "${options.url}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ContractsInputError(`--url must be an http(s) URL, got "${options.url}"`)
  const unreachable = await probeReachable(url, timeoutMs)
  if (unreachable) throw new ContractsInputError(`cannot reach ${options.url}: ${unreachable}`)
  const scratch = await mkdtemp(join(tmpdir(), 'martech-sandbox-crm-'))
  try {
    const pactFile = join(scratch, 'jivochat-crm.json')
    await writeFile(pactFile, JSON.stringify(crmPact))
    const [outcome] = await runVerifier([
      {
        pactFile,
        providerBaseUrl: url.origin,
        rewrite: { path: `${url.pathname}${url.search}` },
        timeoutMs,
      },
    ])
    const results = outcome && 'results' in outcome ? outcome.results.interactionResults : []
    const crash = outcome && 'error' in outcome ? outcome.error : undefined
    const events = (crmPact.interactions as CrmInteraction[]).map((interaction) => {
      const event = interaction.request.body.content.event_name
      const result = results.find((candidate) => candidate.description === interaction.description)
      if (crash || !result)
        return { event, ok: false, problems: [crash ?? 'the Verifier reported nothing for it'] }
      const ok = result.result === 'OK'
      return { event, ok, problems: ok ? [] : describeMismatches(result) }
    })
    // In the order the spec lists the events, not the pact file's (sorted by description).
    events.sort((a, b) => order(a.event) - order(b.event))
    return { ok: events.every((event) => event.ok), url: options.url, events }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
