/**
 * `kill -9` of a `serve --data` process: SQLite's WAL keeps every committed transaction through
 * the death of the process, and the sandbox commits before it answers, so every write answered
 * 2xx is in the file after a restart; an import that was being applied resumes from the rows it
 * had applied, its progress and its contacts saved together.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataFile } from '../support/saved-state-check.ts'
import { call, tempDir } from './support.ts'

const BIN = fileURLToPath(new URL('../../mocks/cli/bin.ts', import.meta.url))

interface Child {
  url: string
  process: ChildProcess
}

async function serveChild(file: string): Promise<Child> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /listening on (http:\/\/\S+)/.exec(out)
      if (match) resolve(match[1] as string)
    })
    child.stderr.on('data', (chunk) => {
      err += chunk
    })
    child.once('exit', (code) => reject(new Error(`serve exited early with ${code}: ${err}`)))
  })
  return { url, process: child }
}

function killHard(child: Child): Promise<void> {
  const exited = new Promise<void>((resolve) => child.process.once('exit', () => resolve()))
  child.process.kill('SIGKILL')
  return exited
}

let dir: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  dir = await tempDir()
})
afterAll(() => dir.remove())

describe('kill -9 of serve --data', () => {
  it('keeps every write answered 2xx in a burst of 1,000', async () => {
    const file = `${dir.path}/burst.db`
    const first = await serveChild(file)
    const account = (await call(`${first.url}/__admin/accounts`, 'POST', {}, { name: 'burst' }))
      .body as { keys: { hellotext: string } }
    const auth = { authorization: `Bearer ${account.keys.hellotext}` }
    const acknowledged: string[] = []
    let next = 0
    let killed: Promise<void> | undefined
    // 16 clients write profiles; the server dies under them once 400 are answered.
    const client = async () => {
      while (next < 1000) {
        const i = next++
        try {
          const answer = await call(`${first.url}/hellotext/v1/profiles`, 'POST', auth, {
            first_name: `P${i}`,
            email: `p${i}@example.com`,
          })
          if (answer.status === 201) acknowledged.push((answer.body as { id: string }).id)
        } catch {
          return // the server is gone: this request was never answered
        }
        if (acknowledged.length === 400 && !killed) killed = killHard(first)
      }
    }
    await Promise.all(Array.from({ length: 16 }, client))
    await killed
    expect(acknowledged.length).toBeGreaterThanOrEqual(400)
    expect(acknowledged.length).toBeLessThan(1000)

    const second = await serveChild(file)
    try {
      const missing: string[] = []
      for (const id of acknowledged) {
        const answer = await call(`${second.url}/hellotext/v1/profiles/${id}`, 'GET', auth)
        if (answer.status !== 200) missing.push(id)
      }
      expect(missing, 'profiles answered 201 before the kill').toEqual([])
    } finally {
      await killHard(second)
    }
  })

  it('resumes a 100,000-row import from the rows it had applied', async () => {
    const file = `${dir.path}/import.db`
    const first = await serveChild(file)
    const admin = (body: unknown) => call(`${first.url}/__admin/clock`, 'POST', {}, body)
    await admin({ freeze: '2026-03-02T09:00:00.000Z' })
    const account = (await call(`${first.url}/__admin/accounts`, 'POST', {}, { name: 'importer' }))
      .body as { keys: { connectif: string } }
    const auth = { authorization: `apiKey ${account.keys.connectif}` }
    let csv = '_email,_name\n'
    for (let i = 0; i < 100_000; i++) csv += `user${i}@example.com,User ${i}\n`
    const form = new FormData()
    form.set('type', 'contacts')
    form.set('delimiter', ',')
    form.set('overrideExisting', 'true')
    form.set('updateOnlyEmptyFields', 'false')
    form.set('file', new File([csv], 'contacts.csv', { type: 'text/csv' }))
    const created = await fetch(`${first.url}/connectif/imports/`, {
      method: 'POST',
      headers: auth,
      body: form,
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const getImport = (url: string) => call(`${url}/connectif/imports/${id}`, 'GET', auth)

    // 1 s to start, then 20,000 rows a second: 3 s in, 40,000 rows are due and applied.
    await admin({ advance: '3s' })
    const answered = (await getImport(first.url)).body as { processed?: number; success: number }
    expect(answered.success).toBe(40_000)
    // 2 s more: 40,000 more rows are due; the server dies while it applies them.
    await admin({ advance: '2s' })
    void getImport(first.url).catch(() => {})
    await new Promise((resolve) => setTimeout(resolve, 40))
    await killHard(first)

    const saved = await loadDataFile(file)
    const job = [...saved.connectif.imports.all()][0]
    expect(job?.processed).toBeGreaterThanOrEqual(40_000)
    expect(job?.status).toBe('inProgress')
    // The job's progress and the contacts it applied were saved together.
    expect(saved.connectif.contacts.size).toBe(job?.processed)
    expect(job?.processed).toBeLessThan(80_000)

    const second = await serveChild(file)
    try {
      const resumed = (await getImport(second.url)).body as { status: string; success: number }
      expect(resumed).toMatchObject({ status: 'inProgress', success: 80_000 })
      await call(`${second.url}/__admin/clock`, 'POST', {}, { advance: '10s' })
      const finished = (await getImport(second.url)).body as Record<string, unknown>
      expect(finished).toMatchObject({
        status: 'finished',
        total: 100_000,
        success: 100_000,
        errors: 0,
      })
      for (const n of [0, 39_999, 40_000, 79_999, 99_999]) {
        const contact = await call(
          `${second.url}/connectif/contacts/email/user${n}%40example.com`,
          'GET',
          auth,
        )
        expect(contact.body, `user${n}`).toMatchObject({ _name: `User ${n}` })
      }
    } finally {
      await killHard(second)
    }
  }, 120_000)
})
