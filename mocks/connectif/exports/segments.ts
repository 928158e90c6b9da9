/**
 * Segments, as far as exports need them: a named set of contacts an export's `segmentId` narrows
 * to. Connectif's public API has no segment endpoints, so the sandbox's are defined through the
 * admin API or a fixture file, listing their members by e-mail [INF: real segments are rules
 * evaluated by Connectif; a fixed member list is what a test needs].
 *
 * @see shared/research/connectif.md §10 — `segmentId` applies to both export types [DOC]; addendum
 * — a malformed one is a 422 [CODE-test]
 */
import { getOwned, IndexedTable } from '../../sandbox/records/indexed-table.ts'

export interface SegmentRecord {
  /** A 24-hex ObjectId, like every Connectif id. */
  id: string
  accountId: string
  name: string
  /** Member e-mails, lower-cased. */
  contacts: string[]
}

export function createSegmentTables() {
  return {
    segments: new IndexedTable<SegmentRecord>({ name: 'segments', primaryKey: (s) => s.id }),
  }
}

export type SegmentTables = ReturnType<typeof createSegmentTables>

export function addSegment(
  state: SegmentTables,
  segment: { id: string; accountId: string; name: string; contacts: string[] },
): SegmentRecord {
  return state.segments.insert({
    ...segment,
    id: segment.id.toLowerCase(),
    contacts: [...new Set(segment.contacts.map((email) => email.toLowerCase()))],
  })
}

/** The account's segments (every account's when none is named), oldest first. */
export function listSegments(state: SegmentTables, accountId?: string): SegmentRecord[] {
  return accountId === undefined
    ? state.segments.findMany()
    : state.segments.findMany((q) => q.where({ accountId }))
}

/** The segment `id` of any account: ids are unique across accounts, like Connectif's. */
export function findSegment(state: SegmentTables, id: string): SegmentRecord | undefined {
  return state.segments.get(id.toLowerCase())
}

/**
 * Whether a contact's e-mail is in the export's segment: every contact when the export names no
 * segment; none when it names one the account does not have [INF].
 */
export function segmentFilter(
  state: SegmentTables,
  accountId: string,
  segmentId: string | undefined,
): (email: string | undefined) => boolean {
  if (segmentId === undefined) return () => true
  const segment = getOwned(state.segments, accountId, segmentId.toLowerCase())
  if (!segment) return () => false
  const members = new Set(segment.contacts)
  return (email) => email !== undefined && members.has(email.toLowerCase())
}
