/**
 * What the simulator reports for one delivery: the request, the CRM's reply, every way the reply
 * breaks Jivo's contract (each with its JSON path), and what Jivo would show the agent. The CLI's
 * `--json` prints exactly this object; `jivo.send()` returns it.
 *
 * @see shared/research/jivochat.md §4 (reply contract [C:S1]), §7.3 (grading a reply [I])
 */
import type { JivoEventName } from '../../../src/clients/jivochat.ts'

/**
 * - `http_error`: the status is not 2xx (Jivo documents no status codes; receivers answer 200) [INF].
 * - `invalid_json`: the body is empty or not JSON.
 * - `non_ok_result`: `result` is not `"ok"`; Jivo reads it as an error text and shows nothing [C:S1].
 * - `schema_violation`: the body breaks `CrmReply` / `AckReply` in openapi/jivochat.yaml.
 * - `timeout`: no complete reply within the timeout (3 s by default) [INF from the Bot API].
 * - `connection_closed`: the CRM closed or reset the connection before the reply was complete.
 * - `invalid_http`: what came back is not an HTTP/1.1 response.
 * - `decompression_failed`: the reply's Content-Encoding (gzip, deflate, br) does not decode.
 * - `tls_error`: the TLS handshake failed (self-signed or expired certificate, wrong host, plain
 *   HTTP on an https URL).
 * - `reply_too_large`: the reply is over 1 MB (decompressed); the simulator closes the connection.
 */
export type ViolationCode =
  | 'http_error'
  | 'invalid_json'
  | 'non_ok_result'
  | 'schema_violation'
  | 'timeout'
  | 'connection_closed'
  | 'invalid_http'
  | 'decompression_failed'
  | 'tls_error'
  | 'reply_too_large'

export interface Violation {
  code: ViolationCode
  /** JSON path in the reply body (`$.custom_data[3].title`); `$` for the reply as a whole. */
  path: string
  message: string
}

/** What the agent app would show from a `chat_accepted` / `chat_updated` reply [C:S1]. */
export interface AgentView {
  /** Filled in as if the visitor had typed them (`contact_info`). */
  contactFields: { name?: string; phone?: string; email?: string; description?: string }
  /**
   * The `custom_data` rows in the right-hand panel, in order (the first 10); `key` is shown bold
   * before the content. A row may lack `title` or `content` (a warning, not a violation).
   */
  customData: Array<{ title?: string; key?: string; content?: string; link?: string }>
  /** Where the "Open in CRM" button leads (`crm_link`), or null when there is none. */
  crmLinkButton: string | null
  /** Whether the agent gets the "link to CRM" button (`enable_assign: true`). */
  assignButton: boolean
  /** The page info the CRM corrected, when it sent one. */
  page: { url: string; title?: string } | null
}

/**
 * - `ok`: a reply that honours the contract.
 * - `violations`: a reply (or no reply: timeout, closed socket) that breaks it; exit code 1.
 * - `unreachable`: the URL could not be reached at all (connection refused, DNS); exit code 2.
 */
export type DeliveryOutcome = 'ok' | 'violations' | 'unreachable'

export interface DeliveryReport {
  ok: boolean
  outcome: DeliveryOutcome
  event: JivoEventName
  /** The webhook's operationId in openapi/jivochat.yaml (`chatAccepted`). */
  operationId: string
  url: string
  seed: number
  timeoutMs: number
  /** What was sent; `headers` are exactly the headers that went out. */
  request: { method: 'POST'; headers: Record<string, string>; body: Record<string, unknown> }
  /** Null when no response arrived. */
  status: number | null
  /** From sending the request to the end of the reply (or to the failure), in milliseconds. */
  durationMs: number
  /**
   * Null when no complete reply arrived. The body appears once: `json` when it parses as JSON,
   * else `body`, the text decoded in its declared charset.
   */
  reply:
    | { headers: Record<string, string>; json: unknown }
    | { headers: Record<string, string>; body: string }
    | null
  violations: Violation[]
  /** Harmless oddities: fields Jivo ignores in an acknowledgement. */
  warnings: string[]
  /** Where the sent payload (after overrides) differs from what Jivo sends: the overrides' doing. */
  payloadIssues: Array<{ path: string; message: string }>
  /** What the agent would see; null for events without a rich reply or a reply Jivo would not use. */
  agentView: AgentView | null
  /** The one-line reason when `outcome` is `unreachable`. */
  error: string | null
}

export interface ConversationReport {
  ok: boolean
  outcome: DeliveryOutcome
  url: string
  seed: number
  reports: DeliveryReport[]
}
