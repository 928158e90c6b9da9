import { describe, expect, it } from 'vitest'
import { useRecordingServer } from '../../test/support/recording-server.ts'
import { createReskytClient, RESKYT_PUSH_PATH } from './reskyt.ts'

const recording = useRecordingServer()

describe('createReskytClient', () => {
  it('posts a JSON push with the x-api-key header, as Connectif’s outbound event does', async () => {
    recording().reply({ status: 200, body: { success: true } })
    const reskyt = createReskytClient({ apiKey: 'rk_live_1', baseUrl: recording().url })
    const { data, error } = await reskyt.POST(RESKYT_PUSH_PATH, {
      body: {
        title: 'Your cart misses you',
        tokens: ['5d41402abc4b2a76b9719d911017c592'],
        dateEnd: '1767225600',
      },
    })
    expect(error).toBeUndefined()
    expect(data).toEqual({ success: true })
    const [request] = recording().requests
    expect(request?.url).toBe(RESKYT_PUSH_PATH)
    expect(request?.headers['x-api-key']).toBe('rk_live_1')
    expect(request?.headers['content-type']).toBe('application/json')
  })

  it('sends the legacy form call form-encoded, tokens joined by ";", and reads the body "1"', async () => {
    recording().reply({ status: 200, body: '1' })
    const reskyt = createReskytClient({ apiKey: 'unused', baseUrl: recording().url })
    const { data } = await reskyt.POST('/api/push', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: { user: 'shop', password: 'pw', titulo: 'Rebajas', tokens: ['a', 'b'].join(';') },
      parseAs: 'text',
    })
    expect(data).toBe('1')
    const form = new URLSearchParams(recording().requests[0]?.body)
    expect(Object.fromEntries(form)).toEqual({
      user: 'shop',
      password: 'pw',
      titulo: 'Rebajas',
      tokens: 'a;b',
    })
  })

  it('uses the spec’s JSON push path, which is inferred', () => {
    expect(RESKYT_PUSH_PATH).toBe('/api/v2/push')
  })
})
