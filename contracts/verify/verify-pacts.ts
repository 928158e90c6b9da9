/**
 * `contracts verify`: consumer pacts verified against the sandbox as the provider. Each pact's
 * provider names the service (`connectif`, `Hellotext API`, …); provider states are set through
 * the sandbox's `/__admin/pact/provider-states`; credentials are swapped for the keys of an
 * account made for the run (or the one given). Without `url` the sandbox is an in-process server
 * on 127.0.0.1:0, stopped afterwards.
 *
 * @example
 * const report = await verifyPacts({ pactFiles: ['pacts/shop-connectif.json'] })
 * if (!report.ok) console.log(formatVerification(report))
 */
import { startServer } from '../../mocks/server/start-server.ts'
import { ContractsInputError } from '../contracts-input-error.ts'
import { compileStateName } from '../provider-states/define-provider-state.ts'
import { findCredentials } from './find-credentials.ts'
import { describeMismatches, type PactInteractionResult } from './pact-results.ts'
import { type PactFile, type PactInteraction, readPact } from './read-pact.ts'
import { runVerifier } from './run-verifier.ts'
import {
  createRunAccount,
  fetchStateNames,
  findAccount,
  type VerificationAccount,
} from './sandbox-admin.ts'
import type { VerifierOutcome } from './verifier-child.ts'

export interface VerifyPactsOptions {
  pactFiles: string[]
  /** A running sandbox (`http://127.0.0.1:4010`); default: an in-process one for the run. */
  url?: string
  /** An account of that sandbox to verify with; default: one made for the run. Needs `url`. */
  account?: string
  /** Per request, ms. @default 10000 */
  timeoutMs?: number
}

export interface InteractionVerdict {
  description: string
  states: string[]
  ok: boolean
  /** Pact's mismatch texts, or why the interaction could not run. */
  problems: string[]
}

export interface PactVerification {
  file: string
  consumer: string
  provider: string
  service: string
  /** The credentials found in the pact's requests, which the run replaced. */
  credentialsSwapped: string[]
  interactions: InteractionVerdict[]
  /** States its interactions asked for that the sandbox does not know for the service. */
  unknownStates: string[]
  /** The states the sandbox knows for the service (listed when some are unknown). */
  knownStates: string[]
}

export interface VerificationReport {
  ok: boolean
  url: string
  /** True when the sandbox was started for this run. */
  inProcess: boolean
  account: VerificationAccount
  pacts: PactVerification[]
}

const SERVICES = ['connectif', 'hellotext', 'reskyt', 'jivochat'] as const

/** `connectif`, `Connectif API`, `connectif-rest` → connectif. */
export function serviceOf(pact: PactFile): string {
  const name = pact.provider.toLowerCase()
  const service = SERVICES.find((candidate) => name.includes(candidate))
  if (service) return service
  const hint = name === 'crm' ? ' (a CRM pact is verified with `verify-crm --url <endpoint>`)' : ''
  throw new ContractsInputError(
    `cannot tell which service "${pact.provider}" (provider of ${pact.file}) is: name it ${SERVICES.join(', ')}${hint}`,
  )
}

export async function verifyPacts(options: VerifyPactsOptions): Promise<VerificationReport> {
  if (options.account && !options.url)
    throw new ContractsInputError('--account needs --url: a new sandbox has only its own accounts')
  const pacts = await Promise.all(options.pactFiles.map(readPact))
  const services = pacts.map(serviceOf)
  const server = options.url ? undefined : await startServer({ port: 0, host: '127.0.0.1' })
  const url = (server ? server.url : (options.url as string)).replace(/\/+$/, '')
  try {
    const account = options.account
      ? await findAccount(url, options.account)
      : await createRunAccount(url)
    const known = new Map<string, string[]>()
    for (const service of new Set(services)) known.set(service, await fetchStateNames(url, service))
    const outcomes = await runVerifier(
      pacts.map((pact, index) => ({
        pactFile: pact.file,
        providerBaseUrl: `${url}/${services[index]}`,
        stateChangeUrl: `${url}/__admin/pact/provider-states?${new URLSearchParams({
          account: account.id,
          service: services[index] as string,
        })}`,
        rewrite: {
          credentials: {
            connectif: account.keys.connectif,
            hellotext: account.keys.hellotext,
            reskyt: account.keys.reskyt,
            accountName: account.name,
          },
        },
        timeoutMs: options.timeoutMs ?? 10_000,
      })),
    )
    const verified = pacts.map((pact, index) => {
      const service = services[index] as string
      return pactVerificationOf(pact, service, known.get(service) ?? [], outcomes[index])
    })
    return {
      ok: verified.every((pact) => pact.interactions.every((interaction) => interaction.ok)),
      url,
      inProcess: server !== undefined,
      account,
      pacts: verified,
    }
  } finally {
    await server?.close()
  }
}

function pactVerificationOf(
  pact: PactFile,
  service: string,
  knownStates: string[],
  outcome: VerifierOutcome | undefined,
): PactVerification {
  const patterns = knownStates.map(compileStateName)
  const isUnknown = (state: string) =>
    state !== '' && !patterns.some((pattern) => pattern.test(state))
  const results = outcome && 'results' in outcome ? outcome.results.interactionResults : []
  const crash = outcome && 'error' in outcome ? outcome.error : undefined
  return {
    file: pact.file,
    consumer: pact.consumer,
    provider: pact.provider,
    service,
    credentialsSwapped: findCredentials(pact),
    interactions: pact.interactions.map((interaction) =>
      verdictOf(interaction, results, crash, isUnknown),
    ),
    unknownStates: [...new Set(pact.interactions.flatMap((i) => i.states))].filter(isUnknown),
    knownStates,
  }
}

function verdictOf(
  interaction: PactInteraction,
  results: PactInteractionResult[],
  crash: string | undefined,
  isUnknown: (state: string) => boolean,
): InteractionVerdict {
  const { description, states } = interaction
  const unknown = states.filter(isUnknown)
  if (unknown.length > 0)
    return {
      description,
      states,
      ok: false,
      problems: unknown.map((state) => `unknown provider state "${state}"`),
    }
  if (crash) return { description, states, ok: false, problems: [crash] }
  const result = results.find(
    (candidate) =>
      candidate.description === description &&
      candidate.providerStates.join('\n') === states.join('\n'),
  )
  if (!result)
    return { description, states, ok: false, problems: ['the Verifier reported nothing for it'] }
  const ok = result.result === 'OK'
  return { description, states, ok, problems: ok ? [] : describeMismatches(result) }
}
