/**
 * Deterministic ids from a seed, in the shapes the real services use: Connectif's 24-hex ObjectIds
 * (`5cf8c05f5b4cb901091f7d98`), Hellotext's 8-character ids (`vxqQJ3Yg`), secrets and tokens.
 * The same seed gives the same ids in the same order, so fixtures and snapshots are stable.
 *
 * @example
 * const ids = createIdGenerator(42)
 * ids.objectId() // always the same 24-hex string for seed 42
 */

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export interface IdGenerator {
  /** A float in [0, 1): the sandbox's dice, for ids and for fault probabilities. */
  random(): number
  /** 24 lowercase hex characters, like a MongoDB ObjectId. */
  objectId(): string
  /** `length` characters of [A-Za-z0-9]. */
  alphanumeric(length: number): string
  /** An RFC 4122 version-4 UUID. */
  uuid(): string
  /** Starts the sequence again from `seed` (default: the original seed). */
  reseed(seed?: number): void
  /** Where the sequence stands, for a store to save: the seed reset returns to, and the position. */
  position(): IdPosition
  /** Continues a saved sequence: the next ids are those that would have followed. */
  restore(position: IdPosition): void
}

export interface IdPosition {
  seed: number
  state: number
}

/** mulberry32: small, fast, and good enough for ids that only need to be distinct and repeatable. */
function mulberry32(seed: number): { next: () => number; state: () => number } {
  let state = seed >>> 0
  return {
    next: () => {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
    state: () => state,
  }
}

export function createIdGenerator(seed = 1): IdGenerator {
  let generator = mulberry32(seed)
  let next = generator.next
  const hex = (length: number) => {
    let out = ''
    for (let i = 0; i < length; i++) out += Math.floor(next() * 16).toString(16)
    return out
  }
  return {
    random: () => next(),
    objectId: () => hex(24),
    alphanumeric(length) {
      let out = ''
      for (let i = 0; i < length; i++) out += ALPHANUMERIC[Math.floor(next() * ALPHANUMERIC.length)]
      return out
    },
    uuid() {
      const h = hex(32)
      const variant = ((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16)
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
    },
    reseed(newSeed = seed) {
      generator = mulberry32(newSeed)
      next = generator.next
    },
    position: () => ({ seed, state: generator.state() }),
    restore(position) {
      seed = position.seed
      generator = mulberry32(position.state)
      next = generator.next
    },
  }
}
