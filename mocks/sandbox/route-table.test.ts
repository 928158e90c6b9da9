import { describe, expect, it } from 'vitest'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { assertSupportedKeywords, buildRouteTable, getRouteTable } from './route-table.ts'

const tinySpec = (): OpenApiDocument => ({
  openapi: '3.1.0',
  info: { title: 'tiny', version: '1' },
  security: [{ key: [] }],
  paths: {
    '/things/': {
      get: {
        operationId: 'listThings',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } }],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
      patch: {
        operationId: 'patchThing',
        security: [],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string' } },
              },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
    '/things/by-email/{email}': {
      get: {
        operationId: 'getThingByEmail',
        parameters: [
          {
            name: 'email',
            in: 'path',
            required: true,
            schema: { type: 'string', format: 'email' },
          },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
})

describe('buildRouteTable', () => {
  it('matches templated paths, with or without a trailing slash, decoding parameters', () => {
    const table = buildRouteTable(tinySpec(), 'tiny')
    expect(table.find('GET', '/things')?.operation.operationId).toBe('listThings')
    expect(table.find('GET', '/things/')?.operation.operationId).toBe('listThings')
    expect(table.find('GET', '/things/by-email/ana%40example.com')).toMatchObject({
      operation: { operationId: 'getThingByEmail' },
      params: { email: 'ana@example.com' },
    })
    expect(table.find('DELETE', '/things/1')).toBeUndefined()
    expect(table.allowedMethods('/things/1')).toEqual(['GET', 'PATCH'])
  })

  it('reads security per operation, honouring `security: []`', () => {
    const table = buildRouteTable(tinySpec(), 'tiny')
    expect(table.operations.get('getThing')?.requiresAuth).toBe(true)
    expect(table.operations.get('patchThing')?.requiresAuth).toBe(false)
  })

  it('pre-compiles validators that coerce query strings to their schema types', () => {
    const table = buildRouteTable(tinySpec(), 'tiny')
    const validate = table.operations.get('listThings')?.validateQuery
    const query = { limit: '20' }
    expect(validate?.(query)).toBe(true)
    expect(query.limit).toBe(20)
    expect(validate?.({ limit: '500' })).toBe(false)
  })

  it('refuses to start when routes and operations differ', () => {
    const spec = tinySpec()
    expect(() =>
      getRouteTable(spec, 'tiny', ['listThings', 'getThing', 'patchThing', 'deleteThing']),
    ).toThrow(
      /operations without a route: getThingByEmail; routes without an operation in openapi\/tiny.yaml: deleteThing/,
    )
  })

  it('refuses a schema keyword it does not support, naming where', () => {
    const spec = tinySpec()
    const list = spec.paths?.['/things/'] as {
      get: { parameters: Array<{ schema: Record<string, unknown> }> }
    }
    const [limit] = list.get.parameters
    if (!limit) throw new Error('tinySpec has a limit parameter')
    limit.schema.if = {}
    expect(() => assertSupportedKeywords(spec, 'tiny')).toThrow(
      'unsupported schema keyword at #/paths/~1things~1/get/parameters/0/schema/if',
    )
  })
})
