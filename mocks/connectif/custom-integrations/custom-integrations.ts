/** Custom integrations: the containers of an account's custom event types. */
import { getOwned, IndexedTable } from '../../sandbox/records/indexed-table.ts'
import type { Schemas, Scoped } from '../records.ts'

export type CustomIntegrationRecord = Scoped<Schemas['CustomIntegration']>

export function createCustomIntegrationTables() {
  return {
    customIntegrations: new IndexedTable<CustomIntegrationRecord>({
      name: 'custom integrations',
      primaryKey: (i) => i.id,
    }),
  }
}

export type CustomIntegrationTables = ReturnType<typeof createCustomIntegrationTables>

export function findIntegration(
  state: CustomIntegrationTables,
  accountId: string,
  id: string,
): CustomIntegrationRecord | undefined {
  return getOwned(state.customIntegrations, accountId, id)
}
