/**
 * The predicate builder `IndexedTable.findMany/findFirst` take: `q.where({ accountId })` or
 * `q.where((c) => c.score > 3)`, chained with `and`/`or`. It reads like `@msw/data`'s `Query`;
 * importing that one class loaded the whole of `@msw/data` (≈280 ms, over half of `serve`'s
 * cold-start budget, and a dependency a browser bundle would carry), so the sandbox keeps its own.
 */
export type Predicate<T> = (record: T) => boolean

/** Field equality (`{ accountId }`), or a test per field (`{ score: (s) => s > 3 }`). */
export type Condition<T> = { [K in keyof T]?: T[K] | ((value: T[K]) => boolean) }

export class Query<T> {
  /** Undefined for the empty query, which `where`/`and` narrow and `or` does not widen. */
  readonly #predicate: Predicate<T> | undefined

  constructor(predicate?: Predicate<T>) {
    this.#predicate = predicate
  }

  test(record: T): boolean {
    return this.#predicate?.(record) ?? false
  }

  where(condition: Condition<T> | Predicate<T> | Query<T>): Query<T> {
    return this.and(condition)
  }

  and(...conditions: Array<Condition<T> | Predicate<T> | Query<T>>): Query<T> {
    const all = this.#with(conditions)
    return new Query((record) => all.every((predicate) => predicate(record)))
  }

  or(...conditions: Array<Condition<T> | Predicate<T> | Query<T>>): Query<T> {
    const any = this.#with(conditions)
    return new Query((record) => any.some((predicate) => predicate(record)))
  }

  #with(conditions: Array<Condition<T> | Predicate<T> | Query<T>>): Array<Predicate<T>> {
    const added = conditions.map(toPredicate)
    return this.#predicate ? [this.#predicate, ...added] : added
  }
}

function toPredicate<T>(condition: Condition<T> | Predicate<T> | Query<T>): Predicate<T> {
  if (condition instanceof Query) return (record) => condition.test(record)
  if (typeof condition === 'function') return condition
  const entries = Object.entries(condition) as Array<[keyof T, unknown]>
  return (record) =>
    entries.every(([key, expected]) =>
      typeof expected === 'function' ? expected(record[key]) : record[key] === expected,
    )
}
