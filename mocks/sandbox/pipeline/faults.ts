/**
 * Fault rules: answers the sandbox gives instead of the real behaviour, so an integration's error
 * handling can be tested (a 503 on every third call, a dropped connection, a slow answer, no
 * answer at all). Rules match by service, operationId and method; probabilities and latency
 * ranges roll the sandbox's seeded dice, or the rule's own when it has a `seed`, so a run
 * replays: the same seed gives the same hits and misses, whatever else the sandbox does.
 *
 * @example
 * sandbox.faults.add({ service: 'connectif', operationId: 'createPurchase', status: 503, times: 1 })
 * sandbox.faults.add({ service: 'hellotext', status: 500, probability: 0.3, seed: 7 })
 * sandbox.faults.add({ delayMs: { min: 200, max: 800 } })
 */

import type { SandboxFailure } from '../failures.ts'
import { formatMessage } from '../format-message.ts'
import { createIdGenerator, type IdGenerator } from '../records/ids.ts'
import type { RouteResult } from '../route-result.ts'
import { SandboxError } from '../sandbox-error.ts'

/** A fixed latency in milliseconds, or a range each matching request draws from (inclusive). */
export type FaultDelay = number | { min: number; max: number }

export interface FaultRule {
  service?: string
  operationId?: string
  method?: string
  /**
   * Answer with this status and body instead of running the route; without a body, an error
   * status is answered with the service's own error body for it.
   */
  status?: number
  body?: unknown
  headers?: Record<string, string>
  /** Drop the connection instead of answering (the client sees a reset). */
  networkError?: boolean
  /** Hold the connection open and never answer, until the client gives up. */
  noAnswer?: boolean
  /** Wait this long (real time) before answering: fixed, or drawn from `{min, max}`. */
  delayMs?: FaultDelay
  /** Chance the rule applies to a matching request, 0–1. @default 1 */
  probability?: number
  /** How many requests the rule applies to before it retires. @default unlimited */
  times?: number
  /** The rule's own dice (probability, latency range): the same seed replays the same run. */
  seed?: number
}

export interface StoredFaultRule extends FaultRule {
  id: number
  /** How many requests it has applied to so far. */
  hits: number
}

export interface FaultMatch {
  rule: StoredFaultRule
  /** How long to wait first (0 for none). */
  delayMs: number
  /** The answer instead of the route's; undefined for a pure delay. */
  result: RouteResult | undefined
  /** An error status without a body: the service renders its own error body for it. */
  failure?: SandboxFailure
}

/** What rules may name: each service the sandbox serves, with its routes by operationId. */
export type FaultTargets = ReadonlyMap<string, { routes: { has(operationId: string): boolean } }>

export class FaultRules {
  readonly #dice: IdGenerator
  readonly #targets: (() => FaultTargets) | undefined
  #rules: StoredFaultRule[] = []
  /** The dice of rules that carry a seed, by rule id. */
  readonly #ruleDice = new Map<number, IdGenerator>()
  #lastId = 0

  /** `targets`, when given, is what `add` checks a rule's service and operationId against. */
  constructor(dice: IdGenerator, targets?: () => FaultTargets) {
    this.#dice = dice
    this.#targets = targets
  }

