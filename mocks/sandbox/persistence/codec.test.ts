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

  it('writes a plain value as JSON.stringify does, without a replacer', () => {
    const event = {
      id: 'e1',
      seq: 3,
      session: null,
      metadata: {},
      tags: ['a', { b: [true, -0, 1.5e300] }],
      skipped: undefined,
      method: () => 1,
    }
    expect(encode(event)).toBe(JSON.stringify(event))
    expect(encode(Object.assign(Object.create(null), { a: 1 }))).toBe('{"a":1}')
  })

  it('still tags what JSON cannot say when it sits deep inside a plain value', () => {
    expect(encode({ a: [{ b: { c: new Map([['k', 1]]) } }] })).toBe(
      '{"a":[{"b":{"c":{"$map":[["k",1]]}}}]}',
    )
    expect(encode([1, [Number.NaN]])).toBe('[1,[{"$number":"NaN"}]]')
    expect(encode({ body: new Uint8Array([255]) })).toBe('{"body":{"$bytes":"/w=="}}')
    expect(encode({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}')
    expect(encode({ toJSON: () => new Set(['x']) })).toBe('{"$set":["x"]}')
    class Point {
      readonly tags: Set<string>
      constructor(tags: Set<string>) {
        this.tags = tags
      }
    }
    expect(encode(new Point(new Set(['x'])))).toBe('{"tags":{"$set":["x"]}}')
  })

  it('reports a cycle as JSON.stringify does', () => {
    const looped: Record<string, unknown> = {}
    looped.self = looped
    expect(() => encode(looped)).toThrow(TypeError)
  })
})
