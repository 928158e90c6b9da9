/**
 * Keeps a store in step with a sandbox's in-memory state. Routes read and write memory as they
 * always do; the tracker hears each table's and tracked collection's writes (insert, update,
 * delete, touch, clear) as they happen, and when a request is answered (`settle`, called by
 * dispatch before the answer leaves) hands the store one ChangeSet: the rows written since the
 * last one, serialised now (so a record changed in place after its write is saved as it ends),
 * the plain values of the services the request could reach, the core (accounts, keys, faults,
 * retention, ids, clock) when it changed, and the journal's new entries. Writes made outside any
 * request (an import's slices between turns of the event loop) are saved on the next turn.
 *
 * @example
 * const tracker = attachStore(sandbox.core, openSqliteStore('./sandbox.db'))
 * tracker.restored // true when the file held a sandbox, now loaded
 */
import type { TableObserver } from '../records/indexed-table.ts'
import { ADMIN_SERVICE } from '../sandbox.ts'
import { encode } from './codec.ts'
import {
  captureRegistries,
  captureState,
  type PersistentCore,
  restoreState,
  savedFields,
} from './saved-state.ts'
import type { StateObserver } from './state-observer.ts'
import type { ChangeSet, RowChange, StateStore } from './state-store.ts'
import { APART, savedStateOf } from './stored-state.ts'

interface PendingRow {
  /** undefined: deleted. */
  value: unknown
  inserted: boolean
}

interface PendingCollection {
  cleared: boolean
  rows: Map<string, PendingRow>
}

/** Collection names: `connectif.contacts`; a field saved apart is `connectif.imports#pendingRows`. */
const collectionOf = (service: string, field: string) => `${service}.${field}`

export class StateTracker implements StateObserver {
  readonly #core: PersistentCore
  readonly #store: StateStore
  #pending = new Map<string, PendingCollection>()
  /** The text last written for each named value, so an unchanged value is not written again. */
  readonly #written = new Map<string, string>()
  /** Services whose plain values a request may have changed since the last save. */
  #touched = new Set<string>()
  #journalNewest = 0
  #journalSize = 0
  /** Collection → its fields saved apart. */
  readonly #apartFields = new Map<string, string[]>()
  /** `collection \0 key \0 field` → the value last saved apart, by identity. */
  readonly #apartSaved = new Map<string, unknown>()
  #flushScheduled = false
  #groupCommit: Promise<void> | undefined
  #inFlight: Promise<void> | undefined
  /** A save the store refused outside a request, reported by every request's save from then on. */
  #failure: unknown
  /** True when this tracker found the store holding a sandbox and loaded it. */
  readonly restored: boolean

