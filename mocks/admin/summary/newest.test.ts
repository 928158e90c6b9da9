import { expect, it } from 'vitest'
import { newest } from './newest.ts'

it.each([
  ['fewer than asked', [1, 2], 5, [2, 1]],
  ['exactly as many', [1, 2, 3], 3, [3, 2, 1]],
  ['more than asked', [1, 2, 3, 4, 5, 6, 7], 3, [7, 6, 5]],
  ['none asked', [1, 2], 0, []],
])('keeps the newest records, newest first: %s', (_name, records, count, want) => {
  expect(newest(records, count)).toEqual(want)
})
