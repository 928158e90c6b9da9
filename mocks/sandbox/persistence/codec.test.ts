import { describe, expect, it } from 'vitest'
import { decode, encode } from './codec.ts'

describe('the state codec', () => {
  it.each([
    ['a plain record', { id: 'c1', _email: 'ana@example.com', tags: ['a'], n: null }],
    ['a Map of Sets', new Map([['acct\u0000s1', new Set(['e1', 'e2'])]])],
    ['a Set', new Set(['k1', 'k2'])],
    ['-Infinity and NaN', { freeAt: Number.NEGATIVE_INFINITY, nan: Number.NaN }],
    ['bytes', { body: new Uint8Array([0, 1, 254, 255]) }],
    [
      'a CRM-like object of Maps',
      { users: new Map([['user-1', { id: 'user-1' }]]), lastIds: { user: 1 } },
    ],
  ])('gives back %s as it was', (_, value) => {
    expect(decode(encode(value))).toEqual(value)
  })

  it('writes plain JSON for plain values, and tags only what JSON cannot say', () => {
    expect(encode({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}')
    expect(encode(new Map([['k', 1]]))).toBe('{"$map":[["k",1]]}')
    expect(encode(new Set(['k']))).toBe('{"$set":["k"]}')
  })
})
