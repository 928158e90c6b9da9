/**
 * Applies `type=products` rows: matched by `productId`, created when new, else updated by the
 * upsert options. URL columns must stay within the account's authorized domains, as the product
 * routes require (E0201).
 */
import type { IdGenerator } from '../../sandbox/ids.ts'
import { findProductByProductId, PRODUCT_URL_FIELDS } from '../products-model.ts'
import { isAuthorizedUrl } from '../route-helpers.ts'
import type { ConnectifState, ImportRecord, ProductRecord } from '../state.ts'
import { asText, CONVERTERS, type Convert, Problem } from './converters.ts'
import { PRODUCT_FIELDS, resolveSchema, specCheck } from './import-fields.ts'
import { ROW_PROBLEM } from './parse-csv.ts'
import { changesFor, type RowApplier, readRow, upsertOptions } from './row-applier.ts'

export function productsApplier(
  state: ConnectifState,
  job: ImportRecord,
  ids: IdGenerator,
): RowApplier {
  const { accountId } = job
  const options = upsertOptions(job)
  const header = Object.keys(job.pendingRows[0] ?? {}).filter((name) => name !== ROW_PROBLEM)
  const columns = header
    .filter((name) => name !== 'productId')
    .map((name) => ({ name, convert: productConverter(name) }))
  const urlColumns = PRODUCT_URL_FIELDS.filter((field) => header.includes(field))
  const allowedDomains = state.accountSettings(accountId).allowedDomains
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
  if (convert === CONVERTERS.date) return convert
  const check = specCheck('ProductCreation', name)
  return (raw) => {
    const value = convert(raw)
    return value instanceof Problem ? value : check(value)
  }
}
