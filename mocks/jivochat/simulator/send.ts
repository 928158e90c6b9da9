/**
 * Sends one event to a CRM endpoint as Jivo would and grades the reply: generate (or take) the
 * payload, apply overrides, POST it, check the answer against the spec, and report.
 *
 * @example
 * const report = await sendEvent('chat_accepted', { to: 'http://127.0.0.1:3000/jivo', seed: 7 })
 * if (!report.ok) console.log(report.violations)
 */
import {
  type JivoEventName,
  jivoEventNames,
  parseJivoWebhook,
} from '../../../src/clients/jivochat.ts'
import jivochatDocument from '../../../src/generated/jivochat.document.ts'
import { checkReply } from './check-reply.ts'
import { DEFAULT_TIMEOUT_MS, deliver } from './deliver.ts'
import { generateEvent, isJivoEventName } from './generate-event.ts'
import type { Persona } from './persona.ts'
import type { DeliveryReport, Violation } from './report.ts'
import { SimulatorInputError } from './simulator-input-error.ts'

export interface SendOptions {
  /** The CRM endpoint: the channel's "Webhooks endpoint URL" (http or https). */
  to: string
  /** Dotted path → value, applied to the payload (`{ 'visitor.email': 'a@b.c' }`). */
  overrides?: Record<string, unknown>
  /** Dotted paths removed from the payload. */
  unset?: string[]
  /** Seed of the generated conversation. @default 1 */
  seed?: number
  /** How long the CRM has to answer completely. @default 3000 */
  timeoutMs?: number
  /** The conversation's persona (the conversation player shares one across events). */
  persona?: Persona
  /** Leave out what the visitor may not have given yet (see `GenerateOptions.sparse`). */
  sparse?: boolean
  /** The fetch to send with; the admin API passes one that reaches sandbox hosts in process. */
  fetch?: typeof fetch
}

/** event_name → the webhook's operationId in openapi/jivochat.yaml (`chat_accepted` → `chatAccepted`). */
export const OPERATION_IDS = Object.fromEntries(
  Object.entries(jivochatDocument.webhooks ?? {}).map(([name, item]) => [
    name,
    (item.post as { operationId: string }).operationId,
  ]),
) as Record<JivoEventName, string>

/** Throws SimulatorInputError on input the simulator cannot act on. */
export function assertSendInput(event: string, options: Partial<SendOptions>): void {
  if (!isJivoEventName(event)) {
    throw new SimulatorInputError(
      `unknown event "${event}"; Jivo sends ${jivoEventNames.join(', ')}`,
    )
  }
  let url: URL | undefined
  try {
    url = new URL(options.to ?? '')
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new SimulatorInputError(
      `--to must be an http(s) URL, like http://127.0.0.1:3000/jivo/webhooks; got ${JSON.stringify(options.to ?? '')}`,
    )
  }
  const { timeoutMs, seed } = options
  if (
    timeoutMs !== undefined &&
    !(Number.isInteger(timeoutMs) && timeoutMs > 0 && timeoutMs <= 600_000)
  ) {
    throw new SimulatorInputError(`the timeout must be 1 to 600000 ms, got ${timeoutMs}`)
  }
  if (seed !== undefined && !(Number.isSafeInteger(seed) && seed >= 0)) {
    throw new SimulatorInputError(`the seed must be a whole number ≥ 0, got ${seed}`)
  }
}

export async function sendEvent(
  event: JivoEventName,
  options: SendOptions,
): Promise<DeliveryReport> {
  assertSendInput(event, options)
  const seed = options.seed ?? options.persona?.seed ?? 1
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const body = generateEvent(event, {
    seed,
    overrides: options.overrides,
    unset: options.unset,
    persona: options.persona,
    sparse: options.sparse,
  }) as Record<string, unknown>
  const parsed = parseJivoWebhook(body)
  const payloadIssues = parsed.error
    ? parsed.error.issues.length
      ? parsed.error.issues
      : [{ path: '$', message: parsed.error.message }]
    : []
  const result = await deliver(options.to, JSON.stringify(body), {
    timeoutMs,
    fetch: options.fetch,
  })
  const base = {
    event,
    operationId: OPERATION_IDS[event],
    url: options.to,
    seed,
    timeoutMs,
    request: { method: 'POST' as const, headers: result.requestHeaders, body },
    durationMs: result.durationMs,
    payloadIssues,
  }
  if (result.kind === 'unreachable') {
    return {
      ...base,
      ok: false,
      outcome: 'unreachable',
      status: null,
      reply: null,
      violations: [],
      warnings: [],
      agentView: null,
      error: `cannot reach ${options.to}: ${result.reason}`,
    }
  }
  if (result.kind !== 'response') {
    const violation: Violation =
      result.kind === 'timeout'
        ? {
            code: 'timeout',
            path: '$',
            message: `no complete reply within ${timeoutMs} ms; Jivo gives up and shows the agent nothing`,
          }
        : { code: result.failure, path: '$', message: result.reason }
    return {
      ...base,
      ok: false,
      outcome: 'violations',
      status: result.status,
      reply: null,
      violations: [violation],
      warnings: [],
      agentView: null,
      error: null,
    }
  }
  const verdict = checkReply(event, result)
  return {
    ...base,
    ok: verdict.violations.length === 0,
    outcome: verdict.violations.length === 0 ? 'ok' : 'violations',
    status: result.status,
    reply:
      verdict.json === undefined
        ? { headers: result.headers, body: result.body }
        : { headers: result.headers, json: verdict.json },
    violations: verdict.violations,
    warnings: result.charsetNote ? [result.charsetNote, ...verdict.warnings] : verdict.warnings,
    agentView: verdict.agentView,
    error: null,
  }
}
