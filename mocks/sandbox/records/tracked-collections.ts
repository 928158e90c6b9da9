/**
 * A Map and a Set that tell a store of their writes, for the state a service keeps beside its
 * tables (Hellotext's email → profile index, the import worker's free time): an attached store
 * saves each key as it changes instead of the whole collection. Values must be replaced, never
 * changed in place (a Map of Sets is an index to rebuild after a load, not one of these).
 *
 * @example
 * const freeAt = new TrackedMap<string, number>()
 * freeAt.set('acct_1', Date.now()) // saved on the next commit when a store is attached
 */
import type { TableObserver } from './indexed-table.ts'

export class TrackedMap<K extends string, V> extends Map<K, V> {
  /** Set by a store; absent, a write costs one undefined check more than a Map's. */
  observer: TableObserver<V> | undefined

  override set(key: K, value: V): this {
    this.observer?.put(key, value, !this.has(key))
    return super.set(key, value)
  }

  override delete(key: K): boolean {
    const deleted = super.delete(key)
    if (deleted) this.observer?.remove(key)
    return deleted
  }

  override clear(): void {
    super.clear()
    this.observer?.cleared()
  }
}

export class TrackedSet<K extends string> extends Set<K> {
  observer: TableObserver<true> | undefined

  override add(value: K): this {
    if (!this.has(value)) this.observer?.put(value, true, true)
    return super.add(value)
  }

  override delete(value: K): boolean {
    const deleted = super.delete(value)
    if (deleted) this.observer?.remove(value)
    return deleted
  }

  override clear(): void {
    super.clear()
    this.observer?.cleared()
  }
}
