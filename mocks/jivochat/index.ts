/**
 * The JivoChat simulator as a library: it plays Jivo against a CRM endpoint (yours, or the
 * sandbox's reference CRM at `/jivochat/crm`) and grades every reply against the spec. The CLI's
 * `martech-sandbox jivo send|conversation` and the admin API's `POST /__admin/jivochat/send` are
 * thin shells over it, and print or return the same report objects.
 *
 * @module
 * @example
 * import { jivo } from 'martech-sandbox/jivochat'
 * const report = await jivo.send('chat_accepted', {
 *   to: 'http://127.0.0.1:3000/jivo/webhooks',
 *   overrides: { 'visitor.email': 'ana@example.com' },
 *   seed: 7,
 *   timeoutMs: 3000,
 * })
 * if (!report.ok) console.table(report.violations)
 */
import { jivoEventNames } from '../../src/clients/jivochat.ts'
import { playConversation } from './simulator/conversation.ts'
import { generateEvent } from './simulator/generate-event.ts'
import { createPersona } from './simulator/persona.ts'
import { CHAT_SCENARIO, OFFLINE_SCENARIO } from './simulator/scenario.ts'
import { parseScenario } from './simulator/scenario-file.ts'
import { sendEvent } from './simulator/send.ts'

export const jivo = {
  /** Every event Jivo sends, in the spec's order. */
  events: jivoEventNames,
  /** The payload Jivo would send (no network): `jivo.generate('chat_finished', { seed: 7 })`. */
  generate: generateEvent,
  /** The visitor, agents and ids behind a seed's conversation. */
  persona: createPersona,
  /** POSTs one event and grades the reply. */
  send: sendEvent,
  /** Plays a conversation (default: accepted → updated → client_updated → finished). */
  conversation: playConversation,
  /** Reads a scenario YAML (see README.md, "JivoChat: simulator and reference CRM"). */
  parseScenario,
  scenarios: { chat: CHAT_SCENARIO, offline: OFFLINE_SCENARIO },
}

export type { CrmState } from './crm/state.ts'
export { jivochatService } from './service.ts'
export type { ConversationOptions } from './simulator/conversation.ts'
export { DEFAULT_TIMEOUT_MS } from './simulator/deliver.ts'
export { formatReports } from './simulator/format-report.ts'
export type { GenerateOptions } from './simulator/generate-event.ts'
export { parseAssignment } from './simulator/overrides.ts'
export type { Persona } from './simulator/persona.ts'
export type {
  AgentView,
  ConversationReport,
  DeliveryOutcome,
  DeliveryReport,
  Violation,
  ViolationCode,
} from './simulator/report.ts'
export type { Scenario, ScenarioStep } from './simulator/scenario.ts'
export type { SendOptions } from './simulator/send.ts'
export { SimulatorInputError } from './simulator/simulator-input-error.ts'
export type { JivochatState } from './state.ts'
