import { describe, expect, it } from 'vitest'
import { useRecordingServer } from '../../test/support/recording-server.ts'
import { createHellotextClient } from './hellotext.ts'

const recording = useRecordingServer()

describe('createHellotextClient', () => {
  it('tracks with the seed’s own body and Bearer token, reading 201 {"state":"ok"}', async () => {
    recording().reply({ status: 201, body: { state: 'ok' } })
    const hellotext = createHellotextClient({ token: 'sk_test_1', baseUrl: recording().url })
    const { data, error, response } = await hellotext.POST('/v1/attribution/events', {
      body: { action: 'product.purchased', product: 'vxqQJ3Yg', profile: 'MzYwlE50' },
    })
    expect(error).toBeUndefined()
    expect(response.status).toBe(201)
    expect(data).toEqual({ state: 'ok' })
    const [request] = recording().requests
    expect(request?.headers.authorization).toBe('Bearer sk_test_1')
    expect(JSON.parse(request?.body ?? '')).toEqual({
      action: 'product.purchased',
      product: 'vxqQJ3Yg',
      profile: 'MzYwlE50',
    })
  })

  it('defaults the base URL to the real service', async () => {
    const seen: string[] = []
    const hellotext = createHellotextClient({
      token: 't',
      fetch: async (input) => {
        seen.push(new Request(input).url)
        return Response.json({ state: 'ok' }, { status: 201 })
      },
    })
    await hellotext.POST('/v1/attribution/events', {
      body: { action: 'product.purchased', product: 'vxqQJ3Yg', profile: 'MzYwlE50' },
    })
    expect(seen).toEqual(['https://api.hellotext.com/v1/attribution/events'])
  })

  it('surfaces the errors[] body as a typed value', async () => {
    const body = {
      errors: [
        {
          type: 'not_found',
          parameter: 'profile',
          message: 'Profile not found.',
          description: 'Profile not found.',
        },
      ],
    }
    recording().reply({ status: 404, body })
    const hellotext = createHellotextClient({ token: 't', baseUrl: recording().url })
    const { error, response } = await hellotext.GET('/v1/profiles/{id}', {
      params: { path: { id: 'vxqQJ3Yg' } },
    })
    expect(response.status).toBe(404)
    expect(error?.errors[0]?.type).toBe('not_found')
  })
})
