/**
 * Grades a CRM's reply the way Jivo reads it: a 2xx status, a JSON body, `result: "ok"`, and a
 * body that fits `CrmReply` (for `chat_accepted` / `chat_updated`) or `AckReply` (every other
 * event). The schemas are the spec's own, compiled from openapi/jivochat.yaml; nothing is
 * restated here. Each violation carries the JSON path ajv reports (`$.custom_data[3].title`).
 *
 * @see shared/research/jivochat.md §4 (reply contract [C:S1]; 10 custom_data fields [C:S3], applied
 * to the webhook reply [I]), §7.3–7.4 (grading [I])
 * @example
 * checkReply('chat_accepted', { status: 200, body: '{"result":"error"}' }).violations
 * // [{ code: 'non_ok_result', path: '$.result', message: '…' }]
 */
import type { JivoCrmReply, JivoEventName } from '../../../src/clients/jivochat.ts'
import jivochatDocument from '../../../src/generated/jivochat.document.ts'
import {
  createSchemaValidator,
  formatIssues,
  type SchemaValidator,
} from '../../../src/openapi/schema-validator.ts'
import type { AgentView, Violation } from './report.ts'

/** The events whose reply can carry data for the agent [C:S1]. */
export const RICH_REPLY_EVENTS: ReadonlySet<JivoEventName> = new Set([
  'chat_accepted',
  'chat_updated',
])

let validator: SchemaValidator | undefined
const schemas = () => {
  validator ??= createSchemaValidator(jivochatDocument, 'jivochat')
  return validator
}

export interface ReplyVerdict {
  json: unknown
  violations: Violation[]
  warnings: string[]
  agentView: AgentView | null
}

export function checkReply(
  event: JivoEventName,
  response: { status: number; body: string },
): ReplyVerdict {
  const violations: Violation[] = []
  const warnings: string[] = []
  const rich = RICH_REPLY_EVENTS.has(event)
  if (response.status < 200 || response.status > 299) {
    violations.push({
      code: 'http_error',
      path: '$',
      message: `HTTP ${response.status}: Jivo expects a 2xx answer with a JSON body`,
    })
  }
  let json: unknown
  if (response.body.trim() === '') {
    violations.push({ code: 'invalid_json', path: '$', message: 'the body is empty, not JSON' })
    return { json: undefined, violations, warnings, agentView: null }
  }
  try {
    json = JSON.parse(response.body)
  } catch (error) {
    violations.push({
      code: 'invalid_json',
      path: '$',
      message: `the body is not JSON (${(error as Error).message}): ${preview(response.body)}`,
    })
    return { json: undefined, violations, warnings, agentView: null }
  }
  const schema = rich ? 'CrmReply' : 'AckReply'
  const validate = schemas().compile(`#/components/schemas/${schema}`)
  if (!validate(json)) {
    for (const issue of formatIssues(validate.errors)) {
      violations.push({
        code: 'schema_violation',
        path: issue.path,
        message: `${issue.message} (${schema} in openapi/jivochat.yaml)`,
      })
    }
  }
  const result = (json as { result?: unknown } | null)?.result
  if (typeof result === 'string' && result !== 'ok') {
    violations.push({
      code: 'non_ok_result',
      path: '$.result',
      message: rich
        ? `result is ${JSON.stringify(result)}, not "ok": Jivo reads it as an error text and shows the agent nothing from this reply`
        : `result is ${JSON.stringify(result)}, not "ok": Jivo reads it as an error text`,
    })
  }
  if (!rich && isObject(json)) {
    const extra = Object.keys(json).filter((key) => key !== 'result')
    if (extra.length)
      warnings.push(
        `Jivo ignores ${extra.join(', ')} in the reply to ${event}; it reads only result`,
      )
  }
  const usable = rich && violations.length === 0
  return {
    json,
    violations,
    warnings,
    agentView: usable ? agentViewOf(json as JivoCrmReply) : null,
  }
}

/**
 * What the agent app shows from a valid rich reply [C:S1]. Only for a reply without violations:
 * what Jivo shows for a partly broken reply is undocumented, so nothing is assumed [INF].
 */
export function agentViewOf(reply: JivoCrmReply): AgentView {
  const contact = reply.contact_info
  return {
    contactFields: contact
      ? Object.fromEntries(
          (['name', 'phone', 'email', 'description'] as const)
            .filter((field) => typeof contact[field] === 'string' && contact[field] !== '')
            .map((field) => [field, contact[field] as string]),
        )
      : {},
    customData: (reply.custom_data ?? []).map(({ title, key, content, link }) => ({
      title,
      ...(key ? { key } : {}),
      content,
      ...(link ? { link } : {}),
    })),
    crmLinkButton: reply.crm_link ?? null,
    assignButton: reply.enable_assign === true,
    page: reply.page
      ? { url: reply.page.url, ...(reply.page.title ? { title: reply.page.title } : {}) }
      : null,
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat
}
