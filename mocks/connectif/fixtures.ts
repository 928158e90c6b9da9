/**
 * Connectif data in a fixture file (`martech-sandbox serve --seed fixtures.json`), per account:
 * `store`, `allowedDomains`, `contactFields`, `contacts`, `products`, `couponSets`, `workflows`,
 * `segments` (`{id?, name, contacts: [e-mails]}`, what an export's `segmentId` narrows to).
 * Records go through the same tables the API writes, so a seeded contact is found by email, and
 * pass the same checks as the API's bodies (`ContactPatchByExternalId`, `ContactFieldCreation`,
 * `ProductCreation` in openapi/connectif.yaml, and a contact's custom fields against their
 * definitions): a fixture that the API would refuse does not load.
 */
import type { ValidateFunction } from 'ajv'
import connectifDocument from '../../src/generated/connectif.document.ts'
import { createSchemaValidator, formatIssues } from '../../src/openapi/schema-validator.ts'
import type { Account } from '../sandbox/accounts.ts'
import { SandboxError } from '../sandbox/sandbox-error.ts'
import { settingsOf } from './account-settings.ts'
import {
  type ContactFieldRecord,
  checkCustomFieldValue,
  isBuiltInField,
} from './contact-fields/contact-fields.ts'
import type { ContactRecord } from './contacts/contacts.ts'
import type { CouponSetRecord } from './coupon-sets/coupon-sets.ts'
import { addSegment, findSegment } from './exports/segments.ts'
import type { ProductRecord } from './products/products.ts'
import type { ConnectifState } from './state.ts'
import type { WorkflowRecord } from './workflows/workflows.ts'

interface ConnectifFixtures {
  store?: Record<string, unknown>
  allowedDomains?: string[]
  contactFields?: Array<Omit<ContactFieldRecord, 'accountId'>>
  contacts?: Array<Partial<Omit<ContactRecord, 'accountId'>>>
  products?: Array<Partial<Omit<ProductRecord, 'accountId'>> & { productId: string }>
  couponSets?: Array<Partial<Omit<CouponSetRecord, 'accountId'>> & { name: string }>
  workflows?: Array<Partial<Omit<WorkflowRecord, 'accountId'>> & { name: string }>
  segments?: Array<{ id?: string; name: string; contacts?: string[] }>
}

const KNOWN = new Set([
  'store',
  'allowedDomains',
  'contactFields',
  'contacts',
  'products',
  'couponSets',
  'workflows',
  'segments',
])

const invalid = (reason: string) => new SandboxError(400, reason)

let schemas: ReturnType<typeof createSchemaValidator> | undefined
const compiled = new Map<string, ValidateFunction>()

/** Throws the first way `value` breaks the API's body schema `name`, located at `where`. */
function checkAgainst(name: string, value: unknown, where: string): void {
  let validate = compiled.get(name)
  if (!validate) {
    schemas ??= createSchemaValidator(connectifDocument, 'connectif-fixtures')
    validate = schemas.compile(`#/components/schemas/${name}`)
    compiled.set(name, validate)
  }
  if (validate(value)) return
  const [issue] = formatIssues(validate.errors)
  throw invalid(
    `${where}${issue?.path.replace(/^\$/, '') ?? ''} ${issue?.message ?? 'is invalid'} (${name})`,
  )
}

/** Fields a fixture may seed although the API computes them (ids, totals, timestamps). */
const SEEDABLE_EXTRAS = new Set(['id', '_externalId'])

/** Seeds are written with fixed timestamps so fixtures give the same answers every run. */
const SEEDED_AT = '2026-01-01T00:00:00.000Z'

