/**
 * `contracts check`: every interaction of a pact checked against the provider's OpenAPI
 * document, offline, with @pactflow/swagger-mock-validator (the engine of PactFlow's
 * bi-directional contract testing): the path and method exist, the request and response bodies,
 * headers and query fit their schemas, the status is documented.
 *
 * The document is `openapi/<service>.yaml` for a provider named after a sandbox service (read as
 * the JSON `npm run generate` keeps of it), the derived CRM document (crm-document.ts) for
 * provider `crm`, or `spec` for any pact.
 *
 * @note The validator matches a path's raw text against the spec's parameter schemas, so the
 * percent-encoded `/contacts/email/ana%40example.com` a client really sends fails `format:
 * email`. Each pact is checked as a copy whose path segments are decoded, as a server reads them.
 *
 * @example
 * const report = await checkPacts({ pactFiles: ['pacts/shop-connectif.json'] })
 * for (const pact of report.pacts) for (const m of pact.mismatches) console.log(m.path, m.rule)
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ValidationOutcome, ValidationResult } from '@pactflow/swagger-mock-validator'
import { ContractsInputError } from '../contracts-input-error.ts'
import { readPact } from '../verify/read-pact.ts'
import { createCrmDocument } from './crm-document.ts'

export interface CheckPactsOptions {
  pactFiles: string[]
  /** An OpenAPI document for every pact, instead of the one picked by provider name. */
  spec?: string
}

export interface CheckFinding {
  /** The interaction's description. */
  interaction: string
  /** Its provider state, when it has one. */
  state?: string
  /** Where in the pact: `$.interactions[2].response.body.id`. */
  path: string
  /** The validator's rule: `response.status.unknown`, `request.body.incompatible`, … */
  rule: string
  message: string
}

export interface PactCheck {
  file: string
  consumer: string
  provider: string
  /** The document checked against: a file, or `derived from openapi/jivochat.yaml`. */
  spec: string
  mismatches: CheckFinding[]
  warnings: CheckFinding[]
}

export interface CheckReport {
  ok: boolean
  pacts: PactCheck[]
}

export async function checkPacts(options: CheckPactsOptions): Promise<CheckReport> {
  const scratch = await mkdtemp(join(tmpdir(), 'martech-sandbox-check-'))
  try {
    if (options.spec) await readable(options.spec, 'OpenAPI document')
    const pacts: PactCheck[] = []
    for (const file of options.pactFiles) pacts.push(await checkPact(file, options.spec, scratch))
    return { ok: pacts.every((pact) => pact.mismatches.length === 0), pacts }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

async function checkPact(file: string, spec: string | undefined, scratch: string) {
  const pact = await readPact(file)
  const { specPath, specName } = spec
    ? { specPath: spec, specName: spec }
    : await documentFor(pact.provider, file, scratch)
  const raw = JSON.parse(await readFile(file, 'utf8'))
  for (const interaction of raw.interactions) {
    if (typeof interaction.request?.path === 'string')
      interaction.request.path = decodePath(interaction.request.path)
  }
  const copy = join(scratch, `pact-${Math.random().toString(36).slice(2)}.json`)
  await writeFile(copy, JSON.stringify(raw))
  const { SwaggerMockValidatorFactory } = await loadValidator()
  let outcome: ValidationOutcome
  try {
    outcome = await SwaggerMockValidatorFactory.create().validate({
      specPathOrUrl: specPath,
      mockPathOrUrl: copy,
    })
  } catch (error) {
    throw new ContractsInputError(
      `cannot check "${file}" against ${specName}: ${(error as Error).message}`,
    )
  }
  return {
    file,
    consumer: pact.consumer,
    provider: pact.provider,
    spec: specName,
    mismatches: distinct(outcome.errors.map(toFinding)),
    warnings: distinct(outcome.warnings.map(toFinding)),
  }
}

/**
 * Loaded on first use: a 47,000-line bundle that verification never needs, and an optional peer
 * dependency of the package.
 */
async function loadValidator() {
  try {
    return await import('@pactflow/swagger-mock-validator')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error
    throw new ContractsInputError(
      'contracts check needs @pactflow/swagger-mock-validator: npm install --save-dev @pactflow/swagger-mock-validator',
    )
  }
}

/** The documents of `openapi/`, as `npm run generate` parsed them (JSON loads faster than YAML). */
const DOCUMENTS = {
  connectif: () => import('../../src/generated/connectif.document.ts'),
  hellotext: () => import('../../src/generated/hellotext.document.ts'),
  reskyt: () => import('../../src/generated/reskyt.document.ts'),
}

type DocumentedService = keyof typeof DOCUMENTS

async function documentFor(provider: string, file: string, scratch: string) {
  const name = provider.toLowerCase()
  const service = (Object.keys(DOCUMENTS) as DocumentedService[]).find((candidate) =>
    name.includes(candidate),
  )
  const specPath = join(scratch, `${service ?? 'crm'}.openapi.json`)
  if (service) {
    if (!existsSync(specPath))
      await writeFile(specPath, JSON.stringify((await DOCUMENTS[service]()).default))
    return { specPath, specName: `openapi/${service}.yaml` }
  }
  if (name === 'crm' || name.includes('jivochat')) {
    if (!existsSync(specPath)) await writeFile(specPath, JSON.stringify(createCrmDocument()))
    return { specPath, specName: 'the CRM document derived from openapi/jivochat.yaml' }
  }
  throw new ContractsInputError(
    `no OpenAPI document for provider "${provider}" of ${file}: name it ${Object.keys(DOCUMENTS).join(', ')} or crm, or pass --spec <file>`,
  )
}

async function readable(file: string, what: string): Promise<void> {
  try {
    await readFile(file)
  } catch (error) {
    throw new ContractsInputError(
      `cannot read ${what} "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    )
  }
}

function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment).replaceAll('/', '%2F')
      } catch {
        return segment
      }
    })
    .join('/')
}

/** One finding per interaction, path, rule and message: a oneOf reports each branch's miss. */
function distinct(findings: CheckFinding[]): CheckFinding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = JSON.stringify([finding.interaction, finding.path, finding.rule, finding.message])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function toFinding(result: ValidationResult): CheckFinding {
  const details = result.mockDetails
  const state = details?.interactionState
  return {
    interaction: details?.interactionDescription ?? '(the pact as a whole)',
    ...(state && state !== '[none]' ? { state } : {}),
    path: (details?.location ?? '[root]').replace(/^\[root\]/, '$'),
    rule: result.code,
    message: result.message,
  }
}
