/**
 * One applier per import type: how a row becomes a contact, a product or a coupon code. Contacts
 * are matched by `_email`, products by `productId`; either is created when new, else updated by
 * the job's upsert options. Cells are converted by field type and checked against the spec's
 * schema or the custom field's definition; product URLs must stay within the account's authorized
 * domains, as the product routes require (E0201).
 *
 * @see shared/research/connectif.md §8, §9 and §13.6 — row rules and coupon counters [DOC/INF]
 */
import type { IdGenerator } from '../../sandbox/records/ids.ts'
import { getOwned } from '../../sandbox/records/indexed-table.ts'
import {
  type ContactFieldTables,
  checkCustomFieldValue,
  findCustomField,
} from '../contact-fields/contact-fields.ts'
import {
  type ContactRecord,
  type ContactTables,
  findContactByEmail,
  findContactByExternalId,
} from '../contacts/contacts.ts'
import { type CouponSetTables, codesOf } from '../coupon-sets/coupon-sets.ts'
import {
  findProductByProductId,
  PRODUCT_URL_FIELDS,
  type ProductRecord,
  type ProductTables,
} from '../products/products.ts'
import { isAuthorizedUrl } from '../route-helpers.ts'
import type { ImportRecord } from './imports.ts'
import {
  asText,
  BUILT_IN_FIELDS,
  CellProblem,
  CONVERTERS,
  type Convert,
  changesFor,
  checkedBy,
  headerOf,
  PRODUCT_FIELDS,
  ROW_PROBLEM,
  type RowApplier,
  readRow,
  resolveSchema,
  specCheck,
  upsertOptions,
} from './row-values.ts'

export function contactsApplier(
  state: ContactTables & ContactFieldTables,
  job: ImportRecord,
  ids: IdGenerator,
): RowApplier {
  const { accountId } = job
  const options = upsertOptions(job)
  const columns = headerOf(job)
    .filter((name) => name !== '_email')
    .map((name) => ({ name, convert: contactConverter(state, accountId, name) }))
  const checkEmail = specCheck('Contact', '_email')
  return {
    apply(row, at) {
      const email = row._email?.trim().toLowerCase()
      if (!email) return '_email is required'
      if (checkEmail(email) instanceof CellProblem)
        return `_email "${row._email}" is not a valid email`
      const existing = findContactByEmail(state, accountId, email)
      const values = readRow(row, columns, existing ? {} : newContact(accountId, email, at))
      if (typeof values === 'string') return values
      const changes = existing ? changesFor(existing, values, options) : values
      if (!changes) return undefined
      const externalId = changes._externalId
      const holder =
        typeof externalId === 'string'
          ? findContactByExternalId(state, accountId, externalId)
          : undefined
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
function contactConverter(state: ContactFieldTables, accountId: string, name: string): Convert {
  const builtIn = BUILT_IN_FIELDS.get(name)
  if (builtIn) {
    const convert = CONVERTERS[builtIn.type as keyof typeof CONVERTERS] ?? asText
    return checkedBy(convert, specCheck('Contact', name))
  }
  return (raw) => {
    const field = findCustomField(state, accountId, name)
    const value = (CONVERTERS[field?.type as keyof typeof CONVERTERS] ?? asText)(raw)
    if (value instanceof CellProblem) return value
    const problem = checkCustomFieldValue(state, accountId, name, value)
    return problem === undefined ? value : new CellProblem(problem)
  }
}

export function productsApplier(
  state: ProductTables,
  job: ImportRecord,
  ids: IdGenerator,
  allowedDomains: string[],
): RowApplier {
  const { accountId } = job
  const options = upsertOptions(job)
  const header = headerOf(job)
  const columns = header
    .filter((name) => name !== 'productId')
    .map((name) => ({ name, convert: productConverter(name) }))
  const urlColumns = PRODUCT_URL_FIELDS.filter((field) => header.includes(field))
  return {
    apply(row, at) {
      const productId = row.productId?.trim()
      if (!productId) return 'productId is required'
      const values = readRow(row, columns)
      if (typeof values === 'string') return values
      for (const field of urlColumns) {
        const url = values[field]
        if (typeof url === 'string' && !isAuthorizedUrl(url, allowedDomains))
          return `${field} "${url}" is not in the account's authorized domains (E0201)`
      }
      const existing = findProductByProductId(state, accountId, productId)
      if (!existing) {
        state.products.insert({
          availability: 'instock',
          ...values,
          accountId,
          id: ids.objectId(),
          productId,
          createdAt: at,
          updatedAt: at,
        } as ProductRecord)
        return undefined
      }
      const changes = changesFor(existing, values, options)
      if (changes && Object.keys(changes).length > 0)
        state.products.update(existing, (current) =>
          Object.assign(current, changes, { updatedAt: at }),
        )
      return undefined
    },
  }
}

/** Product columns convert by their type in the ProductCreation schema, then are checked by it. */
function productConverter(name: string): Convert {
  const schema = resolveSchema(PRODUCT_FIELDS.get(name))
  const types = [schema.type].flat()
  const convert: Convert = types.includes('integer')
    ? CONVERTERS.integer
    : types.includes('number')
      ? CONVERTERS.decimal
      : types.includes('boolean')
        ? CONVERTERS.boolean
        : types.includes('array')
          ? CONVERTERS.checkbox
          : schema.format === 'date-time'
            ? CONVERTERS.date
            : asText
  return checkedBy(convert, specCheck('ProductCreation', name))
}

/** Coupon rows add their `code` to the job's multiple set; the set's counters are written once per catch-up. */
export function couponsApplier(state: CouponSetTables, job: ImportRecord): RowApplier | string {
  const setId = job.options?.couponSetId ?? ''
  const set = getOwned(state.couponSets, job.accountId, setId)
  if (!set) return `coupon set ${setId} no longer exists`
  const known = codesOf(state, set)
  let added = 0
  return {
    apply(row) {
      const problem = row[ROW_PROBLEM]
      if (problem !== undefined) return problem
      const code = row.code?.trim()
      if (!code) return 'code is empty'
      if (known.has(code)) return `code "${code}" is already in coupon set ${set.id}`
      known.add(code)
      set.codes.push(code)
      added++
      return undefined
    },
    commit(at) {
      if (added === 0) return
      state.couponSets.update(set, (current) => ({
        ...current,
        quantity: (current.quantity ?? 0) + added,
        available: (current.available ?? 0) + added,
        updatedAt: at,
      }))
    },
  }
}