export function seedConnectifFixtures(
  state: ConnectifState,
  account: Account,
  data: unknown,
): void {
  const accountId = account.id
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw invalid('expected an object')
  const fixtures = data as ConnectifFixtures
  for (const key of Object.keys(fixtures)) {
    if (!KNOWN.has(key)) throw invalid(`unknown key "${key}" (expected ${[...KNOWN].join(', ')})`)
  }
  let counter = 0
  // Fixture ids are derived from the account and position, so they are stable without the sandbox's
  // dice, and 24 hex digits like Connectif's own ids.
  const accountHex = fnv1a(accountId).toString(16).padStart(8, '0')
  const nextId = () => `${accountHex}${(++counter).toString(16).padStart(16, '0')}`
  const arrayOf = <T>(name: string, value: T[] | undefined): T[] => {
    if (value === undefined) return []
    if (!Array.isArray(value)) throw invalid(`"${name}" must be an array`)
    return value
  }
  if (fixtures.store !== undefined || fixtures.allowedDomains !== undefined) {
    const settings = settingsOf(account)
    account.settings.connectif = {
      store: { ...settings.store, ...fixtures.store },
      allowedDomains: fixtures.allowedDomains
        ? arrayOf('allowedDomains', fixtures.allowedDomains)
        : settings.allowedDomains,
    }
  }
  for (const [index, field] of arrayOf('contactFields', fixtures.contactFields).entries()) {
    if (!field.id || isBuiltInField(field.id))
      throw invalid(`contactFields[${index}] needs a custom id`)
    checkAgainst('ContactFieldCreation', field, `contactFields[${index}]`)
    state.contactFields.insert({
      custom: true,
      readOnly: false,
      required: false,
      ...field,
      accountId,
    })
  }
  for (const [index, contact] of arrayOf('contacts', fixtures.contacts).entries()) {
    if (!contact._email && !contact._externalId)
      throw invalid(`contacts[${index}] needs _email or _externalId`)
    // The fields the API takes are checked as the API checks them; computed ones may be seeded.
    const given = Object.fromEntries(
      Object.entries(contact).filter(([key]) =>
        key.startsWith('_') ? isBuiltInField(key) && !SEEDABLE_EXTRAS.has(key) : key !== 'id',
      ),
    )
    checkAgainst('ContactPatchByExternalId', given, `contacts[${index}]`)
    for (const [key, value] of Object.entries(given)) {
      if (key.startsWith('_')) continue
      const problem = checkCustomFieldValue(state, accountId, key, value)
      if (problem) throw invalid(`contacts[${index}].${key} ${problem}`)
    }
    state.contacts.insert({
      _createdAt: SEEDED_AT,
      _updatedAt: SEEDED_AT,
      _isAnonymous: false,
      _totalPurchases: 0,
      _totalPurchasesAmount: 0,
      _averagePurchasesAmount: 0,
      ...contact,
      ...(contact._email ? { _email: String(contact._email).toLowerCase() } : {}),
      id: typeof contact.id === 'string' ? contact.id : nextId(),
      accountId,
    } as ContactRecord)
  }
  for (const [index, product] of arrayOf('products', fixtures.products).entries()) {
    if (!product.productId) throw invalid(`products[${index}] needs productId`)
    const { productId: _productId, id: _id, ...productFields } = product
    checkAgainst('ProductCreation', productFields, `products[${index}]`)
    state.products.insert({
      availability: 'instock',
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
      ...product,
      id: product.id ?? nextId(),
      accountId,
    })
  }
  for (const [index, set] of arrayOf('couponSets', fixtures.couponSets).entries()) {
    if (!set.name) throw invalid(`couponSets[${index}] needs name`)
    const codes = set.codes ?? []
    const type = set.type ?? (set.code ? 'single' : 'multiple')
    state.couponSets.insert({
      type,
      quantity: type === 'single' ? null : codes.length,
      available: type === 'single' ? null : codes.length,
      assigned: 0,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
      usedInWorkflows: [],
      ...set,
      codes,
      id: set.id ?? nextId(),
      accountId,
    })
  }
  for (const workflow of arrayOf('workflows', fixtures.workflows)) {
    state.workflows.insert({
      status: 'active',
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
      ...workflow,
      id: workflow.id ?? nextId(),
      accountId,
    } as WorkflowRecord)
  }
  for (const [index, segment] of arrayOf('segments', fixtures.segments).entries()) {
    if (typeof segment.name !== 'string') throw invalid(`segments[${index}] needs name`)
    if (segment.id !== undefined && !/^[0-9a-fA-F]{24}$/.test(segment.id))
      throw invalid(`segments[${index}].id must be 24 hex digits, like every Connectif id`)
    const contacts = arrayOf(`segments[${index}].contacts`, segment.contacts)
    if (contacts.some((email) => typeof email !== 'string'))
      throw invalid(`segments[${index}].contacts must be e-mail addresses`)
    const id = segment.id ?? nextId()
    if (findSegment(state, id)) throw invalid(`segments[${index}].id ${id} is taken`)
    addSegment(state, { id, accountId, name: segment.name, contacts })
  }
}

/** 32-bit FNV-1a: a stable hash of the account id, for fixture ids. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++)
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
  return hash
}
