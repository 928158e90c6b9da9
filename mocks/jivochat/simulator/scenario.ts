/**
 * A conversation to play: the events in order, each with its own field changes, plus changes for
 * the whole conversation. Scenario files are YAML, read by `parseScenario` (scenario-file.ts, kept
 * apart so that playing the built-in scenarios never loads the YAML parser).
 */
import type { JivoEventName } from '../../../src/clients/jivochat.ts'

export interface ScenarioStep {
  event: JivoEventName
  /** Dotted path → value for this step only. */
  set?: Record<string, unknown>
  unset?: string[]
}

export interface Scenario {
  seed?: number
  timeoutMs?: number
  /** Dotted path → value for every step whose payload has the path's first segment. */
  set?: Record<string, unknown>
  steps: ScenarioStep[]
}

/** The default conversation: an agent accepts, the visitor leaves contacts, the chat closes [C:S1 order, INF]. */
export const CHAT_SCENARIO: Scenario = {
  steps: [
    { event: 'chat_accepted' },
    { event: 'chat_updated' },
    { event: 'client_updated' },
    { event: 'chat_finished' },
  ],
}

/** `--offline`: no agent was online, so the visitor left a message [C:S1]. */
export const OFFLINE_SCENARIO: Scenario = { steps: [{ event: 'offline_message' }] }
