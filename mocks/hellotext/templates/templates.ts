/**
 * Message templates. SMS templates are created `approved`; WhatsApp ones start `pending` until
 * approved or rejected (the admin API plays the reviewer). `header`, `footer` and `buttons` are
 * WhatsApp only; at most 10 buttons, of which 2 `url`, 1 `phone` and 1 `copy`.
 *
 * @see shared/research/hellotext-reskyt.md A9 "POST /v1/templates" [DOC: HELP templates]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { invalid, notAllowed, parameterMissing } from '../errors.ts'
import {
  byId,
  findIn,
  newId,
  type Owned,
  type Schemas,
  type Sequence,
  withoutBookkeeping,
} from '../records.ts'

export type TemplateInput = Schemas['TemplateInput']

export interface TemplateRecord extends Owned {
  name: string
  technology: 'sms' | 'whatsapp' | 'any'
  category?: 'marketing' | 'utility'
  body: string
  header?: Schemas['TemplateHeader']
  footer?: string
  buttons?: Schemas['TemplateButton'][]
  state: 'pending' | 'approved' | 'rejected'
}

export function createTemplateTables() {
  return { templates: byId<TemplateRecord>('templates') }
}

export type TemplateTables = ReturnType<typeof createTemplateTables>

const BUTTON_LIMITS: Record<string, number> = { url: 2, phone: 1, copy: 1 }
const WHATSAPP_ONLY = ['header', 'footer', 'buttons'] as const

export function findTemplate(state: TemplateTables, accountId: string, id: string) {
  return findIn(state.templates, accountId, id)
}

export function templateResource(template: TemplateRecord): Schemas['Template'] {
  return withoutBookkeeping(template)
}

/** WhatsApp-only parts on an SMS template, or too many buttons of a kind, are the caller's mistake. */
function check(merged: Partial<TemplateRecord>): void {
  if (merged.technology === 'sms') {
    const extra = WHATSAPP_ONLY.find((key) => merged[key] !== undefined)
    if (extra)
      throw rejectWith(
        notAllowed(extra, 'This parameter is only available for WhatsApp templates.'),
      )
  }
  for (const [type, limit] of Object.entries(BUTTON_LIMITS)) {
    if ((merged.buttons ?? []).filter((b) => b.type === type).length > limit)
      throw rejectWith(
        invalid('buttons', 'At most 2 url buttons, 1 phone button and 1 copy button.'),
      )
  }
}

function defined(input: TemplateInput): Partial<TemplateRecord> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
}

export function createTemplate(
  state: TemplateTables & Sequence,
  ctx: CallerContext,
  input: TemplateInput,
): TemplateRecord {
  const accountId = ctx.account.id
  // A template is a named body for a channel: the three are required [INF].
  const { name, technology, body } = input
  if (name === undefined) throw rejectWith(parameterMissing('name'))
  if (technology === undefined) throw rejectWith(parameterMissing('technology'))
  if (body === undefined) throw rejectWith(parameterMissing('body'))
  check(input)
  return state.templates.insert({
    accountId,
    id: newId(ctx, (id) => findTemplate(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    ...defined(input),
    name,
    technology,
    body,
    state: technology === 'sms' ? 'approved' : 'pending',
  })
}

export function updateTemplate(
  state: TemplateTables,
  template: TemplateRecord,
  input: TemplateInput,
): TemplateRecord {
  const merged = { ...template, ...defined(input) }
  check(merged)
  return state.templates.update(template, () => merged)
}
