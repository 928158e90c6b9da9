/** Workflows: read only through the API, seeded by fixtures [INF: fields, list shape and order]. */
import { IndexedTable } from '../../sandbox/records/indexed-table.ts'
import type { Schemas, Scoped } from '../records.ts'

export type WorkflowRecord = Scoped<Schemas['Workflow']>

export function createWorkflowTables() {
  return {
    workflows: new IndexedTable<WorkflowRecord>({ name: 'workflows', primaryKey: (w) => w.id }),
  }
}
