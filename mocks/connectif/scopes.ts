/**
 * The API-key scope each operation needs. Connectif names only "Read/Write Contacts", Imports
 * "Read, Write and Delete" and `export:read`/`export:write`; the full list is unknown, so the
 * sandbox uses `<area>:<read|write|delete>` for every area, as the research suggests.
 *
 * @see shared/research/connectif.md §1 — scopes [DOC partial], identifiers [INF]
 */
import type { OperationSpec } from '../sandbox/route-table.ts'

const AREAS: Record<string, string> = {
  contacts: 'contacts',
  'contact-fields': 'contact-fields',
  products: 'products',
  purchases: 'purchases',
  'coupon-sets': 'coupons',
  imports: 'import',
  exports: 'export',
  'custom-events': 'custom-events',
  'custom-integrations': 'custom-integrations',
  'custom-event-types': 'custom-integrations',
  workflows: 'workflows',
  store: 'store',
}

const ACTIONS: Record<string, string> = {
  GET: 'read',
  POST: 'write',
  PATCH: 'write',
  PUT: 'write',
  DELETE: 'delete',
}

/** `GET /contacts/email/{email}` → `contacts:read`. */
export function scopeOf(operation: OperationSpec): string | undefined {
  const area = AREAS[operation.path.split('/')[1] ?? '']
  return area ? `${area}:${ACTIONS[operation.method] ?? 'write'}` : undefined
}
