import { describe, expect, it } from 'vitest'
import { rememberedUpTo } from './remembered.ts'

describe('rememberedUpTo', () => {
  it('computes a key once, an undefined answer included, and past its bound computes each time', () => {
    const computed: string[] = []
    const serviceOf = rememberedUpTo(2, (host) => {
      computed.push(host)
      return host.startsWith('api.') ? host.slice(4) : undefined
    })
    expect([serviceOf('api.a'), serviceOf('api.a'), serviceOf('x'), serviceOf('x')]).toEqual([
      'a',
      'a',
      undefined,
      undefined,
    ])
    expect(computed).toEqual(['api.a', 'x'])
    serviceOf('api.b')
    serviceOf('api.b')
    expect(computed).toEqual(['api.a', 'x', 'api.b', 'api.b'])
  })
})
