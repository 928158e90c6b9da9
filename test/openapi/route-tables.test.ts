/** Every spec builds a route table (all schema keywords supported), and each service files its routes by its spec's tags. */
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { assertSupportedKeywords, buildRouteTable } from '../../mocks/sandbox/route-table.ts'
import { listRouteFiles } from '../../scripts/generate-route-maps.ts'
import { loadOpenApiDocuments } from '../support/openapi-documents.ts'

it.each(loadOpenApiDocuments().map((d) => [d.service, d] as const))(
  'openapi/%s.yaml builds a route table',
  (service, { document }) => {
    expect(() => assertSupportedKeywords(document, service)).not.toThrow()
    const table = buildRouteTable(document, service)
    const pathOperations = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.values(item).filter(
        (op) => typeof (op as { operationId?: unknown })?.operationId === 'string',
      ),
    )
    expect(table.operations.size).toBe(pathOperations.length)
  },
)

/** Services whose routes are filed by their spec's tags (JivoChat's CRM document is derived). */
const FILED_BY_TAG = ['admin', 'connectif', 'hellotext', 'reskyt']

describe.each(
  loadOpenApiDocuments()
    .filter((d) => FILED_BY_TAG.includes(d.service))
    .map((d) => [d.service, d] as const),
)('mocks/%s/', (service, { document }) => {
  const dir = fileURLToPath(new URL(`../../mocks/${service}/`, import.meta.url))
  const sections = listRouteFiles(document)

  it('holds each operation at <section>/<operationId>.ts, its section the first tag', () => {
    const missing = [...sections]
      .map(([operationId, section]) => `${section}/${operationId}.ts`)
      .filter((file) => !existsSync(`${dir}${file}`))
    expect(missing).toEqual([])
  })

  it('has one folder per section, and no other', () => {
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(folders).toEqual([...new Set(sections.values())].sort())
  })
})
