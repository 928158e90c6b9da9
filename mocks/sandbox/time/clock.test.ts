import { describe, expect, it } from 'vitest'
import { createClock } from './clock.ts'

describe('createClock', () => {
  it('follows real time until told otherwise', () => {
    let real = 1_000
    const clock = createClock(() => real)
    real = 5_000
    expect(clock.now()).toBe(5_000)
  })

  it('advances by a duration string while time keeps running', () => {
    let real = 1_000
    const clock = createClock(() => real)
    clock.advance('61s')
    real += 10
    expect(clock.now()).toBe(1_000 + 61_000 + 10)
  })

  it('stands still when frozen, moves only by advance, and resumes from there', () => {
    let real = 1_000
    const clock = createClock(() => real)
    clock.freeze(50_000)
    real = 9_999
    expect(clock.now()).toBe(50_000)
    clock.advance('2m')
    expect(clock.now()).toBe(170_000)
    clock.unfreeze()
    real += 5
    expect(clock.now()).toBe(170_005)
  })

  it('rejects a duration it cannot read, naming it', () => {
    expect(() => createClock().advance('soon')).toThrow('Failed to parse "duration "soon""')
  })
})
