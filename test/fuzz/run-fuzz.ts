/**
 * The fuzz run against a running sandbox: a fresh account with high rate limits, every operation
 * once as its spec example (so records exist for later cases to hit), `count` seeded cases over
 * every operation and mutation plus raw malformed HTTP, then every GET once more, to catch a
 * request that poisoned the state for later ones. Case n is built from seed and n alone, so a
 * finding can be replayed with the same seed whatever the concurrency.
 */
import { SERVICES } from '../../mocks/services.ts'
import {
  buildCase,
  type FuzzCredentials,
  type FuzzRequest,
  MUTATIONS,
  type MutationKind,
  type ServiceFuzzModel,
} from './cases.ts'
import { listFuzzOperations } from './operations.ts'
import { createOracle, type Finding, type FindingKind } from './oracle.ts'
import { createRandom } from './random.ts'
import { RAW_CASE_COUNT, rawCase } from './raw-cases.ts'
import { createSender } from './send-case.ts'

export interface FuzzOptions {
  /** The sandbox server, `http://127.0.0.1:4010`. */
  origin: string
  seed: number
  /** Seeded cases after the first pass over every operation. */
  count: number
  /** Concurrent connections. @default 8 */
  connections?: number
  onProgress?(done: number, total: number): void
}

export interface FuzzReport {
  seed: number
  requests: number
  elapsedMs: number
  byKind: Record<string, number>
  statuses: Record<string, number>
  counts: Record<FindingKind, number>
  /** One example per kind, operation and status; at most 100. */
  findings: Finding[]
}

const FINDING_KINDS: FindingKind[] = ['5xx', 'hang', 'dropped', 'undocumented', 'wrong-shape']
const DEFAULT_BODY_LIMIT = 50 * 1024 * 1024
const RAW_SHARE = 0.04

export function fuzzModels(): ServiceFuzzModel[] {
  return SERVICES.map((definition) => ({
    service: definition.name,
    document: definition.document,
    operations: listFuzzOperations(definition.name, definition.document),
    // The service's own limit hook reads only the operationId.
    maxBodyBytes: (operation) =>
      definition.maxBodyBytes?.({ operationId: operation.operationId } as never) ??
      DEFAULT_BODY_LIMIT,
  }))
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now()
  const models = fuzzModels()
  const oracle = createOracle(models)
  const credentials = await createFuzzAccount(options.origin)
  const sender = createSender(options.origin, options.connections ?? 8)
  const all = models.flatMap((model) => model.operations.map((operation) => ({ model, operation })))
  const order = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE']
  const firstPass = [...all].sort(
    (a, b) => order.indexOf(a.operation.method) - order.indexOf(b.operation.method),
  )
  const lastPass = all.filter(({ operation }) => operation.method === 'GET')
  const kinds = Object.entries(MUTATIONS) as Array<[MutationKind, number]>
  const total = firstPass.length + options.count + lastPass.length

  const caseAt = async (index: number): Promise<FuzzRequest> => {
    const random = createRandom(options.seed * 1_000_003 + index)
    if (index < firstPass.length) {
      const { model, operation } = firstPass[index] as (typeof firstPass)[number]
      return buildCase(model, operation, 'valid', credentials, random)
    }
    const n = index - firstPass.length
    if (n >= options.count) {
      const { model, operation } = lastPass[n - options.count] as (typeof lastPass)[number]
      return buildCase(model, operation, 'valid', credentials, random)
    }
    // Every raw case once early, then a share of the rest.
    if (n < RAW_CASE_COUNT && options.count >= RAW_CASE_COUNT * 10) return rawCase(random, n)
    if (random.chance(RAW_SHARE)) return rawCase(random)
    // A service first, then one of its operations: JivoChat's one route gets its share.
    const model = random.pick(models)
    const operation = random.pick(model.operations)
    return buildCase(model, operation, random.weighted(kinds), credentials, random)
  }

  const report: FuzzReport = {
    seed: options.seed,
    requests: 0,
    elapsedMs: 0,
    byKind: {},
    statuses: {},
    counts: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<
      FindingKind,
      number
    >,
    findings: [],
  }
  const seen = new Set<string>()
  let next = 0
  const worker = async (phaseEnd: () => number) => {
    while (next < phaseEnd()) {
      const index = next++
      const request = await caseAt(index)
      const outcome = await sender.send(request)
      report.requests++
      report.byKind[request.kind] = (report.byKind[request.kind] ?? 0) + 1
      const status = outcome.kind === 'answer' ? String(outcome.status) : outcome.kind
      report.statuses[status] = (report.statuses[status] ?? 0) + 1
      const finding = oracle.judge(request, outcome)
      if (finding) {
        report.counts[finding.kind]++
        const key = `${finding.kind} ${finding.service} ${finding.operationId} ${finding.status} ${request.kind}`
        if (!seen.has(key) && report.findings.length < 100) {
          seen.add(key)
          report.findings.push(finding)
        }
      }
      options.onProgress?.(report.requests, total)
    }
  }
  const connections = options.connections ?? 8
  // The first pass runs in order on one connection, so creates come before the reads of them.
  await worker(() => firstPass.length)
  await Promise.all(
    Array.from({ length: connections }, () => worker(() => firstPass.length + options.count)),
  )
  await worker(() => total)
  sender.close()
  report.elapsedMs = performance.now() - started
  return report
}

/** An account of its own, with rate limits out of the way, and its Hellotext Business ID. */
async function createFuzzAccount(origin: string): Promise<FuzzCredentials> {
  const name = `fuzz-${Date.now().toString(36)}`
  const created = await fetch(`${origin}/__admin/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      rateLimits: { connectif: 1e9, hellotext: 1e9, reskyt: 1e9, jivochat: 1e9 },
    }),
  })
  if (created.status !== 201)
    throw new Error(
      `fuzz: POST /__admin/accounts answered ${created.status} ${await created.text()}`,
    )
  const { id, keys } = (await created.json()) as { id: string; keys: Record<string, string> }
  const settings = await fetch(`${origin}/__admin/accounts/${id}/settings`)
  const { hellotext } = (await settings.json()) as { hellotext?: { businessId?: string } }
  const businessId = hellotext?.businessId
  if (settings.status !== 200 || !businessId)
    throw new Error(
      `fuzz: GET /__admin/accounts/${id}/settings answered ${settings.status}, no Business ID`,
    )
  return { accountName: name, keys, businessId }
}

export function formatFuzzReport(report: FuzzReport): string {
  const lines = [
    `fuzz: ${report.requests.toLocaleString('en-US')} requests in ${(report.elapsedMs / 1000).toFixed(1)} s (seed ${report.seed})`,
    `  by case:   ${Object.entries(report.byKind)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
    `  statuses:  ${Object.entries(report.statuses)
      .sort()
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')}`,
    `  findings:  ${FINDING_KINDS.map((kind) => `${report.counts[kind]} ${kind}`).join(', ')}`,
  ]
  for (const finding of report.findings)
    lines.push(
      `  ✗ ${finding.kind} ${finding.service}.${finding.operationId ?? '(no operation)'} ${finding.status ?? ''}`,
      `      ${finding.request}`,
      `      ${finding.detail}`,
    )
  return `${lines.join('\n')}\n`
}
