/**
 * Reads a pact file far enough to plan a verification: who the consumer and provider are, and
 * each HTTP interaction's description, provider states and request. Anything else (no file, not
 * JSON, no interactions) is a ContractsInputError naming the file.
 */
import { readFile } from 'node:fs/promises'
import { ContractsInputError } from '../contracts-input-error.ts'

export interface PactRequest {
  method: string
  path: string
  headers?: Record<string, string | string[]>
  body?: { content?: unknown; contentType?: string } | unknown
}

export interface PactInteraction {
  description: string
  /** State names, from V3/V4 `providerStates` or V2 `providerState`. */
  states: string[]
  request: PactRequest
}

export interface PactFile {
  file: string
  consumer: string
  provider: string
  interactions: PactInteraction[]
}

const HTTP = 'Synchronous/HTTP'

export async function readPact(file: string): Promise<PactFile> {
  const fail = (reason: string): never => {
    throw new ContractsInputError(`cannot read pact "${file}": ${reason}`)
  }
  let text = ''
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    fail((error as NodeJS.ErrnoException).code ?? (error as Error).message)
  }
  let pact: Record<string, unknown> = {}
  try {
    pact = JSON.parse(text)
  } catch (error) {
    fail(`not JSON (${(error as Error).message.replace(/\s+/g, ' ')})`)
  }
  const nameOf = (party: string) => {
    const name = (pact[party] as { name?: unknown } | undefined)?.name
    return typeof name === 'string' && name ? name : fail(`"${party}.name" is missing`)
  }
  const consumer = nameOf('consumer')
  const provider = nameOf('provider')
  if (!Array.isArray(pact.interactions) || pact.interactions.length === 0)
    fail('it has no "interactions"')
  const interactions = (pact.interactions as Array<Record<string, unknown>>).map((raw, index) => {
    if (raw.type !== undefined && raw.type !== HTTP)
      fail(
        `interactions[${index}] is ${JSON.stringify(raw.type)}; only HTTP interactions can be verified`,
      )
    const request = raw.request as PactRequest | undefined
    if (typeof raw.description !== 'string' || !request?.method || request.path === undefined)
      fail(`interactions[${index}] needs "description" and a "request" with "method" and "path"`)
    return {
      description: raw.description as string,
      states: statesOf(raw),
      request: request as PactRequest,
    }
  })
  return { file, consumer, provider, interactions }
}

function statesOf(interaction: Record<string, unknown>): string[] {
  if (Array.isArray(interaction.providerStates))
    return interaction.providerStates
      .map((state: { name?: unknown }) => state?.name)
      .filter((name): name is string => typeof name === 'string')
  return typeof interaction.providerState === 'string' ? [interaction.providerState] : []
}
