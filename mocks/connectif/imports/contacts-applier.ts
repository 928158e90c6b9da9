/**
 * Applies `type=contacts` rows: matched by `_email`, created when new, else updated by the upsert
 * options. Cells are converted by field type and checked against the Contact schema or the custom
 * field's definition.
 */
import type { IdGenerator } from '../../sandbox/ids.ts'
import { checkCustomFieldValue, findCustomField } from '../contact-fields-model.ts'
import {
  type ConnectifState,
  type ContactRecord,
  findContactByEmail,
  findContactByExternalId,
  type ImportRecord,
} from '../state.ts'
import { asText, CONVERTERS, type Convert, Problem } from './converters.ts'
import { BUILT_IN_FIELDS, specCheck } from './import-fields.ts'
import { ROW_PROBLEM } from './parse-csv.ts'
import { changesFor, type RowApplier, readRow, upsertOptions } from './row-applier.ts'

export function contactsApplier(
  state: ConnectifState,
  job: ImportRecord,
  ids: IdGenerator,
): RowApplier {
  const { accountId } = job
  const options = upsertOptions(job)
  const header = Object.keys(job.pendingRows[0] ?? {}).filter((name) => name !== ROW_PROBLEM)
  const columns = header
    .filter((name) => name !== '_email')
    .map((name) => ({ name, convert: contactConverter(state, accountId, name) }))
  const checkEmail = specCheck('Contact', '_email')
  return {
    apply(row, at) {
      const email = row._email?.trim().toLowerCase()
      if (!email) return '_email is required'
      if (checkEmail(email) instanceof Problem) return `_email "${row._email}" is not a valid email`
      const existing = findContactByEmail(state, accountId, email)
      const values = readRow(row, columns, existing ? {} : newContact(accountId, email, at))
      if (typeof values === 'string') return values
      const changes = existing ? changesFor(existing, values, options) : values
      if (!changes) return undefined
      const externalId = changes._externalId as string | undefined
      const holder = externalId ? findContactByExternalId(state, accountId, externalId) : undefined
      if (holder && holder !== existing)
        return `_externalId "${externalId}" is already used by contact ${holder.id}`
      if (!existing) {
        changes.id = ids.objectId()
        state.contacts.insert(changes as ContactRecord)
      } else if (Object.keys(changes).length > 0)
        // Changed in place: a copy per row would double the garbage of a 500k-row update.
        state.contacts.update(existing, (current) =>
          Object.assign(current, changes, { _updatedAt: at }),
        )
      return undefined
    },
  }
}

/** A contact as an import creates it, before the row's fields are read into it. */
function newContact(accountId: string, email: string, at: string): Record<string, unknown> {
  return {
    accountId,
    id: '',
    _email: email,
    _createdAt: at,
    _updatedAt: at,
    _isAnonymous: false,
    _hasPushSubscriptions: false,
    _totalPurchases: 0,
    _totalPurchasesAmount: 0,
    _averagePurchasesAmount: 0,
  }
}

/** Built-in fields by their stored type, checked against the Contact schema; custom ones by their definition. */
function contactConverter(state: ConnectifState, accountId: string, name: string): Convert {
  const builtIn = BUILT_IN_FIELDS.get(name)
  if (builtIn) {
    const convert = CONVERTERS[builtIn.type as keyof typeof CONVERTERS] ?? asText
    // A converted date is already an ISO date-time; the schema has nothing to add.
    if (convert === CONVERTERS.date) return convert
    const check = specCheck('Contact', name)
    return (raw) => {
      const value = convert(raw)
      return value instanceof Problem ? value : check(value)
    }
  }
  return (raw) => {
    const field = findCustomField(state, accountId, name)
    const value = (CONVERTERS[field?.type as keyof typeof CONVERTERS] ?? asText)(raw)
    if (value instanceof Problem) return value
    const problem = checkCustomFieldValue(state, accountId, name, value)
    return problem === undefined ? value : new Problem(problem)
  }
}
