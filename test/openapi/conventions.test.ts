/** The conventions of openapi/README.md, checked so they stay true as the specs grow. */
import { describe, expect, it } from 'vitest'
import { listOperations, loadOpenApiDocuments } from '../support/openapi-documents.ts'

for (const { service, document } of loadOpenApiDocuments()) {
  describe(`openapi/${service}.yaml`, () => {
    it('is OpenAPI 3.1', () => {
      expect(document.openapi).toMatch(/^3\.1\./)
    })

    it('gives every operation a unique lowerCamelCase operationId and a summary', () => {
      const operations = listOperations(document)
      const ids = operations.map(({ operation }) => operation.operationId)
      expect(ids.filter((id) => typeof id !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(id))).toEqual(
        [],
      )
      expect(new Set(ids).size).toBe(ids.length)
      expect(
        operations
          .filter(({ operation }) => typeof operation.summary !== 'string')
          .map((o) => o.label),
      ).toEqual([])
    })

    it('explains every inferred item with an "Inferred:" sentence beside the mark', () => {
      const unexplained: string[] = []
      const walk = (node: unknown, where: string): void => {
        if (typeof node !== 'object' || node === null) return
        const record = node as Record<string, unknown>
        if (record['x-inferred'] === true && !String(record.description ?? '').includes('Inferred'))
          unexplained.push(where)
        for (const [key, value] of Object.entries(record)) walk(value, `${where}/${key}`)
      }
      walk(document, '#')
      expect(unexplained).toEqual([])
    })
  })
}
