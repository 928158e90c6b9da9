/**
 * The store boundary: what a backend (SQLite today, PostgreSQL later) does for a persistent
 * sandbox. Routes never see it: they read and write the in-memory state synchronously, the
 * StateTracker turns what they changed into a ChangeSet, and the backend applies it before the
 * answer leaves. A backend knows nothing of services: it keeps named values, ordered collections
 * of keyed rows, and the journal, all as JSON text.
 *
 * @example
 * const store: StateStore = openSqliteStore('./sandbox.db')
 * const stored = store.load() // undefined for a new file
 */

/** One atomic write: everything in it is stored, or none of it. */
export interface ChangeSet {
  /** Drop everything stored first (a first save, a reset), then apply the rest. */
  replaceAll: boolean
  /** Collections emptied before the rows are applied. */
  cleared: string[]
  /**
   * Row changes in the order they happened: `data` undefined deletes the row; `inserted` puts it
   * last in its collection's order (a new record), otherwise it keeps its place.
   */
  rows: RowChange[]
  /** Named values stored whole, replacing the previous one (`core`, `ids`, `clock`, `aux:hellotext`). */
  values: Array<[name: string, data: string]>
  /** Journal entries recorded (id, JSON) and the oldest id the journal still holds: older ones go. */
  journal: { added: Array<[id: number, data: string]>; oldestKept: number } | undefined
}

export interface RowChange {
  collection: string
  key: string
  data: string | undefined
  inserted: boolean
}

/** Everything a store holds, as text, in order. */
export interface StoredState {
  values: Map<string, string>
  /** Each collection's rows in their order. */
  collections: Map<string, Array<[key: string, data: string]>>
  /** Journal entries, oldest first. */
  journal: string[]
}

export interface StateStore {
  /** Where the state is kept, for the banner and messages: a file path, a URL. */
  readonly location: string
  /** What the store holds, or undefined when nothing was ever saved in it. */
  load(): StoredState | undefined
  /**
   * Applies the changes atomically. A backend that returns nothing has stored them when it
   * returns; one that returns a promise (a database over the network) when it settles. Either
   * way the answer that made the changes leaves only afterwards.
   */
  write(changes: ChangeSet): void | Promise<void>
  /** Saves nothing more; settles once what was written is in the store. */
  close(): void | Promise<void>
}
