import { describe, expect, it } from 'vitest'
import { createOriginResolver, isLoopback, type OriginOptions } from './public-origin.ts'

const proxied = {
  host: '127.0.0.1:4010',
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'api.connectif.cloud',
}

describe('createOriginResolver', () => {
  it.each<[string, OriginOptions, string | undefined, Record<string, string>, string]>([
    ['a direct request', {}, '127.0.0.1', { host: '127.0.0.1:4010' }, 'http://127.0.0.1:4010'],
    [
      'a loopback proxy, trusted by default',
      {},
      '127.0.0.1',
      proxied,
      'https://api.connectif.cloud',
    ],
    ['an IPv6 loopback proxy', {}, '::1', proxied, 'https://api.connectif.cloud'],
    [
      'an IPv4-mapped loopback proxy',
      {},
      '::ffff:127.0.0.1',
      proxied,
      'https://api.connectif.cloud',
    ],
    ['a remote peer, not trusted by default', {}, '203.0.113.9', proxied, 'http://127.0.0.1:4010'],
    [
      'a remote peer with trustProxy: true',
      { trustProxy: true },
      '203.0.113.9',
      proxied,
      'https://api.connectif.cloud',
    ],
    [
      'a loopback proxy with trustProxy: false',
      { trustProxy: false },
      '127.0.0.1',
      proxied,
      'http://127.0.0.1:4010',
    ],
    [
      'the first of several proxies',
      {},
      '127.0.0.1',
      { host: 'x', 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'a.example, b.example' },
      'https://a.example',
    ],
    [
      'a separate X-Forwarded-Port',
      {},
      '127.0.0.1',
      {
        host: 'x',
        'x-forwarded-proto': 'http',
        'x-forwarded-host': 'a.example',
        'x-forwarded-port': '8080',
      },
      'http://a.example:8080',
    ],
    [
      'the default port of the scheme, dropped',
      {},
      '127.0.0.1',
      { host: 'api.connectif.cloud:443', 'x-forwarded-proto': 'https' },
      'https://api.connectif.cloud',
    ],
    [
      'a scheme that is not http(s), ignored',
      {},
      '127.0.0.1',
      { host: 'a.example', 'x-forwarded-proto': 'javascript' },
      'http://a.example',
    ],
    [
      'a host with a path or spaces, ignored',
      {},
      '127.0.0.1',
      { host: 'a.example', 'x-forwarded-host': 'evil.example/x y' },
      'http://a.example',
    ],
    [
      'a public URL, over any header',
      { publicUrl: 'https://sandbox.example.com/qa/' },
      '127.0.0.1',
      proxied,
      'https://sandbox.example.com/qa',
    ],
  ])('reads %s', (_, options, peer, headers, want) => {
    expect(createOriginResolver(options)(peer, headers)).toBe(want)
  })

  it.each(['sandbox.example.com', 'ftp://sandbox.example.com', 'https://a.example/?x=1'])(
    'refuses the public URL %s',
    (publicUrl) => {
      expect(() => createOriginResolver({ publicUrl })).toThrow(TypeError)
    },
  )

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true)
    expect(['10.0.0.1', '::ffff:10.0.0.1', '::2', undefined].some(isLoopback)).toBe(false)
  })
})
