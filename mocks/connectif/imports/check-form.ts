/**
 * The `POST /imports/` form rules the schema cannot express. Kept apart from the CSV checks because
 * they run first: a refused form never has its file read.
 */
import { getOwned } from '../../sandbox/indexed-table.ts'
import type { ConnectifState } from '../state.ts'

export type ImportType = 'contacts' | 'products' | 'coupons'

export interface ImportForm {
  type: ImportType
  delimiter: ',' | ';'
  overrideExisting: boolean
  updateOnlyEmptyFields: boolean
  couponSetId?: string
  file: unknown
}

export type Issue = { path: string; reason: string }

/** What the schema cannot say: the cross-field rules and the coupon set's existence. */
export function checkForm(state: ConnectifState, accountId: string, form: ImportForm): Issue[] {
  const issues: Issue[] = []
  if (!(form.file instanceof Blob))
    issues.push({ path: 'file', reason: 'must be a file part (with a filename), not a text field' })
  if (form.updateOnlyEmptyFields && !form.overrideExisting)
    issues.push({
      path: 'updateOnlyEmptyFields',
      reason: 'may be true only if overrideExisting is true',
    })
  if (form.type === 'coupons') {
    // The spec lists no 404 for this operation, so a missing set is a 422 on the field [INF].
    const set = form.couponSetId
      ? getOwned(state.couponSets, accountId, form.couponSetId)
      : undefined
    if (!form.couponSetId)
      issues.push({ path: 'couponSetId', reason: 'is required when type is coupons' })
    else if (!set)
      issues.push({ path: 'couponSetId', reason: `coupon set ${form.couponSetId} does not exist` })
    else if (set.type === 'single')
      // A single set has one shared code; unique codes only make sense in a multiple set [INF].
      issues.push({
        path: 'couponSetId',
        reason: `coupon set ${set.id} is of type single; codes can only be imported into a multiple set`,
      })
  }
  return issues
}
