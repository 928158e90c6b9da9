/**
 * The CSV header row against the import type: every column must name a writable field, so a typo
 * fails the upload with 422 instead of every row of the job.
 */
import { findCustomField } from '../contact-fields-model.ts'
import type { ConnectifState } from '../state.ts'
import type { ImportType, Issue } from './check-form.ts'
import { BUILT_IN_FIELDS, PRODUCT_FIELDS } from './import-fields.ts'

export function checkHeader(
  state: ConnectifState,
  accountId: string,
  type: ImportType,
  header: string[],
): Issue[] {
  const reasons: string[] = []
  const seen = new Set<string>()
  for (const [index, column] of header.entries()) {
    if (column === '') reasons.push(`column ${index + 1} of the header row has no name`)
    else if (seen.has(column)) reasons.push(`column "${column}" appears more than once`)
    seen.add(column)
  }
  if (type === 'coupons') {
    if (header.length !== 1 || header[0] !== 'code')
      reasons.push(
        `the header row must hold exactly one column, "code" (found ${header.map((h) => `"${h}"`).join(', ')})`,
      )
  } else if (type === 'contacts') {
    if (!seen.has('_email')) reasons.push('the header row needs an "_email" column')
    for (const column of seen) {
      if (column === '' || column === '_email') continue
      const builtIn = BUILT_IN_FIELDS.get(column)
      if (builtIn?.readOnly) reasons.push(`column "${column}" is a read-only contact field`)
      else if (!builtIn && !findCustomField(state, accountId, column))
        reasons.push(
          `column "${column}" is not a contact field; create it with POST /contact-fields/ first`,
        )
    }
  } else {
    if (!seen.has('productId')) reasons.push('the header row needs a "productId" column')
    for (const column of seen)
      if (column !== '' && column !== 'productId' && !PRODUCT_FIELDS.has(column))
        reasons.push(`column "${column}" is not a product field`)
  }
  return reasons.map((reason) => ({ path: 'file', reason }))
}
