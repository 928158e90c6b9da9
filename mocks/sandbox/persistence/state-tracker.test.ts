/**
 * The tracker against a backend whose writes settle later (a database over the network): no
 * answer leaves before the transaction holding its changes is stored, and requests answered while
 * one is being written are saved together in the next.
 */
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../create-sandbox.ts'
import type { ChangeSet, StateStore } from './state-store.ts'
import { attachStore } from './state-tracker.ts'

class SlowStore implements StateStore {
  readonly location = 'slow://test'
  readonly written: ChangeSet[] = []
  readonly #stored: Array<() => void> = []

  load() {
    return undefined
  }

  write(changes: ChangeSet): Promise<void> {
    this.written.push(changes)
    return new Promise((resolve) => this.#stored.push(resolve))
  }

  /** Settles the oldest write still under way. */
  storeNext(): void {
    this.#stored.shift()?.()
  }

  close() {}
}

const turn = () => new Promise((resolve) => setImmediate(resolve))

function createProfile(sandbox: ReturnType<typeof createSandbox>, name: string) {
  let answered = false
  const answer = sandbox.core
    .dispatch({
      service: 'hellotext',
      method: 'POST',
      path: '/v1/profiles',
      query: new URLSearchParams(),
      headers: {
        authorization: `Bearer ${sandbox.defaultAccount.keys.hellotext}`,
        'content-type': 'application/json',
      },
      body: new TextEncoder().encode(JSON.stringify({ first_name: name })),
      baseUrl: 'https://api.hellotext.com',
      adminUrl: 'https://api.hellotext.com/__admin',
    })
    .then((result) => {
      answered = true
      return result
    })
  return { answer, answered: () => answered }
}

const profilesSaved = (changes: ChangeSet | undefined) =>
  (changes?.rows ?? [])
    .filter((row) => row.collection === 'hellotext.profiles')
    .map((row) => JSON.parse(row.data ?? '{}').first_name)

describe('saving to a store whose writes settle later', () => {
  it('answers a request only once the write holding its changes is stored', async () => {
    const store = new SlowStore()
    const sandbox = createSandbox()
    attachStore(sandbox.core, store)
    store.storeNext() // the first save of the whole sandbox
    const ana = createProfile(sandbox, 'Ana')
    await turn()
    await turn()
    expect(profilesSaved(store.written.at(-1))).toEqual(['Ana'])
    expect(ana.answered()).toBe(false)
    store.storeNext()
    expect((await ana.answer).status).toBe(201)
  })

  it('saves the requests answered while a write is under way together, in the next write', async () => {
    const store = new SlowStore()
    const sandbox = createSandbox()
    attachStore(sandbox.core, store)
    store.storeNext()
    const ana = createProfile(sandbox, 'Ana')
    await turn()
    await turn()
    const writes = store.written.length
    const bea = createProfile(sandbox, 'Bea')
    await turn()
    const cleo = createProfile(sandbox, 'Cleo')
    await turn()
    await turn()
    // Ana's write is still under way: nothing more is sent meanwhile.
    expect(store.written).toHaveLength(writes)
    store.storeNext()
    await ana.answer
    await turn()
    await turn()
    expect(store.written).toHaveLength(writes + 1)
    expect(profilesSaved(store.written.at(-1))).toEqual(['Bea', 'Cleo'])
    expect(bea.answered() || cleo.answered()).toBe(false)
    store.storeNext()
    expect((await bea.answer).status).toBe(201)
    expect((await cleo.answer).status).toBe(201)
  })
})
