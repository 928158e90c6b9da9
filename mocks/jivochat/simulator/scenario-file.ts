/**
 * A conversation to play: the events in order, each with its own field changes, plus changes for
 * the whole conversation. Written in YAML for `martech-sandbox jivo conversation --scenario`:
 *
 * ```yaml
 * seed: 7                      # optional; --seed wins
 * timeout: 3s                  # optional; ms or a duration ("500ms", "3s"); --timeout wins
 * set:                         # optional; every step whose payload has the field's first segment
 *   visitor.email: ana@example.com
 * steps:
 *   - chat_accepted            # an event name alone
 *   - event: chat_updated      # or an event with changes of its own
 *     set:
 *       visitor.phone: "+34600111222"
 *     unset: [visitor.description]
 *   - chat_assigned            # assign_to defaults to the last crm_link the CRM replied with
 *   - chat_finished
 * ```
 *
 * @example
 * parseScenario(await readFile('chat.yaml', 'utf8'), 'chat.yaml').steps.length
 */
import { parse } from 'yaml'
import type { JivoEventName } from '../../../src/clients/jivochat.ts'
import { jivoEventNames } from '../../../src/clients/jivochat.ts'
import { parseDuration } from '../../sandbox/time/duration.ts'
import { isJivoEventName } from './generate-event.ts'
import { parsePath } from './overrides.ts'
import type { Scenario, ScenarioStep } from './scenario.ts'
import { SimulatorInputError } from './simulator-input-error.ts'

const TOP_KEYS = new Set(['seed', 'timeout', 'set', 'steps'])
const STEP_KEYS = new Set(['event', 'set', 'unset'])

export function parseScenario(text: string, source = 'scenario'): Scenario {
  const fail = (reason: string): never => {
    throw new SimulatorInputError(
      `${source}: ${reason} (see README.md, "JivoChat: simulator and reference CRM")`,
    )
  }
  let document: unknown
  try {
    document = parse(text)
  } catch (error) {
    fail(`not YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (!isRecord(document)) return fail('expected a mapping with "steps"')
  for (const key of Object.keys(document)) {
    if (!TOP_KEYS.has(key)) fail(`unknown key "${key}" (expected ${[...TOP_KEYS].join(', ')})`)
  }
  const scenario: Scenario = { steps: [] }
  if (document.seed !== undefined) {
    if (!Number.isSafeInteger(document.seed) || (document.seed as number) < 0)
      fail('seed must be a whole number ≥ 0')
    scenario.seed = document.seed as number
  }
  if (document.timeout !== undefined) {
    try {
      scenario.timeoutMs = parseDuration(document.timeout as string)
    } catch {
      fail('timeout must be milliseconds or a duration like "3s"')
    }
  }
  if (document.set !== undefined) scenario.set = readSet(document.set, 'set', fail)
  if (!Array.isArray(document.steps) || document.steps.length === 0)
    fail('steps must be a non-empty list')
  for (const [index, raw] of (document.steps as unknown[]).entries()) {
    const where = `steps[${index}]`
    const step = typeof raw === 'string' ? { event: raw } : raw
    if (!isRecord(step)) return fail(`${where} must be an event name or a mapping with "event"`)
    for (const key of Object.keys(step)) {
      if (!STEP_KEYS.has(key))
        fail(`${where} has unknown key "${key}" (expected event, set, unset)`)
    }
    if (typeof step.event !== 'string' || !isJivoEventName(step.event))
      fail(`${where}.event must be one of ${jivoEventNames.join(', ')}`)
    const parsed: ScenarioStep = { event: step.event as JivoEventName }
    if (step.set !== undefined) parsed.set = readSet(step.set, `${where}.set`, fail)
    if (step.unset !== undefined) {
      if (!Array.isArray(step.unset) || step.unset.some((path) => typeof path !== 'string'))
        fail(`${where}.unset must be a list of field paths`)
      for (const path of step.unset as string[]) checkPath(path, `${where}.unset`, fail)
      parsed.unset = step.unset as string[]
    }
    scenario.steps.push(parsed)
  }
  return scenario
}

function readSet(
  value: unknown,
  where: string,
  fail: (reason: string) => never,
): Record<string, unknown> {
  if (!isRecord(value)) return fail(`${where} must map field paths to values`)
  for (const path of Object.keys(value)) checkPath(path, where, fail)
  return value
}

function checkPath(path: string, where: string, fail: (reason: string) => never): void {
  try {
    parsePath(path)
  } catch (error) {
    fail(`${where}: ${(error as Error).message}`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
