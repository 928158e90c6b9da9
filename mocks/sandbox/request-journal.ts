/**
 * The last N requests the sandbox answered, newest first: what QA and tests read to see what an
 * integration really sent. A ring buffer, so memory stays flat however long the server runs, and
 * bounded per entry too: a body larger than `maxBodyBytes` is replaced by a note of its size.
 * Secrets are never kept in clear: `Authorization`, `Proxy-Authorization` and `x-api-key` headers
 * and form fields named like a password keep only their last 4 characters.
 *
 * @example
 * const journal = new RequestJournal({ capacity: 1000, maxBodyBytes: 65_536 })
 * journal.record(entry)
 * journal.list({ service: 'connectif', status: 429 })
 *
 * Each entry is kept as its JSON text (codec.ts), beside the few fields the filters read, and
 * parsed again when listed. Kept as objects, the last thousand entries were some 20,000 live
 * objects that every young-generation collection copied: 6–15 ms pauses, which set the server's
 * p99 under load. The text is kept as UTF-8 bytes in shared pages (text-pages.ts), which those
 * collections do not copy either; `--data` stores that same text.
 */
import type { ValidationIssue } from './failures.ts'
import { decode, encode, holdsOnlyJson } from './persistence/codec.ts'
import { NO_PAGE, TextPages, type TextPlace } from './text-pages.ts'

export interface JournalEntry {
  id: number
  /** Sandbox time the request arrived, epoch milliseconds. */
  time: number
  service: string
  method: string
  path: string
  operationId?: string
  accountId?: string
  status: number
  durationMs: number
  request: { headers: Record<string, string>; body?: unknown }
  response: { headers: Record<string, string>; body?: unknown }
  /** What the sandbox accepted where a stricter reading would refuse it (inferred rules). */
  warnings?: string[]
  /** Why the request was refused as invalid: each issue with its location and path. */
  issues?: ValidationIssue[]
  /** The fault rule that fired on this request, and what it did. */
  fault?: FiredFault
}

/** A fault rule as it applied to one request. */
export interface FiredFault {
  ruleId: number
  status?: number
  delayMs?: number
  networkError?: boolean
  /** The connection was held open with no answer. */
  noAnswer?: boolean
}

/**
 * An entry on its way to the journal (the `request:end` event): `record` takes it over, giving it
 * its id and masking its secrets in place rather than copying it. Built with `id: 0` first, it
 * keeps its keys in the order a stored entry has.
 */
export type JournalDraft = Omit<JournalEntry, 'id'> & { id?: number }

export interface JournalFilter {
  service?: string
  status?: number
  operationId?: string
  accountId?: string
  limit?: number
}

export interface JournalLimits {
  /** How many requests are kept. @default 1000 */
  capacity: number
  /** Largest request or response body kept, in bytes (as JSON); a larger one is replaced by a note. @default 65536 */
  maxBodyBytes: number
}

export const DEFAULT_JOURNAL_LIMITS: JournalLimits = { capacity: 1000, maxBodyBytes: 64 * 1024 }

const SECRET_HEADERS = ['authorization', 'proxy-authorization', 'x-api-key']
const SECRET_FIELD = /password|secret/i

/** An entry as the journal keeps it: what the filters read, and the rest as JSON text in a page. */
class KeptEntry implements TextPlace {
  readonly id: number
  readonly service: string
  readonly status: number
  readonly operationId: string | undefined
  readonly accountId: string | undefined
  page = NO_PAGE
  start = 0
  end = 0

  constructor(entry: JournalEntry, pages: TextPages) {
    this.id = entry.id
    this.service = entry.service
    this.status = entry.status
    this.operationId = entry.operationId
    this.accountId = entry.accountId
    pages.keep(encodedEntry(entry), this)
  }
}

/**
 * `encode(entry)`, walking only what can hold more than JSON (the bodies; the rare warnings,
 * issues and fault): the rest of an entry is strings and finite numbers by its type.
 */
