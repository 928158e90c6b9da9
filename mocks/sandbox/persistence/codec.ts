/**
 * State as JSON text and back, for stores and for `data export`: JSON, plus what the sandbox's
 * state holds that JSON has no word for — a Map is `{"$map": [[key, value], …]}`, a Set
 * `{"$set": […]}`, bytes `{"$bytes": "<base64>"}`, and a number JSON cannot write (an import
 * worker free since -Infinity) `{"$number": "-Infinity"}`.
 *
 * @example
 * decode(encode(new Map([['a', new Set([1])]]))) // Map { 'a' => Set { 1 } }
 */

export function encode(value: unknown): string {
  // A replacer is a call back into JS for every key and value (measured: most of a save's
  // serialising); most rows hold nothing to tag, and a walk over them is cheaper than that.
  return needsNoTag(value, 0) ? JSON.stringify(value) : JSON.stringify(value, replace)
}

export function decode(text: string): unknown {
  // Most rows hold none of the tagged forms: a plain parse is several times faster than a reviver.
  return text.includes('{"$') ? JSON.parse(text, revive) : JSON.parse(text)
}

function replace(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null) {
    if (value instanceof Map) return { $map: [...value] }
    if (value instanceof Set) return { $set: [...value] }
    if (value instanceof Uint8Array) return { $bytes: toBase64(value) }
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    return { $number: String(value) }
  }
  return value
}

/** True when `JSON.stringify(value)` alone writes what `encode(value)` writes. */
export function holdsOnlyJson(value: unknown): boolean {
  return needsNoTag(value, 0)
}

/** Deeper than this, the replacer decides (and reports a cycle as JSON.stringify does). */
const PLAIN_DEPTH = 32

/**
 * True when JSON.stringify alone writes what it would with the replacer: only plain objects,
 * arrays, strings, booleans, null and finite numbers. Anything else (a Map, a class instance,
 * a Date, an object with its own toJSON) goes through the replacer.
 */
function needsNoTag(value: unknown, depth: number): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'object' || value === null) return true
  if (depth > PLAIN_DEPTH) return false
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++)
      if (!needsNoTag(value[index], depth + 1)) return false
    return true
  }
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  for (const key in value) {
    if (key === 'toJSON' || !needsNoTag((value as Record<string, unknown>)[key], depth + 1))
      return false
  }
  return true
}

function revive(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const keys = Object.keys(value)
  if (keys.length !== 1) return value
  const tagged = value as Record<string, unknown>
  if (Array.isArray(tagged.$map)) return new Map(tagged.$map as Array<[unknown, unknown]>)
  if (Array.isArray(tagged.$set)) return new Set(tagged.$set)
  if (typeof tagged.$bytes === 'string') return fromBase64(tagged.$bytes)
  if (typeof tagged.$number === 'string') return Number(tagged.$number)
  return value
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0))
}