  /** `replace`: save the sandbox's state over whatever the store holds, instead of loading it. */
  constructor(core: PersistentCore, store: StateStore, options: { replace?: boolean } = {}) {
    this.#core = core
    this.#store = store
    const stored = options.replace ? undefined : store.load()
    this.restored = stored !== undefined
    if (stored) {
      restoreState(
        core,
        savedStateOf(core, stored, (id, value) => this.#apartSaved.set(id, value)),
      )
      for (const [name, text] of stored.values) this.#written.set(name, text)
      this.#watch()
      this.#noteJournal()
    } else {
      this.#watch()
      this.#writeAll()
    }
  }

  get location(): string {
    return this.#store.location
  }

  /**
   * Saves at the end of this turn of the event loop, in one transaction with every other request
   * answered in it (a group commit: measured, one transaction per request cost ~3× the request);
   * the answer waits for it.
   */
  settle(service: string): Promise<void> {
    this.#touched.add(service)
    this.#groupCommit ??= new Promise<void>((resolve, reject) => {
      const commit = () => {
        this.#groupCommit = undefined
        try {
          const written = this.#commit()
          if (written) written.then(resolve, reject)
          else resolve()
        } catch (error) {
          reject(error)
        }
      }
      setImmediate(() => {
        // While the previous transaction is being written, the requests answered meanwhile keep
        // joining this one: one commit for all of them once it is done, instead of a queue of
        // small ones (fewer statements and pages written per request).
        const previous = this.#inFlight
        if (previous) previous.then(commit, commit)
        else commit()
      })
    })
    return this.#groupCommit
  }

  replaced(): void {
    this.#watch()
    this.#writeAll()
  }

  /** Saves whatever changed, every service's plain values included (after fixtures, before close). */
  flush(): undefined | Promise<void> {
    this.#touched.add(ADMIN_SERVICE)
    return this.#commit()
  }

  async close(): Promise<void> {
    await this.flush()
    this.#core.observer = undefined
    await this.#store.close()
  }

  /** Attaches an observer to every table and tracked collection of the current state objects. */
  #watch(): void {
    this.#pending.clear()
    this.#apartFields.clear()
    for (const [service, runtime] of this.#core.services) {
      const apart = runtime.definition.persistence?.savedApart ?? {}
      for (const [field, kind, value] of savedFields(runtime.definition, runtime.state)) {
        if (kind === 'value') continue
        const collection = collectionOf(service, field)
        if (apart[field]) this.#apartFields.set(collection, apart[field])
        ;(value as { observer: TableObserver<unknown> }).observer = this.#observerOf(
          service,
          collection,
        )
      }
    }
  }

  #observerOf(service: string, collection: string): TableObserver<unknown> {
    const pendingOf = () => {
      let pending = this.#pending.get(collection)
      if (!pending) {
        pending = { cleared: false, rows: new Map() }
        this.#pending.set(collection, pending)
      }
      // The service's plain values are compared with the save of its rows.
      this.#touched.add(service)
      this.#scheduleFlush()
      return pending
    }
    return {
      put: (key, value, inserted) => {
        const { rows } = pendingOf()
        const earlier = rows.get(key)
        if (inserted) {
          // A record deleted and inserted again goes last, as it does in memory.
          rows.delete(key)
          rows.set(key, { value, inserted: true })
        } else rows.set(key, { value, inserted: earlier?.inserted ?? false })
      },
      remove: (key) => {
        pendingOf().rows.set(key, { value: undefined, inserted: false })
      },
      cleared: () => {
        const pending = pendingOf()
        pending.rows.clear()
        pending.cleared = true
      },
    }
  }

  /**
   * Writes made outside a request (an import between its slices) are saved on the next turn. A
   * request's writes are left to its group commit: saving them here, every service's values
   * compared, is what made each request's save encode the JivoChat CRM.
   */
  #scheduleFlush(): void {
    if (this.#flushScheduled) return
    this.#flushScheduled = true
    setImmediate(() => {
      this.#flushScheduled = false
      if (this.#pending.size === 0 || this.#groupCommit) return
      try {
        void this.flush()?.catch(() => {})
      } catch {
        // Kept pending: the next request's save tries again, and its answer reports the failure.
      }
    })
  }

  #commit(): undefined | Promise<void> {
    if (this.#failure !== undefined) throw this.#failure
    const changes: ChangeSet = {
      replaceAll: false,
      cleared: [],
      rows: [],
      values: [],
      journal: this.#journalChanges(),
    }
    for (const [collection, pending] of this.#pending) {
      if (pending.cleared) this.#clearCollection(collection, changes)
      for (const [key, row] of pending.rows) this.#rowChanges(collection, key, row, changes.rows)
    }
    this.#valueChanges(changes)
    if (
      changes.rows.length === 0 &&
      changes.values.length === 0 &&
      changes.cleared.length === 0 &&
      changes.journal === undefined
    ) {
      this.#touched.clear()
      // Changes taken by an earlier save may still be on their way: the answer waits for them.
      return this.#inFlight
    }
    const written = this.#note(this.#store.write(changes))
    // Only once the store took them: a failed write stays pending for the next save.
    this.#pending = new Map()
    this.#touched.clear()
    for (const [name, text] of changes.values) this.#written.set(name, text)
    if (changes.journal) this.#noteJournal()
    return written ?? undefined
  }

  /**
   * Remembers the newest write still under way: a backend applies writes in order, so once it
   * settles every earlier one has too.
   */
  #note(written: void | Promise<void>): Promise<void> | undefined {
    if (!written) return undefined
    this.#inFlight = written
    const clear = () => {
      if (this.#inFlight === written) this.#inFlight = undefined
    }
    written.then(clear, clear)
    return written
  }

  #clearCollection(collection: string, changes: ChangeSet): void {
    changes.cleared.push(collection)
    for (const field of this.#apartFields.get(collection) ?? [])
      changes.cleared.push(`${collection}${APART}${field}`)
    const prefix = `${collection}\u0000`
    for (const id of this.#apartSaved.keys()) if (id.startsWith(prefix)) this.#apartSaved.delete(id)
  }

  #rowChanges(collection: string, key: string, row: PendingRow, out: RowChange[]): void {
    const apart = this.#apartFields.get(collection)
    if (row.value === undefined) {
      out.push({ collection, key, data: undefined, inserted: false })
      for (const field of apart ?? []) {
        out.push({
          collection: `${collection}${APART}${field}`,
          key,
          data: undefined,
          inserted: false,
        })
        this.#apartSaved.delete(`${collection}\u0000${key}\u0000${field}`)
      }
      return
    }
    let value = row.value
    if (apart) {
      const rest = { ...(value as Record<string, unknown>) }
      for (const field of apart) {
        const id = `${collection}\u0000${key}\u0000${field}`
        const part = rest[field]
        delete rest[field]
        if (!row.inserted && this.#apartSaved.get(id) === part) continue
        this.#apartSaved.set(id, part)
        out.push({
          collection: `${collection}${APART}${field}`,
          key,
          data: encode(part ?? null),
          inserted: row.inserted,
        })
      }
      value = rest
    }
    out.push({ collection, key, data: encode(value), inserted: row.inserted })
  }

  /** The core, ids, clock and the touched services' plain values that differ from what was written. */
  #valueChanges(changes: ChangeSet): void {
    const core = this.#core
    this.#putValue(changes, 'core', encode(captureRegistries(core)))
    this.#putValue(changes, 'ids', encode(core.ids.position()))
    const clock = core.clock.setting?.()
    if (clock) this.#putValue(changes, 'clock', encode(clock))
    const everything = this.#touched.has(ADMIN_SERVICE)
    for (const [service, runtime] of core.services) {
      if (!everything && !this.#touched.has(service)) continue
      const values: Record<string, unknown> = {}
      for (const [field, kind, value] of savedFields(runtime.definition, runtime.state))
        if (kind === 'value') values[field] = value
      this.#putValue(changes, `aux:${service}`, encode(values))
    }
  }

  #putValue(changes: ChangeSet, name: string, text: string): void {
    if (this.#written.get(name) !== text) changes.values.push([name, text])
  }

  /** The journal holds a run of ids ending at its newest: what is new, and where it now starts. */
  #journalChanges(): ChangeSet['journal'] {
    const journal = this.#core.journal
    const size = journal.size
    const newest = size === 0 ? this.#journalNewest : journal.newestId
    if (newest === this.#journalNewest && size === this.#journalSize) return undefined
    // The journal keeps each entry's text already: saved as it is, not parsed and written again.
    const added = journal.encoded(Math.min(size, newest - this.#journalNewest))
    return { added, oldestKept: size === 0 ? Number.MAX_SAFE_INTEGER : newest - size + 1 }
  }

  #noteJournal(): void {
    const journal = this.#core.journal
    this.#journalSize = journal.size
    if (journal.size > 0) this.#journalNewest = journal.newestId
  }

  /** Replaces everything stored with the current state: a new file, a reset. */
  #writeAll(): void {
    const saved = captureState(this.#core)
    this.#apartSaved.clear()
    const changes: ChangeSet = {
      replaceAll: true,
      cleared: [],
      rows: [],
      values: [],
      journal: {
        // The journal keeps each entry's text: saved as it is, as #journalChanges does.
        added: this.#core.journal.encoded(this.#core.journal.size),
        oldestKept: 0,
      },
    }
    for (const [service, { collections }] of Object.entries(saved.services)) {
      for (const [field, items] of Object.entries(collections)) {
        const collection = collectionOf(service, field)
        const runtime = this.#core.services.get(service)
        const kind = savedFields(runtime?.definition as never, runtime?.state).find(
          ([name]) => name === field,
        )?.[1]
        for (const item of items) {
          const [key, value] =
            kind === 'table'
              ? [this.#keyOfRecord(service, field, item), item]
              : kind === 'map'
                ? (item as [string, unknown])
                : [item as string, true]
          this.#rowChanges(collection, key, { value, inserted: true }, changes.rows)
        }
      }
    }
    this.#pending = new Map()
    this.#touched.add(ADMIN_SERVICE)
    this.#written.clear()
    this.#valueChanges(changes)
    this.#touched.clear()
    const written = this.#note(this.#store.write(changes))
    // A backend that writes later reports a failure with the next request's save.
    written?.catch((error: unknown) => {
      this.#failure = error
    })
    for (const [name, text] of changes.values) this.#written.set(name, text)
    this.#noteJournal()
  }

  /** A table's primary key of a record, as the table computes it. */
  #keyOfRecord(service: string, field: string, record: unknown): string {
    const state = this.#core.services.get(service)?.state as Record<string, unknown>
    return (state[field] as { keyOf(record: unknown): string }).keyOf(record)
  }
}

/** Loads the store into the sandbox when it holds one (else saves the sandbox in it) and keeps it in step. */
export function attachStore(core: PersistentCore, store: StateStore): StateTracker {
  const tracker = new StateTracker(core, store)
  core.observer = tracker
  return tracker
}
