/**
 * Does finding a contact by email cost the same at 500k contacts as at 1k? Measured on the store
 * (the index) and on a full GET through the sandbox's dispatch (auth, rate limit, validation,
 * route, journal), with `@msw/data`'s scanning `findFirst` at 50k for scale.
 */
import { Collection } from '@msw/data'
import { findContactByEmail } from '../mocks/connectif/contacts/contacts.ts'
import { createSandbox } from '../mocks/create-sandbox.ts'

const LOOKUPS = 20_000

export interface LookupRow {
  records: number
  storeNs: number
  dispatchNs: number
}

async function measureAt(records: number): Promise<LookupRow> {
  const sandbox = createSandbox()
  const { account, keys } = sandbox.accounts.create({
    name: 'bench',
    rateLimits: { connectif: 1e9 },
  })
  const now = new Date().toISOString()
  for (let i = 0; i < records; i++) {
    sandbox.connectif.contacts.insert({
      accountId: account.id,
      id: sandbox.core.ids.objectId(),
      _email: `user${i}@example.com`,
      _name: `User ${i}`,
      _createdAt: now,
      _updatedAt: now,
    })
  }
  const emails = Array.from(
    { length: LOOKUPS },
    (_, i) => `user${(i * 7919) % records}@example.com`,
  )
  // Best of 5 passes: the first passes pay for JIT warm-up, not for the index.
  let storeNs = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < 5; pass++) {
    let found = 0
    const started = performance.now()
    for (const email of emails)
      if (findContactByEmail(sandbox.connectif, account.id, email)) found++
    storeNs = Math.min(storeNs, ((performance.now() - started) * 1e6) / LOOKUPS)
    if (found !== LOOKUPS) throw new Error(`lookup bench: found ${found} of ${LOOKUPS}`)
  }
  const headers = { authorization: `apiKey ${keys.connectif}` }
  const query = new URLSearchParams()
  let dispatchNs = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now()
    for (const email of emails) {
      const result = await sandbox.dispatch({
        service: 'connectif',
        method: 'GET',
        path: `/contacts/email/${encodeURIComponent(email)}`,
        query,
        headers,
        baseUrl: 'https://api.connectif.cloud',
        adminUrl: 'https://api.connectif.cloud/__admin',
      })
      if (result.status !== 200) throw new Error(`lookup bench: GET answered ${result.status}`)
    }
    dispatchNs = Math.min(dispatchNs, ((performance.now() - started) * 1e6) / LOOKUPS)
  }
  return { records, storeNs, dispatchNs }
}

export async function measureLookupScaling() {
  // Warm the JIT on a small run first so the 1k figure is not the cold one.
  await measureAt(1_000)
  const rows = [await measureAt(1_000), await measureAt(50_000), await measureAt(500_000)]
  const first = rows[0] as LookupRow
  const last = rows.at(-1) as LookupRow
  interface Row {
    email: string
  }
  const schema = {
    '~standard': {
      version: 1 as const,
      vendor: 'bench',
      validate: (value: unknown) => ({ value: value as Row }),
      types: undefined as unknown as { input: Row; output: Row },
    },
  }
  const contacts = new Collection({ schema })
  await Promise.all(
    Array.from({ length: 50_000 }, (_, i) => contacts.create({ email: `user${i}@example.com` })),
  )
  const started = performance.now()
  for (let i = 0; i < 20; i++) {
    const email = `user${(i * 7919) % 50_000}@example.com`
    contacts.findFirst((q) => q.where({ email }))
  }
  return {
    rows,
    storeRatio: last.storeNs / first.storeNs,
    dispatchRatio: last.dispatchNs / first.dispatchNs,
    mswDataFindFirstMs: (performance.now() - started) / 20,
  }
}
