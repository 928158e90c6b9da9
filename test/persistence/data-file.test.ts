/**
 * What `--data` accepts: a new file, or one of martech-sandbox's at a schema version this code
 * reads. A text file, another program's SQLite database, a newer schema or a damaged file is
 * refused with one line and exit 2, and its bytes are the same afterwards. `data export|import`
 * move a state through JSON.
 */
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.ts'
import { heldState, loadDataFile } from '../support/saved-state-check.ts'
import { call, serveData, tempDir } from './support.ts'

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex')

let dir: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  dir = await tempDir()
})
afterAll(() => dir.remove())

/** A data file holding a sandbox with an account and a contact. */
async function sandboxFile(name: string): Promise<string> {
  const file = `${dir.path}/${name}`
  const server = await serveData(file)
  await call(`${server.url}/__admin/accounts`, 'POST', {}, { name: 'shop-b' })
  await call(
    `${server.url}/connectif/contacts/email/ana%40example.com`,
    'PATCH',
    { authorization: `apiKey ${server.sandbox.defaultAccount.keys.connectif}` },
    { _name: 'Ana' },
  )
  await server.close()
  return file
}

async function expectRefused(file: string, reason: RegExp): Promise<void> {
  const before = await sha256(file)
  const result = await runCli(['serve', '--port', '0', '--data', file])
  await result.server?.close()
  expect(result.exitCode).toBe(2)
  expect(result.stderr).toMatch(reason)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(await sha256(file), 'the file is left as it was').toBe(before)
}

describe('serve --data refuses a file it cannot use, and leaves it as it was', () => {
  it('a text file', async () => {
    const file = `${dir.path}/notes.txt`
    await writeFile(file, 'shopping list\nmilk\n')
    await expectRefused(file, /not a martech-sandbox data file \(not SQLite\)/)
  })

  it("another program's SQLite database", async () => {
    const file = `${dir.path}/other.db`
    const db = new DatabaseSync(file)
    db.exec(
      'CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL); INSERT INTO orders VALUES (1, 9.5)',
    )
    db.close()
    await expectRefused(file, /another program's SQLite database/)
  })

  it('a file of a newer schema version', async () => {
    const file = await sandboxFile('newer.db')
    const db = new DatabaseSync(file)
    db.exec('PRAGMA user_version = 99')
    db.close()
    await expectRefused(file, /schema version 99, newer than this martech-sandbox reads \(3\)/)
  })

  it('a damaged file (its pages overwritten)', async () => {
    const file = await sandboxFile('damaged.db')
    const bytes = await readFile(file)
    // Page 1 (the schema) stays; every table's pages become noise.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff
    await writeFile(file, bytes)
    await expectRefused(file, /cannot (use|read|load) data file/)
  })

  it('a truncated file', async () => {
    const file = await sandboxFile('truncated.db')
    const bytes = await readFile(file)
    await writeFile(file, bytes.subarray(0, 4096 + 100))
    await expectRefused(file, /cannot (use|read|load) data file/)
  })
})

describe('serve --data with a usable file', () => {
  it('says in the banner where the state is kept, new or loaded', async () => {
    const file = `${dir.path}/banner.db`
    const first = await runCli(['serve', '--port', '0', '--data', file])
    await first.server?.close()
    expect(first.stdout).toContain(`state kept in ${file} (a new file)`)
    const second = await runCli(['serve', '--port', '0', '--data', file])
    await second.server?.close()
    expect(second.stdout).toContain(`state kept in ${file} (loaded from it)`)
    const inMemory = await runCli(['serve', '--port', '0'])
    await inMemory.server?.close()
    expect(inMemory.stdout).toContain('state kept in memory')
  })
})

describe('data export | import', () => {
  it('moves a sandbox to another file through JSON, identical', async () => {
    const file = await sandboxFile('source.db')
    const json = `${dir.path}/state.json`
    const exported = await runCli(['data', 'export', file, '--out', json])
    expect(exported.exitCode).toBe(0)
    const document = JSON.parse(await readFile(json, 'utf8'))
    expect(document).toMatchObject({ format: 'martech-sandbox/state', version: 1 })
    const copy = `${dir.path}/copy.db`
    const imported = await runCli(['data', 'import', json, copy])
    expect(imported.exitCode).toBe(0)
    expect(heldState(await loadDataFile(copy))).toEqual(heldState(await loadDataFile(file)))
  })

  it('writes the JSON to stdout without --out', async () => {
    const file = await sandboxFile('stdout.db')
    const exported = await runCli(['data', 'export', file])
    expect(JSON.parse(exported.stdout).core.accounts.accounts).toHaveLength(2)
  })

  it('refuses to import over a file that holds a sandbox, unless --force', async () => {
    const source = await sandboxFile('force-source.db')
    const json = `${dir.path}/force.json`
    await runCli(['data', 'export', source, '--out', json])
    const target = `${dir.path}/force-target.db`
    const server = await serveData(target)
    await server.close()
    const before = await sha256(target)
    const refused = await runCli(['data', 'import', json, target])
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toMatch(/already holds a sandbox; --force replaces it/)
    expect(await sha256(target)).toBe(before)
    const forced = await runCli(['data', 'import', json, target, '--force'])
    expect(forced.exitCode).toBe(0)
    expect(heldState(await loadDataFile(target))).toEqual(heldState(await loadDataFile(source)))
  })

  it.each([
    ['not JSON', '{"format": ', /is not JSON/],
    ['JSON of something else', '{"hello": "world"}', /is not a martech-sandbox state: .*format/],
    [
      'a newer state version',
      '{"format": "martech-sandbox/state", "version": 2}',
      /this martech-sandbox reads version 1/,
    ],
  ])('refuses %s with one line and exit 2', async (_, text, reason) => {
    const json = `${dir.path}/bad-${Math.random()}.json`
    await writeFile(json, text)
    const result = await runCli(['data', 'import', json, `${dir.path}/never.db`])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(reason)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses to export a file that does not exist', async () => {
    const result = await runCli(['data', 'export', `${dir.path}/nothing.db`])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(/no data file/)
  })
})
