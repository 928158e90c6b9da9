import { expect, it } from 'vitest'
import { createIdGenerator } from './ids.ts'

it('gives the same ids for the same seed, and others for another seed', () => {
  const a = createIdGenerator(7)
  const b = createIdGenerator(7)
  const c = createIdGenerator(8)
  const first = [a.objectId(), a.alphanumeric(8), a.uuid()]
  expect([b.objectId(), b.alphanumeric(8), b.uuid()]).toEqual(first)
  expect(c.objectId()).not.toBe(first[0])
})

it('shapes ids like the real services do', () => {
  const ids = createIdGenerator(3)
  expect(ids.objectId()).toMatch(/^[0-9a-f]{24}$/)
  expect(ids.alphanumeric(8)).toMatch(/^[A-Za-z0-9]{8}$/)
  expect(ids.uuid()).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  )
})

it('starts over after reseed', () => {
  const ids = createIdGenerator(11)
  const first = ids.objectId()
  ids.objectId()
  ids.reseed()
  expect(ids.objectId()).toBe(first)
})
