/**
 * The few admin calls `contracts verify` makes on the sandbox it verifies against (its own
 * in-process server, or `--url`): make or find the account to verify with, and list the provider
 * states the sandbox knows. A sandbox that cannot be reached or refuses is a ContractsInputError.
 */
import { ContractsInputError } from '../contracts-input-error.ts'

export interface VerificationAccount {
  id: string
  name: string
  /** Service → the key requests are sent with. */
  keys: Record<string, string>
  madeForRun: boolean
}

async function admin<T>(base: string, path: string, init?: RequestInit): Promise<T> {
  const url = `${base}/__admin${path}`
  let response: Response
  try {
    response = await fetch(url, init)
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    throw new ContractsInputError(
      `cannot reach the sandbox at ${base}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    )
  }
  const body = (await response.json().catch(() => undefined)) as
    | (T & { error?: string })
    | undefined
  if (!response.ok || body === undefined)
    throw new ContractsInputError(
      `the sandbox at ${base} answered ${response.status} to ${init?.method ?? 'GET'} /__admin${path}${body?.error ? `: ${body.error}` : ''}`,
    )
  return body
}

export async function createRunAccount(base: string): Promise<VerificationAccount> {
  const { id, name, keys } = await admin<{
    id: string
    name: string
    keys: Record<string, string>
  }>(base, '/accounts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'contracts-verify' }),
  })
  return { id, name, keys, madeForRun: true }
}

export async function findAccount(base: string, id: string): Promise<VerificationAccount> {
  const { accounts } = await admin<{
    accounts: Array<{ id: string; name: string; keys: Record<string, string[]> }>
  }>(base, '/accounts')
  const account = accounts.find((candidate) => candidate.id === id)
  if (!account)
    throw new ContractsInputError(
      `the sandbox at ${base} has no account ${id} (it has ${accounts.map((a) => a.id).join(', ')})`,
    )
  const keys = Object.fromEntries(
    Object.entries(account.keys).flatMap(([service, values]) =>
      values[0] ? [[service, values[0]]] : [],
    ),
  )
  return { id: account.id, name: account.name, keys, madeForRun: false }
}

/** The provider states the sandbox knows for a service. */
export async function fetchStateNames(base: string, service: string): Promise<string[]> {
  const path = `/pact/provider-states?service=${encodeURIComponent(service)}`
  return (await admin<{ states: string[] }>(base, path)).states
}