function encodedEntry(entry: JournalEntry): string {
  return entry.warnings === undefined &&
    entry.issues === undefined &&
    entry.fault === undefined &&
    holdsOnlyJson(entry.request.body) &&
    holdsOnlyJson(entry.response.body)
    ? JSON.stringify(entry)
    : encode(entry)
}

export class RequestJournal {
  #capacity = 0
  #maxBodyBytes = 0
  #entries: Array<KeptEntry | undefined> = []
  readonly #pages = new TextPages()
  #next = 0
  #count = 0
  #lastId = 0

  constructor(limits: Partial<JournalLimits> | number = {}) {
    this.configure(typeof limits === 'number' ? { capacity: limits } : limits)
  }

  get size(): number {
    return this.#count
  }

  get limits(): JournalLimits {
    return { capacity: this.#capacity, maxBodyBytes: this.#maxBodyBytes }
  }

  /** Changes the limits; a smaller capacity drops the oldest entries at once. */
  configure(limits: Partial<JournalLimits>): void {
    const capacity = limits.capacity ?? (this.#capacity || DEFAULT_JOURNAL_LIMITS.capacity)
    const maxBodyBytes =
      limits.maxBodyBytes ??
      (this.#capacity ? this.#maxBodyBytes : DEFAULT_JOURNAL_LIMITS.maxBodyBytes)
    for (const [name, value, least] of [
      ['capacity', capacity, 1],
      ['maxBodyBytes', maxBodyBytes, 0],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < least)
        throw new TypeError(
          `[martech-sandbox] Failed to configure "RequestJournal": ${name} must be an integer ≥ ${least}, got ${value}.`,
        )
    }
    const kept = this.#newestFirst(capacity).reverse()
    this.#capacity = capacity
    this.#maxBodyBytes = maxBodyBytes
    this.#entries = new Array(capacity)
    this.#next = 0
    this.#count = 0
    for (const entry of kept) this.#keepEntry(entry)
  }

  /**
   * Stores the entry: gives it its id and masks its secrets in place, and keeps its text. The
   * object returned is the caller's to hand on (the `journal:recorded` event); `list` parses anew.
   */
  record(entry: JournalDraft): JournalEntry {
    // An entry built without an id slot gets one first, so every stored entry has one key order.
    const stored = (entry.id === undefined ? { id: 0, ...entry } : entry) as JournalEntry
    stored.id = ++this.#lastId
    // The draft's request and response objects are its own (the headers object is the caller's).
    const { request } = stored
    request.headers = maskHeaders(request.headers)
    request.body = this.#keep(maskFields(request.body))
    const responseBody = this.#keep(entry.response.body)
    if (responseBody !== entry.response.body)
      stored.response = { headers: entry.response.headers, body: responseBody }
    this.#keepEntry(new KeptEntry(stored, this.#pages))
    return stored
  }

  #keepEntry(kept: KeptEntry): void {
    this.#entries[this.#next] = kept
    this.#next = (this.#next + 1) % this.#capacity
    this.#count = Math.min(this.#count + 1, this.#capacity)
  }

  #keep(body: unknown): unknown {
    if (body === undefined) return undefined
    const bytes = sizeOver(body, this.#maxBodyBytes)
    return bytes === undefined
      ? body
      : `[martech-sandbox] body of more than ${this.#maxBodyBytes} bytes not kept (journal limit maxBodyBytes)`
  }

  /** Entries matching every given filter, newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const out: JournalEntry[] = []
    const limit = filter.limit ?? Number.POSITIVE_INFINITY
    for (let i = 1; i <= this.#count && out.length < limit; i++) {
      const entry = this.#newest(i)
      if (filter.service !== undefined && entry.service !== filter.service) continue
      if (filter.status !== undefined && entry.status !== filter.status) continue
      if (filter.operationId !== undefined && entry.operationId !== filter.operationId) continue
      if (filter.accountId !== undefined && entry.accountId !== filter.accountId) continue
      out.push(decode(this.#pages.read(entry)) as JournalEntry)
    }
    return out
  }

  /** The id of the newest entry, 0 when empty. */
  get newestId(): number {
    return this.#count === 0 ? 0 : this.#newest(1).id
  }

  /** The newest `limit` entries as [id, JSON text] (codec.ts), oldest of them first: what a store saves. */
  encoded(limit: number): Array<[number, string]> {
    return this.#newestFirst(limit)
      .reverse()
      .map((entry): [number, string] => [entry.id, this.#pages.read(entry)])
  }

  #newestFirst(limit: number): KeptEntry[] {
    const out: KeptEntry[] = []
    for (let i = 1; i <= this.#count && out.length < limit; i++) out.push(this.#newest(i))
    return out
  }

  /** The i-th newest entry kept (1 the newest), for i from 1 to the count. */
  #newest(i: number): KeptEntry {
    return this.#entries[(this.#next - i + this.#capacity) % this.#capacity] as KeptEntry
  }

  clear(): void {
    this.#entries = new Array(this.#capacity)
    this.#next = 0
    this.#count = 0
  }

  /** Takes back entries a store saved (oldest first, as recorded); ids go on from the newest. */
  restore(entries: JournalEntry[]): void {
    this.clear()
    for (const entry of entries.slice(-this.#capacity))
      this.#keepEntry(new KeptEntry(entry, this.#pages))
    this.#lastId = Math.max(this.#lastId, entries.at(-1)?.id ?? 0)
  }
}

/** `apiKey abcd…wxyz` → `apiKey ****wxyz`: the scheme stays, the secret keeps its last 4 characters. */
export function maskSecret(value: string): string {
  const space = value.lastIndexOf(' ')
  const scheme = space === -1 ? '' : value.slice(0, space + 1)
  const secret = value.slice(space + 1)
  // A short secret would be half given away by its last 4 characters.
  return `${scheme}****${secret.length >= 8 ? secret.slice(-4) : ''}`
}

function maskHeaders(headers: Record<string, string>): Record<string, string> {
  if (!SECRET_HEADERS.some((name) => headers[name] !== undefined)) return headers
  const masked = { ...headers }
  for (const name of SECRET_HEADERS) {
    const value = masked[name]
    if (value !== undefined) masked[name] = maskSecret(value)
  }
  return masked
}

/** Form and JSON fields named like a secret (`password`, Reskyt's legacy form API), at the top level. */
function maskFields(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body
  const record = body as Record<string, unknown>
  let masked: Record<string, unknown> | undefined
  // A loop, not Object.keys().filter(): the common body has no such field and allocates nothing.
  for (const name in record) {
    if (!Object.hasOwn(record, name)) continue
    const value = record[name]
    if (typeof value !== 'string' || !SECRET_FIELD.test(name)) continue
    masked ??= { ...record }
    masked[name] = maskSecret(value)
  }
  return masked ?? body
}

/**
 * The body's size as JSON when it is over `limit`, else undefined. Walks at most `limit` bytes'
 * worth of the value, so a huge body costs no more to measure than a body at the limit.
 */
function sizeOver(value: unknown, limit: number): number | undefined {
  if (typeof value === 'string') return value.length > limit ? value.length : undefined
  if (value instanceof Uint8Array) return value.byteLength > limit ? value.byteLength : undefined
  let total = 0
  // One stack for every call (they never overlap), emptied on the way out.
  const stack = SIZE_STACK
  stack.push(value)
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node === 'string') total += node.length + 2
    else if (node instanceof Uint8Array) total += node.byteLength
    else if (Array.isArray(node)) {
      total += node.length + 1
      for (const item of node) stack.push(item)
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue
        total += key.length + 4
        stack.push(record[key])
      }
    } else total += 6
    if (total > limit) {
      stack.length = 0
      return total
    }
  }
  return undefined
}

const SIZE_STACK: unknown[] = []
