/** What `serve` prints at start: every base URL, every account's keys and Hellotext's Business ID. */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunningServer } from '../../mocks/server/start-server.ts'
import { runCli } from '../support/run-cli.ts'

describe('the serve banner', () => {
  it('lists the default account and each fixture account with its keys and Business ID', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banner-'))
    const file = join(dir, 'fixtures.json')
    await writeFile(
      file,
      JSON.stringify({
        accounts: [
          {
            name: 'shop-a',
            keys: { connectif: 'shopa:secret', reskyt: 'shopa-reskyt-key' },
            hellotext: { businessId: 'ShopA001' },
          },
        ],
      }),
    )
    const { exitCode, stdout, server } = await runCli(['serve', '--port', '0', '--seed', file])
    expect(exitCode).toBe(0)
    const running = server as RunningServer
    try {
      const { sandbox } = running
      const shopA = sandbox.accounts.list().find(({ account }) => account.name === 'shop-a')
      expect(shopA).toBeDefined()
      expect(stdout).toContain(`account shop-a (${shopA?.account.id}):`)
      // A fixture's fixed keys work beside the ones the account was created with.
      expect(stdout).toMatch(
        /\n {2}connectif {2}\S+, shopa:secret {3}web client id [0-9a-f-]{36}\n/,
      )
      expect(stdout).toMatch(/\n {2}reskyt {5}\S+, shopa-reskyt-key\n/)
      expect(stdout).toMatch(/\n {2}hellotext {2}ALK_.* {3}Business ID ShopA001\n/)
      const defaults = sandbox.defaultAccount
      expect(stdout).toContain(`account default (${defaults.account.id}):`)
      expect(stdout).toContain(`  connectif  ${defaults.keys.connectif}`)
      expect(stdout).toMatch(
        /account default[\s\S]*hellotext {2}ALK_\S+ {3}Business ID [A-Za-z0-9]{8}\n/,
      )
    } finally {
      await running.close()
    }
  })
})
