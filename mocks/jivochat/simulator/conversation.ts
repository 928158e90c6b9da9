/**
 * Plays a whole conversation against a CRM endpoint, one event after the other, all built from
 * one persona (same chat, channel, visitor, agent and user_token). Keeps going after a bad reply,
 * as Jivo would; stops only when the CRM cannot be reached at all.
 *
 * @example
 * const { ok, reports } = await playConversation({ to: 'http://127.0.0.1:3000/jivo', seed: 7 })
 */
import { generateEvent } from './generate-event.ts'
import { hasPath, hasTopLevel } from './overrides.ts'
import { createPersona } from './persona.ts'
import type { ConversationReport, DeliveryReport } from './report.ts'
import { CHAT_SCENARIO, OFFLINE_SCENARIO, type Scenario } from './scenario.ts'
import { assertSendInput, sendEvent } from './send.ts'
import { SimulatorInputError } from './simulator-input-error.ts'

export interface ConversationOptions {
  to: string
  /** Wins over the scenario's seed. @default the scenario's, else 1 */
  seed?: number
  /** Wins over the scenario's timeout. @default the scenario's, else 3000 */
  timeoutMs?: number
  /** The steps to play. @default accepted → updated → client_updated → finished */
  scenario?: Scenario
  /** Play the offline conversation (one `offline_message`) instead of the default. */
  offline?: boolean
  /** Changes for every step whose payload has the path's first segment; wins over the scenario's `set`. */
  overrides?: Record<string, unknown>
  /** Paths removed from every step whose payload has the path's first segment. */
  unset?: string[]
  /** Leave out what the visitor may not have given yet (see `GenerateOptions.sparse`). */
  sparse?: boolean
  fetch?: typeof fetch
  /** Called after each delivery, in order. */
  onReport?(report: DeliveryReport): void
}

export async function playConversation(options: ConversationOptions): Promise<ConversationReport> {
  const scenario = options.scenario ?? (options.offline ? OFFLINE_SCENARIO : CHAT_SCENARIO)
  const seed = options.seed ?? scenario.seed ?? 1
  const timeoutMs = options.timeoutMs ?? scenario.timeoutMs
  for (const step of scenario.steps) assertSendInput(step.event, { ...options, seed, timeoutMs })
  const persona = createPersona(seed)
  const shared = { ...scenario.set, ...options.overrides }
  const { sparse } = options
  const payloads = scenario.steps.map((step) => generateEvent(step.event, { persona, sparse }))
  const unmatched = [
    ...Object.keys(shared).filter((path) => !payloads.some((p) => hasTopLevel(p, path))),
    ...(options.unset ?? []).filter((path) => !payloads.some((p) => hasPath(p, path))),
  ]
  for (const path of unmatched) {
    throw new SimulatorInputError(
      `"${path}" matches no event of this conversation (${scenario.steps.map((s) => s.event).join(', ')})`,
    )
  }
  const reports: DeliveryReport[] = []
  let lastCrmLink: string | undefined
  for (const [index, step] of scenario.steps.entries()) {
    const payload = payloads[index] as Record<string, unknown>
    const overrides: Record<string, unknown> = {}
    for (const [path, value] of Object.entries(shared)) {
      if (hasTopLevel(payload, path)) overrides[path] = value
    }
    // The agent pastes the card link the CRM sent back; that is what chat_assigned carries [INF].
    if (step.event === 'chat_assigned' && lastCrmLink && !('assign_to' in overrides))
      overrides.assign_to = lastCrmLink
    Object.assign(overrides, step.set)
    const unset = [
      // A shared removal applies to the steps whose payload has the field.
      ...(options.unset ?? []).filter((path) => hasPath(payload, path)),
      ...(step.unset ?? []),
    ]
    const report = await sendEvent(step.event, {
      to: options.to,
      seed,
      timeoutMs,
      persona,
      sparse,
      overrides,
      unset,
      fetch: options.fetch,
    })
    reports.push(report)
    options.onReport?.(report)
    const json = report.reply && 'json' in report.reply ? report.reply.json : undefined
    const link = (json as { crm_link?: unknown } | undefined)?.crm_link
    if (typeof link === 'string') lastCrmLink = link
    if (report.outcome === 'unreachable') break
  }
  const outcome = reports.some((r) => r.outcome === 'unreachable')
    ? 'unreachable'
    : reports.every((r) => r.ok)
      ? 'ok'
      : 'violations'
  return { ok: outcome === 'ok', outcome, url: options.to, seed, reports }
}
