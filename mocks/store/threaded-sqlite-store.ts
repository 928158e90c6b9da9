/**
 * The SQLite store `serve --data` runs: the file is checked, migrated and loaded in the serving
 * thread (a start-up error is one line), then every write goes to a writer thread with its own
 * connection. Serialising stays here; SQLite's commit (the WAL append, and a sync at each
 * checkpoint) runs beside the requests instead of between them. An answer still leaves only once
 * the writer says its transaction committed.
 *
 * @example
 * const store = await openThreadedSqliteStore('./sandbox.db')
 * await store.write(changes) // committed
 */
import { Worker } from 'node:worker_threads'
import type { ChangeSet, StateStore, StoredState } from '../sandbox/persistence/state-store.ts'
import { type PackedChanges, packChanges, unpackChanges } from './packed-changes.ts'
import { openSqliteStore, type SqliteStore } from './sqlite-store.ts'
import { applyChanges, configureConnection, prepareWriter, writerThread } from './sqlite-writer.ts'
import { StoreFileError } from './store-file-error.ts'

const WRITER_SOURCE = `(${writerThread})(require, ${configureConnection}, ${prepareWriter}, ${applyChanges}, ${unpackChanges})`

export async function openThreadedSqliteStore(path: string): Promise<ThreadedSqliteStore> {
  return new ThreadedSqliteStore(await openSqliteStore(path))
}

export class ThreadedSqliteStore implements StateStore {
  readonly location: string
  readonly #reader: SqliteStore
  #worker: Worker | undefined
  readonly #waiting = new Map<number, { resolve(): void; reject(error: Error): void }>()
  #lastId = 0

  constructor(reader: SqliteStore) {
    this.#reader = reader
    this.location = reader.location
  }

  /** Started on the first write: a file refused while loading never gets a writer. */
  #writer(): Worker {
    if (this.#worker) return this.#worker
    const worker = new Worker(WRITER_SOURCE, { eval: true, workerData: { path: this.location } })
    // The server may exit while the writer waits for work.
    worker.unref()
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const waiting = this.#waiting.get(id)
      this.#waiting.delete(id)
      if (error === undefined) waiting?.resolve()
      else
        waiting?.reject(new StoreFileError(`cannot write data file "${this.location}": ${error}`))
    })
    worker.on('error', (error) => {
      for (const waiting of this.#waiting.values()) waiting.reject(error)
      this.#waiting.clear()
    })
    this.#worker = worker
    return worker
  }

  load(): StoredState | undefined {
    return this.#reader.load()
  }

  write(changes: ChangeSet): Promise<void> {
    return this.#send({ changes: packChanges(changes) })
  }

  async close(): Promise<void> {
    if (this.#worker) await this.#send({ close: true })
    this.#reader.close()
  }

  #send(message: { changes?: PackedChanges; close?: boolean }): Promise<void> {
    const id = ++this.#lastId
    return new Promise<void>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      this.#writer().postMessage({ id, ...message })
    })
  }
}
