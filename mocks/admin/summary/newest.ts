/** The last `count` records of an insertion-ordered table, newest first, without copying the table. */
export function newest<T>(records: Iterable<T>, count: number): T[] {
  if (count <= 0) return []
  const ring: T[] = []
  let next = 0
  for (const record of records) {
    if (ring.length < count) ring.push(record)
    else ring[next] = record
    next = (next + 1) % count
  }
  // Oldest kept is at `next` once the ring is full; read backwards from the newest.
  const out: T[] = []
  for (let i = 1; i <= ring.length; i++)
    out.push(ring[(next - i + ring.length * 2) % ring.length] as T)
  return out
}
