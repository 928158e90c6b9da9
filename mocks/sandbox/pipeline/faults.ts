/**
 * Fault rules: answers the sandbox gives instead of the real behaviour, so an integration's error
 * handling can be tested (a 503 on every third call, a dropped connection, a slow answer). Rules
 * match by service, operationId and method; probabilities roll the sandbox's seeded dice.
 *
 * @example
 * sandbox.faults.add({ service: 'connectif', operationId: 'createPurchase', status: 503, times: 1 })
 */

import { formatMessage } from '../format-message.ts'
import type { IdGenerator } from '../records/ids.ts'
import type { RouteResult } from '../route-result.ts'
import { SandboxError } from '../sandbox-error.ts'

export interface FaultRule {
  service?: string
  operationId?: string
  method?: string
  /** Answer with this status and body instead of running the route. */
  status?: number
  body?: unknown
  headers?: Record<string, string>
  /** Drop the connection instead of answering. */
  networkError?: boolean
  /** Wait this long (real time) before answering. */
  delayMs?: number
  /** Chance the rule applies to a matching request, 0–1. @default 1 */
  probability?: number
  /** How many requests the rule applies to before it retires. @default unlimited */
  times?: number
}

export interface StoredFaultRule extends FaultRule {
  id: number
  /** How many requests it has applied to so far. */
  hits: number
}

export interface FaultMatch {
  rule: StoredFaultRule
  result: RouteResult | undefined
}

/** What rules may name: each service the sandbox serves, with its routes by operationId. */
export type FaultTargets = ReadonlyMap<string, { routes: { has(operationId: string): boolean } }>

export class FaultRules {
  readonly #dice: IdGenerator
  readonly #targets: (() => FaultTargets) | undefined
  #rules: StoredFaultRule[] = []
  #lastId = 0

  /** `targets`, when given, is what `add` checks a rule's service and operationId against. */
  constructor(dice: IdGenerator, targets?: () => FaultTargets) {
    this.#dice = dice
    this.#targets = targets
  }

  add(rule: FaultRule): StoredFaultRule {
    if (rule.status === undefined && !rule.networkError && rule.delayMs === undefined) {
      throw new SandboxError(
        422,
        '[martech-sandbox] Failed to add "fault rule": it needs a status, networkError or delayMs. Say what the fault does.',
      )
    }
    this.#checkTargets(rule)
    const stored = { ...rule, id: ++this.#lastId, hits: 0 }
    this.#rules.push(stored)
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
    return this.#rules.length < before
  }

  clear(): void {
    this.#rules = []
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
      if (rule.probability !== undefined && this.#dice.random() >= rule.probability) continue
      rule.hits++
      const result: RouteResult | undefined = rule.networkError
        ? { status: 0, networkError: true }
        : rule.status !== undefined
          ? { status: rule.status, body: rule.body, headers: rule.headers }
          : undefined
      return { rule, result }
    }
    return undefined
  }
}
