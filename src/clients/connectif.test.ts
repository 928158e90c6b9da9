import { describe, expect, it } from 'vitest'
import { useRecordingServer } from '../../test/support/recording-server.ts'
import { createConnectifClient } from './connectif.ts'

const recording = useRecordingServer()

const contact = { id: '5cf8c05f5b4cb901091f7d98', _email: 'ana@example.com', _name: 'Ana' }

describe('createConnectifClient', () => {
  it('sends the key as `Authorization: apiKey keyId:secret` and returns typed data', async () => {
    recording().reply({ status: 200, body: contact })
    const connectif = createConnectifClient({ apiKey: 'key1:s3cret', baseUrl: recording().url })
    const { data, error } = await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { _name: 'Ana', 'reskyt-token': 'device-1' },
    })
    expect(error).toBeUndefined()
    expect(data?._email).toBe('ana@example.com')
    const [request] = recording().requests
    expect(request?.method).toBe('PATCH')
    expect(request?.url).toBe('/contacts/email/ana%40example.com')
    expect(request?.headers.authorization).toBe('apiKey key1:s3cret')
    expect(JSON.parse(request?.body ?? '')).toEqual({ _name: 'Ana', 'reskyt-token': 'device-1' })
  })

  it('defaults the base URL to the real service', async () => {
    const seen: string[] = []
    const connectif = createConnectifClient({
      apiKey: 'k:s',
      fetch: async (input) => {
        seen.push(new Request(input).url)
        return Response.json(contact)
      },
    })
    await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
    })
    expect(seen).toEqual(['https://api.connectif.cloud/contacts/email/ana%40example.com'])
  })

  it('surfaces an error body as a typed value, not a throw', async () => {
    const notFound = { status: 404, title: 'Not Found', detail: 'Contact not found.' }
    recording().reply({ status: 404, body: notFound })
    const connectif = createConnectifClient({ apiKey: 'k:s', baseUrl: recording().url })
    const { data, error, response } = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'nobody@example.com' } },
    })
    expect(data).toBeUndefined()
    expect(response.status).toBe(404)
    expect(error).toEqual(notFound)
  })

  it('returns a 429 as an error when retryOn429 is off', async () => {
    recording().reply({
      status: 429,
      headers: { 'X-RateLimit-Reset': '1' },
      body: { status: 429, title: 'Too Many Requests' },
    })
    const connectif = createConnectifClient({ apiKey: 'k:s', baseUrl: recording().url })
    const { error, response } = await connectif.GET('/purchases/{id}', {
      params: { path: { id: 'x' } },
    })
    expect(response.status).toBe(429)
    expect(error).toMatchObject({ status: 429 })
    expect(recording().requests).toHaveLength(1)
  })

  it('with retryOn429, waits until X-RateLimit-Reset and sends the same request again', async () => {
    const resetAt = Math.ceil(Date.now() / 1000) + 1
    recording().reply(
      {
        status: 429,
        headers: { 'X-RateLimit-Reset': String(resetAt), 'X-RateLimit-Remaining': '0' },
      },
      { status: 200, body: contact },
    )
    const connectif = createConnectifClient({
      apiKey: 'k:s',
      baseUrl: recording().url,
      retryOn429: true,
    })
    const { data } = await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { _name: 'Ana' },
    })
    expect(data).toEqual(contact)
    expect(recording().requests).toHaveLength(2)
    expect(recording().requests[1]?.body).toBe(recording().requests[0]?.body)
    expect(Date.now()).toBeGreaterThanOrEqual(resetAt * 1000)
  })

  it('gives up after maxRetries and returns the last 429', async () => {
    recording().reply({ status: 429, headers: { 'Retry-After': '0' } })
    const connectif = createConnectifClient({
      apiKey: 'k:s',
      baseUrl: recording().url,
      retryOn429: { maxRetries: 2 },
    })
    const { response } = await connectif.GET('/purchases/{id}', { params: { path: { id: 'x' } } })
    expect(response.status).toBe(429)
    expect(recording().requests).toHaveLength(3)
  })
})
