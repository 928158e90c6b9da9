/** The CLI as a newcomer meets it: --version, --help with an example everywhere, one prefix per message. */
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.ts'

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

describe('martech-sandbox --version and --help', () => {
  it.each([['--version'], ['-v']])('%s prints the package version and exits 0', async (flag) => {
    const { exitCode, stdout } = await runCli([flag])
    expect(exitCode).toBe(0)
    expect(stdout.trim()).toBe(version)
  })

  it.each([[[]], [['serve']], [['jivo']], [['jivo', 'send']], [['jivo', 'conversation']]])(
    '--help of %j lists its options and shows an example',
    async (command) => {
      const { exitCode, stdout } = await runCli([...command, '--help'])
      expect(exitCode).toBe(0)
      expect(stdout).toMatch(/^Usage: martech-sandbox/)
      expect(stdout).toMatch(/Examples?:\n {2}\$ martech-sandbox /)
    },
  )

  it('says "martech-sandbox:" once in front of an error, never "martech-sandbox: [martech-sandbox]"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'))
    const file = join(dir, 'fixtures.json')
    await writeFile(file, JSON.stringify({ accounts: [{ name: 'a', keys: { connectif: '' } }] }))
    const { exitCode, stderr } = await runCli(['serve', '--port', '0', '--seed', file])
    expect(exitCode).toBe(2)
    expect(stderr).toBe(
      `martech-sandbox: Failed to load "${file}": accounts[0].keys.connectif must be a non-empty string. See README.md, "Fixtures".\n`,
    )
  })
})
