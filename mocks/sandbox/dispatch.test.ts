/**
 * One way to fail: a route answers, or throws a SandboxError for the caller's mistake (rendered
 * in the service's own shape); anything else it throws is a 500 that says it is a sandbox bug.
 */
import { describe, expect, it } from 'vitest'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { json } from './route-result.ts'
import { createSandboxCore } from './sandbox.ts'
import { SandboxError } from './sandbox-error.ts'
import { defineService } from './service-definition.ts'

const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'tiny', version: '1' },
  paths: {
    '/mistake': { get: { operationId: 'mistake', responses: { '400': { description: 'x' } } } },
    '/bug': { get: { operationId: 'bug', responses: { '200': { description: 'x' } } } },
  },
}

function sandboxWith(throwing: { mistake: () => never; bug: () => never }, controlPlane = false) {
  const service = defineService<null>({
    name: 'tiny',
    document,
    hosts: [],
    routes: [
      { operationId: 'mistake', handle: throwing.mistake },
      { operationId: 'bug', handle: throwing.bug },
    ],
    renderFailure: (failure) => json(failure.kind === 'rejected' ? failure.status : 500, failure),
    createState: () => null,
    controlPlane,
  })
  return createSandboxCore({ services: [service] })
}

const get = (core: ReturnType<typeof sandboxWith>, path: string) =>
  core.dispatch({
    service: 'tiny',
    method: 'GET',
    path,
    query: new URLSearchParams(),
    headers: {},
    baseUrl: 'https://tiny.test',
    adminUrl: 'https://tiny.test/__admin',
  })

describe('a route that throws', () => {
  const core = sandboxWith({
    mistake: () => {
      throw new SandboxError(409, 'that name is taken')
    },
    bug: () => {
      // A real bug reads like a caller's mistake to a catch-all TypeError handler.
      throw new TypeError("Cannot read properties of undefined (reading 'id')")
    },
  })

  it('answers a SandboxError with its status, rendered by the service', async () => {
    expect(await get(core, '/mistake')).toMatchObject({
      status: 409,
      body: { kind: 'rejected', status: 409, message: 'that name is taken' },
    })
  })

  it('answers any other error 500, saying it is a bug in the sandbox', async () => {
    const result = await get(core, '/bug')
    expect(result.status).toBe(500)
    expect(result.body).toEqual({
      error:
        '[martech-sandbox] Failed to run "tiny.bug": Cannot read properties of undefined (reading \'id\'). This is a bug in martech-sandbox; please report it.',
    })
  })
})

it('journals a service’s requests, and neither journals nor faults a control plane’s', async () => {
  const throwing = {
    mistake: () => {
      throw new SandboxError(400, 'no')
    },
    bug: () => {
      throw new Error('bug')
    },
  }
  const service = sandboxWith(throwing)
  const controlPlane = sandboxWith(throwing, true)
  for (const core of [service, controlPlane]) {
    core.faults.add({ status: 503 })
    expect((await get(core, '/mistake')).status).toBe(core === service ? 503 : 400)
  }
  expect(service.journal.list()).toHaveLength(1)
  expect(controlPlane.journal.list()).toEqual([])
})
