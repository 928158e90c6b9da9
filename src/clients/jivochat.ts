/**
 * JivoChat → CRM webhooks, for the integrator who writes the receiving endpoint: payload types
 * for every event, `parseJivoWebhook()` to validate a body against `openapi/jivochat.yaml` and
 * narrow it by `event_name`, and `crmReply()` to build a reply Jivo accepts.
 *
 * @example
 * const { data: event, error } = parseJivoWebhook(await request.text())
 * if (error) return Response.json({ result: error.message }, { status: 400 })
 * if (event.event_name === 'chat_accepted') {
 *   return Response.json(crmReply({ crm_link: 'https://crm.example.com/leads/42' }))
 * }
 * return Response.json(crmReply())
 */
import type { ErrorObject } from 'ajv'
import type { components } from '../generated/jivochat.ts'
import * as validators from '../generated/jivochat.validators.ts'
import { formatIssues, type SchemaIssue } from '../openapi/schema-issues.ts'

/** Any event Jivo POSTs to a CRM endpoint. */
export type JivoWebhookEvent = components['schemas']['WebhookEvent']
export type JivoEventName = components['schemas'][
  | 'ChatAcceptedEvent'
  | 'ChatUpdatedEvent'
  | 'ClientUpdatedEvent'
  | 'ClientAttributeUpdatedEvent'
  | 'ChatFinishedEvent'
  | 'OfflineMessageEvent'
  | 'CallEvent'
  | 'ChatAssignedEvent']['event_name']
/** The payload of one event, e.g. `JivoEventOf<'chat_finished'>`. */
export type JivoEventOf<Name extends JivoEventName> = Extract<
  JivoWebhookEvent,
  { event_name: Name }
>
/** The rich reply to `chat_accepted` / `chat_updated`. */
export type JivoCrmReply = components['schemas']['CrmReply']
/** The minimal reply every other event expects. */
export type JivoAckReply = components['schemas']['AckReply']

export type ParseJivoWebhookResult =
  | { data: JivoWebhookEvent; error?: never }
  | { data?: never; error: JivoWebhookError }

/** Why a body is not a webhook Jivo could have sent, with each violation's JSON path. */
export class JivoWebhookError extends Error {
  readonly issues: SchemaIssue[]
  /** The `event_name` the body claimed, when it had one. */
  readonly eventName: string | undefined

  constructor(reason: string, issues: SchemaIssue[], eventName?: string) {
    const detail = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')
    super(
      `[martech-sandbox] Failed to parse "JivoChat webhook": ${reason}${detail ? `: ${detail}` : ''}.`,
    )
    this.name = 'JivoWebhookError'
    this.issues = issues
    this.eventName = eventName
  }
}

/** A validator `npm run generate` precompiled from the spec (ajv standalone code). */
type Precompiled = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null }

// Precompiled, so parsing a webhook neither loads ajv nor compiles a schema at run time.
const precompiled = validators as unknown as Record<string, Precompiled>

/**
 * event_name → validator, from the spec's WebhookEvent discriminator. A Map, since event_name is
 * the sender's text: `constructor` or `__proto__` must find nothing.
 */
const eventSchemas = new Map<string, Precompiled>(
  Object.entries(validators.eventSchemaNames as Record<string, string>).map(([event, schema]) => [
    event,
    precompiled[schema] as Precompiled,
  ]),
)

/** The event names Jivo sends, in the order the spec lists them. */
export const jivoEventNames = [...eventSchemas.keys()] as JivoEventName[]

/**
 * Validates a webhook body (raw JSON text, bytes, or an already parsed object) and returns the
 * typed event, or an error naming every violation. Unknown extra fields are accepted, as Jivo adds
 * fields over time.
 */
export function parseJivoWebhook(body: unknown): ParseJivoWebhookResult {
  let value = body
  if (typeof body === 'string' || body instanceof Uint8Array) {
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body)
    try {
      value = JSON.parse(text)
    } catch (cause) {
      return { error: new JivoWebhookError(`body is not JSON (${(cause as Error).message})`, []) }
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: new JivoWebhookError('body is not a JSON object', []) }
  }
  const eventName = (value as { event_name?: unknown }).event_name
  if (typeof eventName !== 'string') {
    return {
      error: new JivoWebhookError('no event_name', [
        { path: '$.event_name', message: 'is required' },
      ]),
    }
  }
  const validate = eventSchemas.get(eventName)
  if (!validate) {
    return {
      error: new JivoWebhookError(
        `unknown event_name "${eventName}"`,
        [
          {
            path: '$.event_name',
            message: `must be one of ${jivoEventNames.join(', ')}`,
          },
        ],
        eventName,
      ),
    }
  }
  if (!validate(value)) {
    return {
      error: new JivoWebhookError(`invalid ${eventName}`, formatIssues(validate.errors), eventName),
    }
  }
  return { data: value as JivoWebhookEvent }
}

/**
 * Builds the reply Jivo reads from a CRM: `result: "ok"` plus whatever you pass. Throws on a
 * reply Jivo would not accept (11 custom_data rows, a crm_link that is not a URL): that is a bug
 * in the caller, not a runtime condition.
 *
 * @example
 * crmReply({
 *   contact_info: { name: 'Ana López', email: 'ana@example.com' },
 *   custom_data: [{ title: 'Lifetime value', content: '1 240 €' }],
 *   crm_link: 'https://crm.example.com/contacts/42',
 *   enable_assign: true,
 * })
 */
export function crmReply(fields: Omit<JivoCrmReply, 'result'> = {}): JivoCrmReply {
  const reply: JivoCrmReply = { result: 'ok', ...fields }
  const validate = precompiled.CrmReply as Precompiled
  if (!validate(reply)) {
    const detail = formatIssues(validate.errors)
      .map((issue) => `${issue.path} ${issue.message}`)
      .join('; ')
    throw new TypeError(
      `[martech-sandbox] Failed to build "JivoChat CRM reply": ${detail}. Fix the fields passed to crmReply().`,
    )
  }
  return reply
}
