// createContactField: POST /contact-fields/ — 201 ContactField with `custom: true`, or 422 naming the field.
// Behaviour: shared/research/connectif.md §5.4 — id rules, `id` reserved, ≤150 chars, defaultValue rules [DOC]; 201, 422, unique ids and defaultValue matching the field type [INF].
import { defineRoute } from '../define-route.ts'
import { type Issue, validationError } from '../errors.ts'
import { toResource } from '../records.ts'
import { findCustomField, isBuiltInField } from './contact-fields.ts'
import { checkFieldValue } from './field-values.ts'

/** Starts with a letter; letters, digits, `-`, `_` and brackets [DOC]. */
const FIELD_ID = /^[A-Za-z][A-Za-z0-9_\-[\]]*$/
const MAX_ID_LENGTH = 150
/** Field types that take no default value [DOC]. */
const NO_DEFAULT = new Set(['email', 'phone'])

export const createContactField = defineRoute('createContactField', (ctx, state) => {
  const { body } = ctx
  const accountId = ctx.account.id
  const issues: Issue[] = []
  if (body.id === 'id') issues.push({ path: '/id', reason: 'is reserved' })
  else if (!FIELD_ID.test(body.id))
    issues.push({
      path: '/id',
      reason: 'must start with a letter and contain only letters, digits, -, _ and brackets',
    })
  else if (body.id.length > MAX_ID_LENGTH)
    issues.push({ path: '/id', reason: `must be at most ${MAX_ID_LENGTH} characters` })
  else if (findCustomField(state, accountId, body.id) || isBuiltInField(body.id))
    issues.push({ path: '/id', reason: `is already used by contact field ${body.id}` })

  if (body.defaultValue !== undefined && NO_DEFAULT.has(body.type)) {
    issues.push({ path: '/defaultValue', reason: `is not allowed for ${body.type} fields` })
  } else if (
    body.defaultValue === undefined &&
    body.required === true &&
    !NO_DEFAULT.has(body.type)
  ) {
    issues.push({ path: '/defaultValue', reason: 'is required when required is true' })
  } else if (body.defaultValue !== undefined) {
    const problem = checkFieldValue(body, body.defaultValue)
    if (problem) issues.push({ path: '/defaultValue', reason: problem })
  }
  if (issues.length) return validationError(issues)

  const field = state.contactFields.insert({
    ...body,
    custom: true,
    readOnly: false,
    required: body.required ?? false,
    accountId,
  })
  return { status: 201, body: toResource(field) }
})
