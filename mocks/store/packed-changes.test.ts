import { describe, expect, it } from 'vitest'
import type { ChangeSet } from '../sandbox/persistence/state-store.ts'
import { packChanges, unpackChanges } from './packed-changes.ts'

describe('a ChangeSet packed for the writer thread', () => {
  it('comes back as it was: rows inserted, changed and deleted, values, journal entries', () => {
    const changes: ChangeSet = {
      replaceAll: false,
      cleared: ['hellotext.carts'],
      rows: [
        { collection: 'hellotext.events', key: 'a\u0000e2', data: '{"id":"e2"}', inserted: true },
        { collection: 'hellotext.profiles', key: 'a\u0000p1', data: '{"n":1}', inserted: false },
        { collection: 'hellotext.events', key: 'a\u0000e1', data: undefined, inserted: false },
      ],
      values: [
        ['ids', '{"seed":1,"state":7}'],
        ['aux:hellotext', '{"lastSeq":2}'],
      ],
      journal: {
        added: [
          [41, '{"id":41}'],
          [42, '{"id":42}'],
        ],
        oldestKept: 40,
      },
    }
    expect(unpackChanges(structuredClone(packChanges(changes)))).toEqual(changes)
  })

  it('keeps "the journal did not change" apart from "everything in it went"', () => {
    const unchanged: ChangeSet = {
      replaceAll: true,
      cleared: [],
      rows: [],
      values: [],
      journal: undefined,
    }
    const emptied: ChangeSet = {
      ...unchanged,
      journal: { added: [], oldestKept: Number.MAX_SAFE_INTEGER },
    }
    expect(unpackChanges(packChanges(unchanged))).toEqual(unchanged)
    expect(unpackChanges(packChanges(emptied))).toEqual(emptied)
  })
})
