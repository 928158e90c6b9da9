/**
 * The last N requests the sandbox answered, newest first: what QA and tests read to see what an
 * integration really sent. A ring buffer, so memory stays flat however long the server runs.
 *
 * @example
 * const journal = new RequestJournal(1000)
 * journal.record(entry)
 * journal.list({ service: 'connectif', status: 429 })
 */

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
}

export interface JournalFilter {
  service?: string
  status?: number
  operationId?: string
  accountId?: string
  limit?: number
}

export class RequestJournal {
  readonly #capacity: number
  #entries: Array<JournalEntry | undefined>
  #next = 0
  #count = 0
  #lastId = 0

  constructor(capacity = 1000) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new TypeError(
        `[martech-sandbox] Failed to create "RequestJournal": capacity must be a positive integer, got ${capacity}.`,
      )
    }
    this.#capacity = capacity
    this.#entries = new Array(capacity)
  }

  get size(): number {
    return this.#count
  }

  record(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    const stored = { id: ++this.#lastId, ...entry }
    this.#entries[this.#next] = stored
    this.#next = (this.#next + 1) % this.#capacity
    this.#count = Math.min(this.#count + 1, this.#capacity)
    return stored
  }

  /** Entries matching every given filter, newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const out: JournalEntry[] = []
    const limit = filter.limit ?? Number.POSITIVE_INFINITY
    for (let i = 1; i <= this.#count && out.length < limit; i++) {
      const entry = this.#entries[
        (this.#next - i + this.#capacity) % this.#capacity
      ] as JournalEntry
      if (filter.service !== undefined && entry.service !== filter.service) continue
      if (filter.status !== undefined && entry.status !== filter.status) continue
      if (filter.operationId !== undefined && entry.operationId !== filter.operationId) continue
      if (filter.accountId !== undefined && entry.accountId !== filter.accountId) continue
      out.push(entry)
    }
    return out
  }

  clear(): void {
    this.#entries = new Array(this.#capacity)
    this.#next = 0
    this.#count = 0
  }
}