  add(rule: FaultRule): StoredFaultRule {
    if (
      rule.status === undefined &&
      !rule.networkError &&
      !rule.noAnswer &&
      rule.delayMs === undefined
    ) {
      throw new SandboxError(
        422,
        '[martech-sandbox] Failed to add "fault rule": it needs a status, networkError, noAnswer or delayMs. Say what the fault does.',
      )
    }
    const delay = rule.delayMs
    if (typeof delay === 'object' && delay !== null && delay.max < delay.min)
      throw new SandboxError(
        422,
        formatMessage(
          'add',
          'fault rule',
          `delayMs.max (${delay.max}) is below delayMs.min (${delay.min})`,
          'Give a range from the shorter delay to the longer',
        ),
      )
    this.#checkTargets(rule)
    const stored = { ...rule, id: ++this.#lastId, hits: 0 }
    this.#rules.push(stored)
    if (rule.seed !== undefined) this.#ruleDice.set(stored.id, createIdGenerator(rule.seed))
    return stored
  }

  /** A rule naming a service or an operation the sandbox does not serve would never match. */
  #checkTargets(rule: FaultRule): void {
    const targets = this.#targets?.()
    if (!targets) return
    const refuse = (reason: string) =>
      new SandboxError(
        422,
        formatMessage('add', 'fault rule', reason, 'A rule that names nothing served never fires'),
      )
    if (rule.service !== undefined && !targets.has(rule.service))
      throw refuse(`no service "${rule.service}" (services: ${[...targets.keys()].join(', ')})`)
    const operationId = rule.operationId
    if (operationId === undefined) return
    const inScope = rule.service === undefined ? [...targets.values()] : [targets.get(rule.service)]
    if (!inScope.some((service) => service?.routes.has(operationId)))
      throw refuse(
        `no operation "${operationId}"${rule.service === undefined ? '' : ` in ${rule.service}`}`,
      )
  }

  list(): StoredFaultRule[] {
    return [...this.#rules]
  }

  remove(id: number): boolean {
    const before = this.#rules.length
    this.#rules = this.#rules.filter((rule) => rule.id !== id)
    this.#ruleDice.delete(id)
    return this.#rules.length < before
  }

  clear(): void {
    this.#rules = []
    this.#ruleDice.clear()
  }

  /** The rules and the last id given, for a store to save. */
  saved(): { rules: StoredFaultRule[]; lastId: number } {
    return { rules: this.#rules, lastId: this.#lastId }
  }

  /** Takes back saved rules (hits included), as they stood. */
  restore(saved: { rules: StoredFaultRule[]; lastId: number }): void {
    this.#rules = saved.rules
    this.#lastId = saved.lastId
  }

  /** The first rule that applies to this request, counting the hit; its result is undefined for a pure delay. */
  match(service: string, operationId: string, method: string): FaultMatch | undefined {
    for (const rule of this.#rules) {
      if (rule.service !== undefined && rule.service !== service) continue
      if (rule.operationId !== undefined && rule.operationId !== operationId) continue
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue
      if (rule.times !== undefined && rule.hits >= rule.times) continue
      const dice = this.#ruleDice.get(rule.id) ?? this.#dice
      if (rule.probability !== undefined && dice.random() >= rule.probability) continue
      rule.hits++
      return { rule, delayMs: drawDelay(rule.delayMs, dice), ...answerOf(rule) }
    }
    return undefined
  }
}

function drawDelay(delay: FaultDelay | undefined, dice: IdGenerator): number {
  if (delay === undefined) return 0
  if (typeof delay === 'number') return delay
  return delay.min + Math.floor(dice.random() * (delay.max - delay.min + 1))
}

/** What a matched rule answers instead of the route, if anything. */
function answerOf(rule: StoredFaultRule): Pick<FaultMatch, 'result' | 'failure'> {
  if (rule.networkError) return { result: { status: 0, networkError: true } }
  if (rule.noAnswer) return { result: { status: 0, noAnswer: true } }
  if (rule.status === undefined) return { result: undefined }
  const result = { status: rule.status, body: rule.body, headers: rule.headers }
  // An error with no body given: the service's own error body, as its API would answer.
  if (rule.body !== undefined || rule.status < 400) return { result }
  return { result, failure: faultFailure(rule) }
}

/** The failure a bodiless error status stands for, so each service renders its real body. */
function faultFailure(rule: StoredFaultRule): SandboxFailure {
  const status = rule.status as number
  if (status === 401) return { kind: 'unauthenticated', reason: 'unknown' }
  if (status === 429)
    // The body only: no window was counted, so no rate-limit headers go with it.
    return { kind: 'rate-limited', verdict: { allowed: false, limit: 0, remaining: 0, resetAt: 0 } }
  return {
    kind: 'rejected',
    status,
    message: `The sandbox's fault rule ${rule.id} answered ${status}.`,
  }
}
