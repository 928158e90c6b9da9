/**
 * A function of a string key, remembered for the first `limit` keys: what the request path asks
 * of the same few values again and again (a Host header, a header name). Past the bound a key is
 * computed afresh each time, so a client inventing values cannot grow it.
 *
 * @example
 * const lowerCased = rememberedUpTo(512, (name) => name.toLowerCase())
 */
export function rememberedUpTo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>()
  return (key) => {
    const value = known.get(key)
    if (value !== undefined || known.has(key)) return value as V
    const computed = compute(key)
    if (known.size < limit) known.set(key, computed)
    return computed
  }
}
