/**
 * `table[key]` for a key that came from a request: only the table's own entries count, so
 * `constructor`, `__proto__` or `toString` find nothing instead of Object.prototype's members.
 *
 * @example
 * ownValue({ title: 'title is required' }, 'constructor') // undefined, not Object
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
