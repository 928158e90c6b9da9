/**
 * Message templates. SMS templates are created `approved`; WhatsApp ones start `pending` until
 * approved or rejected (the admin API plays the reviewer). `header`, `footer` and `buttons` are
 * WhatsApp only; at most 10 buttons, of which 2 `url`, 1 `phone` and 1 `copy`.
 *
 * @see shared/research/hellotext-reskyt.md A9 "POST /v1/templates" [DOC: HELP templates]
 */
import type { components } from '../../src/generated/hellotext.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { invalid, notAllowed, parameterMissing } from './errors.ts'
import { newId } from './route-helpers.ts'
import { findIn, type HellotextState, type TemplateRecord } from './state.ts'

export type TemplateInput = components['schemas']['TemplateInput']

const BUTTON_LIMITS: Record<string, number> = { url: 2, phone: 1, copy: 1 }
const WHATSAPP_ONLY = ['header', 'footer', 'buttons'] as const

export function findTemplate(state: HellotextState, accountId: string, id: string) {
  return findIn(state.templates, accountId, id)
}

export function templateResource(template: TemplateRecord) {
  const { accountId: _a, seq: _s, ...fields } = template
  return fields
}

function check(merged: Partial<TemplateRecord>): RouteResult | undefined {
  if (merged.technology === 'sms') {
    const extra = WHATSAPP_ONLY.find((key) => merged[key] !== undefined)
    if (extra) return notAllowed(extra, 'This parameter is only available for WhatsApp templates.')
  }
  for (const [type, limit] of Object.entries(BUTTON_LIMITS)) {
    if ((merged.buttons ?? []).filter((b) => b.type === type).length > limit)
      return invalid('buttons', 'At most 2 url buttons, 1 phone button and 1 copy button.')
  }
  return undefined
}

function defined(input: TemplateInput): Partial<TemplateRecord> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
}

export function createTemplate(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  input: TemplateInput,
): TemplateRecord | RouteResult {
  // A template is a named body for a channel: the three are required [INF].
  for (const key of ['name', 'technology', 'body'] as const)
    if (input[key] === undefined) return parameterMissing(key)
  const problem = check(input)
  if (problem) return problem
  return state.templates.insert({
    accountId,
    id: newId(ctx, (id) => findTemplate(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    ...(defined(input) as Pick<TemplateRecord, 'name' | 'technology' | 'body'>),
    state: input.technology === 'sms' ? 'approved' : 'pending',
  })
}

export function updateTemplate(
  state: HellotextState,
  template: TemplateRecord,
  input: TemplateInput,
): TemplateRecord | RouteResult {
  const merged = { ...template, ...defined(input) }
  const problem = check(merged)
  if (problem) return problem
  return state.templates.update(template, () => merged)
}
