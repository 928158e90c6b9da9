/**
 * Every example in every document validates against its own schema, and every operation and
 * webhook carries at least one example for its request body and its success response.
 */
import { describe, expect, it } from 'vitest'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { createSchemaValidator, formatIssues } from '../../src/openapi/schema-validator.ts'
import {
  escapePointer,
  listOperations,
  loadOpenApiDocuments,
  resolveRef,
} from '../support/openapi-documents.ts'

interface ExampleCase {
  name: string
  schemaPointer: string
  value: unknown
}

type Node = Record<string, unknown>

/** Named and single examples of a media type, parameter or header object. */
function examplesOf(document: OpenApiDocument, holder: Node): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = []
  if ('example' in holder) found.push(['example', holder.example])
  for (const [name, example] of Object.entries((holder.examples ?? {}) as Node)) {
    const resolved = resolveRef(document, example) as Node
    if ('value' in resolved) found.push([name, resolved.value])
  }
  return found
}

function collectExampleCases(document: OpenApiDocument): ExampleCase[] {
  const cases: ExampleCase[] = []
  const fromContent = (label: string, pointer: string, content: Node | undefined) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      const mediaNode = media as Node
      if (!mediaNode.schema) continue
      for (const [name, value] of examplesOf(document, mediaNode)) {
        cases.push({
          name: `${label} ${mediaType} example "${name}"`,
          schemaPointer: `${pointer}/content/${escapePointer(mediaType)}/schema`,
          value,
        })
      }
    }
  }
  for (const { label, operation } of listOperations(document)) {
    const parameters = (operation.parameters ?? []) as Node[]
    for (const raw of parameters) {
      const ref = typeof raw.$ref === 'string' ? raw.$ref : undefined
      const parameter = resolveRef(document, raw)
      if (!ref || !parameter.schema) continue // inline parameters are checked by Redocly
      for (const [name, value] of examplesOf(document, parameter)) {
        cases.push({
          name: `${label} parameter ${parameter.name} "${name}"`,
          schemaPointer: `${ref}/schema`,
          value,
        })
      }
    }
    const body = operation.requestBody as Node | undefined
    if (body) {
      const pointer = typeof body.$ref === 'string' ? body.$ref : undefined
      const resolved = resolveRef(document, body)
      if (pointer) fromContent(`${label} request`, pointer, resolved.content as Node)
    }
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Node)) {
      const ref = (response as Node).$ref
      if (typeof ref === 'string') {
        fromContent(
          `${label} ${status}`,
          ref,
          resolveRef(document, response as Node).content as Node,
        )
      }
    }
  }
  return cases
}

/** Inline bodies and responses: validated through the operation's own pointer. */
function collectInlineCases(document: OpenApiDocument): ExampleCase[] {
  const cases: ExampleCase[] = []
  for (const { label, pointer, operation } of listOperations(document)) {
    const body = operation.requestBody as Node | undefined
    if (body && typeof body.$ref !== 'string') {
      for (const [mediaType, media] of Object.entries((body.content ?? {}) as Node)) {
        if (!(media as Node).schema) continue
        for (const [name, value] of examplesOf(document, media as Node)) {
          cases.push({
            name: `${label} request ${mediaType} example "${name}"`,
            schemaPointer: `${pointer}/requestBody/content/${escapePointer(mediaType)}/schema`,
            value,
          })
        }
      }
    }
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Node)) {
      if (typeof (response as Node).$ref === 'string') continue
      for (const [mediaType, media] of Object.entries(((response as Node).content ?? {}) as Node)) {
        if (!(media as Node).schema) continue
        for (const [name, value] of examplesOf(document, media as Node)) {
          cases.push({
            name: `${label} ${status} ${mediaType} example "${name}"`,
            schemaPointer: `${pointer}/responses/${status}/content/${escapePointer(mediaType)}/schema`,
            value,
          })
        }
      }
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    for (const [index, value] of (((schema as Node).examples ?? []) as unknown[]).entries()) {
      cases.push({
        name: `schema ${name} examples[${index}]`,
        schemaPointer: `#/components/schemas/${name}`,
        value,
      })
    }
  }
  return cases
}

function hasExample(document: OpenApiDocument, content: unknown): boolean {
  return Object.values((content ?? {}) as Node).some(
    (media) => examplesOf(document, media as Node).length > 0,
  )
}

for (const { service, document } of loadOpenApiDocuments()) {
  describe(`openapi/${service}.yaml`, () => {
    const validator = createSchemaValidator(document, service)
    const cases = [...collectExampleCases(document), ...collectInlineCases(document)]

    it('has examples to check', () => {
      expect(cases.length).toBeGreaterThan(0)
    })

    it.each(cases.map((c) => [c.name, c] as const))(
      '%s matches its schema',
      (_, { schemaPointer, value }) => {
        const validate = validator.compile(schemaPointer)
        const valid = validate(value)
        expect(valid ? [] : formatIssues(validate.errors)).toEqual([])
      },
    )

    it.each(listOperations(document).map((entry) => [entry.label, entry] as const))(
      '%s has a request example and a success response example',
      (_, { operation }) => {
        const body = operation.requestBody
          ? resolveRef(document, operation.requestBody as Node)
          : undefined
        if (body) expect(hasExample(document, body.content), 'request body example').toBe(true)
        const successes = Object.entries((operation.responses ?? {}) as Node).filter(([status]) =>
          status.startsWith('2'),
        )
        expect(successes.length, 'a 2xx response').toBeGreaterThan(0)
        const withContent = successes
          .map(([, response]) => resolveRef(document, response as Node))
          .filter((response) => response.content)
        // A 204 has no body to exemplify; any 2xx with a body must show one.
        for (const response of withContent) {
          expect(hasExample(document, response.content), 'success response example').toBe(true)
        }
      },
    )
  })
}
