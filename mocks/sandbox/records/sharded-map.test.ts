import { expect, it } from 'vitest'
import { ShardedMap } from './sharded-map.ts'

it('behaves as a Map by key: overwrites, deletes, counts and clears across its parts', () => {
  const map = new ShardedMap<number>()
  for (let i = 0; i < 1000; i++) map.set(`key-${i}`, i)
  map.set('key-7', 70)
  expect(map.size).toBe(1000)
  expect(map.get('key-7')).toBe(70)
  expect(map.delete('key-8')).toBe(true)
  expect(map.delete('key-8')).toBe(false)
  expect([map.has('key-8'), map.has('key-9'), map.size]).toEqual([false, true, 999])
  map.clear()
  expect([map.size, map.get('key-9')]).toEqual([0, undefined])
})
