/**
 * Grades a CRM's reply the way Jivo reads it: a 2xx status, a JSON body, `result: "ok"`, and a
 * body that fits `CrmReply` (for `chat_accepted` / `chat_updated`) or `AckReply` (every other
 * event). The schemas are the spec's own, compiled from openapi/jivochat.yaml; nothing is
 * restated here. Each violation carries the JSON path ajv reports (`$.custom_data[3].title`).
 * A rule the spec marks `x-inferred` (the 10-row cap, a required `name` or `title`, `crm_link` as
 * an ASCII URI, `contact_info` as an object rather than `[]`) is not Jivo's documented contract:
 * breaking it is a warning, never a violation, and the agent view still shows the reply.
 *
 * @see shared/research/jivochat.md §4 (reply contract [C:S1]; 10 custom_data fields [C:S3], applied
 * to the webhook reply [I]), §7.3–7.4 (grading [I])
 * @example
 * checkReply('chat_accepted', { status: 200, body: '{"result":"error"}' }).violations
 * // [{ code: 'non_ok_result', path: '$.result', message: '…' }]
 */
import type { JivoCrmReply, JivoEventName } from '../../../src/clients/jivochat.ts'
import jivochatDocument from '../../../src/generated/jivochat.document.ts'
import type { OpenApiDocument } from '../../../src/openapi/openapi-document.ts'
import {
  createSchemaValidator,
  formatIssues,
  pruneCompositionErrors,
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
  const root = `#/components/schemas/${schema}`
  const validate = schemas().compile(root)
  if (!validate(json)) {
    const errors = pruneCompositionErrors(validate.errors ?? [])
    const inferred = errors.filter((error) => isInferredRule(root, error.schemaPath))
    for (const issue of formatIssues(errors.filter((error) => !inferred.includes(error))))
      violations.push({
        code: 'schema_violation',
        path: issue.path,
        message: `${issue.message} (${schema} in openapi/jivochat.yaml)`,
      })
    for (const issue of formatIssues(inferred))
      warnings.push(
        `${issue.path} ${issue.message}: a rule openapi/jivochat.yaml infers (x-inferred), not one Jivo documents`,
      )
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
 * Whether the schema keyword at `schemaPath` (as ajv reports it: relative to the compiled schema
 * `root`, or absolute in the document once a `$ref` was followed) sits in a schema the spec
 * marks `x-inferred`.
 */
function isInferredRule(root: string, schemaPath: string): boolean {
  const absolute = schemaPath.startsWith('#/components/')
    ? schemaPath
    : `${root}${schemaPath.slice(1)}`
  let node: unknown = jivochatDocument as OpenApiDocument
  const segments = absolute.slice(2).split('/').slice(0, -1) // the keyword's parent schema
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return false
    node = (node as Record<string, unknown>)[segment.replaceAll('~1', '/').replaceAll('~0', '~')]
  }
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as Record<string, unknown>)['x-inferred'] === true
  )
}

/** Rows Jivo shows at most [C:S3 for setCustomData; I for the webhook reply]. */
const CUSTOM_DATA_ROWS = 10

/**
 * What the agent app shows from a rich reply that breaks no documented rule [C:S1]: what Jivo
 * shows for a reply breaking a documented rule is undocumented, so nothing is assumed [INF]. An
 * inferred rule broken only drops what cannot be shown: rows past the tenth [INF].
 */
export function agentViewOf(reply: JivoCrmReply): AgentView {
  // `[]` (PHP's empty array) is no contact info.
  const contact = Array.isArray(reply.contact_info) ? undefined : reply.contact_info
  return {
    contactFields: contact
      ? Object.fromEntries(
          (['name', 'phone', 'email', 'description'] as const)
            .filter((field) => typeof contact[field] === 'string' && contact[field] !== '')
            .map((field) => [field, contact[field] as string]),
        )
      : {},
    customData: (reply.custom_data ?? [])
      .slice(0, CUSTOM_DATA_ROWS)
      .map(({ title, key, content, link }) => ({
        ...(title === undefined ? {} : { title }),
        ...(key ? { key } : {}),
        ...(content === undefined ? {} : { content }),
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
