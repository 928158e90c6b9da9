/** Every spec builds a route table (all schema keywords supported), and Connectif's route files match its operations one to one. */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { buildRouteTable } from '../../mocks/sandbox/route-table.ts'
import { connectifOperations } from '../../src/generated/operations.ts'
import { loadOpenApiDocuments } from '../support/openapi-documents.ts'

it.each(loadOpenApiDocuments().map((d) => [d.service, d] as const))(
  'openapi/%s.yaml builds a route table',
  (service, { document }) => {
    const table = buildRouteTable(document, service)
    const pathOperations = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.values(item).filter(
        (op) => typeof (op as { operationId?: unknown })?.operationId === 'string',
      ),
    )
    expect(table.operations.size).toBe(pathOperations.length)
  },
)

it('mocks/connectif/routes/ has exactly one file per Connectif operationId', () => {
  const dir = fileURLToPath(new URL('../../mocks/connectif/routes/', import.meta.url))
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort()
  expect(files).toEqual(Object.keys(connectifOperations).sort())
})
