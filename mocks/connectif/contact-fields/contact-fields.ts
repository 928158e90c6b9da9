/**
 * Contact fields: the built-in ones every account has (`_email`, `_name`, …) and the custom ones
 * an account defines, which contact bodies and import CSVs address by id.
 *
 * @see shared/research/connectif.md §5.1 (value types per field type [DOC]), §5.4 (fields [DOC])
 */
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import type { Schemas, Scoped } from '../records.ts'
import { checkFieldValue } from './field-values.ts'

type ContactField = Schemas['ContactField']

export type ContactFieldRecord = Scoped<ContactField>

export function createContactFieldTables() {
  return {
    contactFields: new IndexedTable<ContactFieldRecord>({
      name: 'contact fields',
      primaryKey: (f) => scopedKey(f.accountId, f.id) as string,
    }),
  }
}

export type ContactFieldTables = ReturnType<typeof createContactFieldTables>

const builtIn = (
  id: string,
  name: string,
  type: ContactField['type'],
  readOnly = false,
): ContactField => ({
  id,
  name,
  type,
  custom: false,
  readOnly,
  required: id === '_email',
})

/** Built-in fields [DOC: RES/contact]; `readOnly` ones are computed by Connectif. */
export const BUILT_IN_CONTACT_FIELDS: readonly ContactField[] = [
  builtIn('_email', 'Email', 'email'),
  builtIn('_externalId', 'External id', 'text'),
  builtIn('_name', 'Name', 'text'),
  builtIn('_surname', 'Surname', 'text'),
  builtIn('_birthdate', 'Birthdate', 'date'),
  builtIn('_mobilePhone', 'Mobile phone', 'phone'),
  builtIn('_emailStatus', 'Email status', 'radio'),
  builtIn('_mobilePhoneStatus', 'Mobile phone status', 'radio'),
  builtIn('_newsletterSubscriptionStatus', 'Newsletter subscription status', 'radio'),
  builtIn('_smsSubscriptionStatus', 'SMS subscription status', 'radio'),
  builtIn('_points', 'Points', 'integer'),
  builtIn('_totalPurchases', 'Total purchases', 'integer', true),
  builtIn('_totalPurchasesAmount', 'Total purchases amount', 'decimal', true),
  builtIn('_averagePurchasesAmount', 'Average purchases amount', 'decimal', true),
  builtIn('_firstPurchaseDate', 'First purchase date', 'date', true),
  builtIn('_lastPurchaseDate', 'Last purchase date', 'date', true),
]

export const isBuiltInField = (id: string) =>
  BUILT_IN_CONTACT_FIELDS.some((field) => field.id === id)

export function findCustomField(
  state: ContactFieldTables,
  accountId: string,
  id: string,
): ContactFieldRecord | undefined {
  return state.contactFields.get(scopedKey(accountId, id) as string)
}

/**
 * Why `value` cannot be stored in custom field `id`, or undefined when it can. An unknown field
 * is refused [INF: the real API's handling of unknown keys is not documented; refusing catches
 * typos such as `reskyt-tokn` that would otherwise vanish].
 */
export function checkCustomFieldValue(
  state: ContactFieldTables,
  accountId: string,
  id: string,
  value: unknown,
): string | undefined {
  const field = findCustomField(state, accountId, id)
  if (!field) return `unknown contact field "${id}"; create it with POST /contact-fields/ first`
  return checkFieldValue({ ...field, type: field.type ?? 'text' }, value)
}
