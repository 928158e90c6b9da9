/**
 * `martech-sandbox.config.json`: one file for everything `serve` takes, validated at start against
 * the published schema (each problem named by its JSON path, exit 2), written by `init` with every
 * option at its default, and overridden by flags, the banner saying where each value came from.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildConfigSchema,
  SCHEMA_REFERENCE,
  starterConfig,
} from '../../mocks/cli/config/config-schema.ts'
import { checkConfig, readConfig } from '../../mocks/cli/config/read-config.ts'
import { resolveServeSettings, type ServeFlags } from '../../mocks/cli/config/serve-settings.ts'
import { DEFAULT_RETENTION } from '../../mocks/sandbox/retention.ts'
import { ACCOUNT_FIELDS } from '../../mocks/server/load-fixtures.ts'
import type { RunningServer } from '../../mocks/server/start-server.ts'
import { SERVICES } from '../../mocks/services.ts'
import { isConfigSchemaFresh, renderConfigSchema } from '../../scripts/generate-config-schema.ts'
import adminDocument from '../../src/generated/admin.document.ts'
import { runCli } from '../support/run-cli.ts'

let dir: string
let cwd: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'config-'))
  cwd = process.cwd()
  process.chdir(dir)
})
afterEach(() => process.chdir(cwd))

const write = (name: string, config: unknown) =>
  writeFile(join(dir, name), typeof config === 'string' ? config : JSON.stringify(config))

async function serve(args: string[]) {
  const result = await runCli(['serve', ...args])
  await (result.server as RunningServer | undefined)?.close()
  return result
}

describe('the published schema', () => {
  it('is the file at the package root, generated from openapi/admin.yaml', async () => {
    expect(await isConfigSchemaFresh(renderConfigSchema())).toBe(true)
  })

  it('takes fault rules, retention and accounts as the admin API defines them', () => {
    const { $defs } = buildConfigSchema()
    const admin = adminDocument.components?.schemas as Record<string, Record<string, unknown>>
    const withoutRefs = (schema: unknown) =>
      JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/'))
    for (const name of ['FaultRule', 'FaultDelay', 'RetentionChange', 'RateLimits']) {
      const { example: _, ...schema } = admin[name] as Record<string, unknown>
      expect($defs[name], name).toEqual(withoutRefs(schema))
    }
    // Every example POST /__admin/faults documents is a valid config fault rule.
    const addFault = (adminDocument.paths as Record<string, Record<string, unknown>>)['/faults']
      ?.post as {
      requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> }
    }
    const examples = Object.values(addFault.requestBody.content['application/json']?.examples ?? {})
    expect(examples.length).toBeGreaterThan(3)
    for (const { value } of examples) expect(checkConfig({ faults: [value] })).toEqual([])
  })

  it('lists what a fixture account holds: loadFixtures’ fields, then one entry per service', () => {
    const account = buildConfigSchema().$defs.FixtureAccount as { properties: object }
    expect(Object.keys(account.properties).sort()).toEqual(
      [...ACCOUNT_FIELDS, ...SERVICES.map((service) => service.name)].sort(),
    )
  })

  it('defaults retention to the sandbox’s own limits', () => {
    expect(buildConfigSchema().properties.retention?.default).toEqual(DEFAULT_RETENTION)
  })
})

describe('martech-sandbox init', () => {
  it('writes a starter with every option at its default, which validates', async () => {
    const { exitCode, stdout } = await runCli(['init'])
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(/wrote martech-sandbox\.config\.json/)
    const written = JSON.parse(await readFile(join(dir, 'martech-sandbox.config.json'), 'utf8'))
    expect(written).toEqual(starterConfig())
    expect(written.$schema).toBe(SCHEMA_REFERENCE)
    expect(Object.keys(written).sort()).toEqual(Object.keys(buildConfigSchema().properties).sort())
    expect(checkConfig(written)).toEqual([])
    // serve starts from it as it is.
    written.port = 0
    await write('martech-sandbox.config.json', written)
    const served = await serve([])
    expect(served.exitCode).toBe(0)
    expect(served.stdout).toMatch(
      /settings \(config file martech-sandbox\.config\.json; flags win\)/,
    )
  })

  it('refuses to overwrite a file without --force: exit 2, the file unchanged', async () => {
    await write('mine.json', '{"port": 1234}')
    const refused = await runCli(['init', 'mine.json'])
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toBe(
      'martech-sandbox: "mine.json" exists; pass --force to overwrite it\n',
    )
    expect(await readFile(join(dir, 'mine.json'), 'utf8')).toBe('{"port": 1234}')
    expect((await runCli(['init', 'mine.json', '--force'])).exitCode).toBe(0)
    expect(JSON.parse(await readFile(join(dir, 'mine.json'), 'utf8')).port).toBe(4010)
  })
})

describe('serve with a config file', () => {
  it.each([
    ['an unknown key', { prot: 1 }, '$.prot is not allowed'],
    ['a port out of range', { port: 70000 }, '$.port must be <= 65535'],
    [
      'a fault rule of no service',
      { faults: [{ service: 'mailchimp', status: 500 }] },
      '$.faults[0].service must be equal to one of the allowed values',
    ],
    [
      'a misspelt account field',
      { accounts: [{ nmae: 'shop' }] },
      '$.accounts[0].nmae is not allowed',
    ],
    ['a retention limit below 1', { retention: { outbox: 0 } }, '$.retention.outbox must be >= 1'],
  ])('exits 2 naming the JSON path and the reason for %s', async (_, config, problem) => {
    await write('martech-sandbox.config.json', config)
    const { exitCode, stderr, server } = await serve([])
    expect(server).toBeUndefined()
    expect(exitCode).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain(`config file "martech-sandbox.config.json" is invalid: ${problem}`)
  })

  it('names every problem at once, on one line', async () => {
    await write('c.json', { port: 'x', host: '', seed: -1 })
    const { exitCode, stderr } = await serve(['--config', 'c.json'])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(
      /\$\.host must NOT have fewer than 1 characters; .*\$\.port must be integer; .*\$\.seed must be >= 0/,
    )
  })

  it('exits 2 for a --config file that is missing or not JSON, and for a fault naming no operation', async () => {
    expect((await serve(['--config', 'nope.json'])).stderr).toMatch(
      /cannot read config file "nope.json": ENOENT/,
    )
    await write('broken.json', '{"port": ')
    expect((await serve(['--config', 'broken.json'])).stderr).toMatch(
      /config file "broken.json" is not JSON/,
    )
    await write('fault.json', { port: 0, faults: [{ operationId: 'sendFax', status: 500 }] })
    const fault = await serve(['--config', 'fault.json'])
    expect(fault.exitCode).toBe(2)
    expect(fault.stderr).toMatch(
      /"fault.json" is invalid: \$\.faults\[0\]: Failed to add "fault rule": no operation "sendFax"/,
    )
  })

  it('starts from its accounts, inline fixtures, Hellotext generation and fault rules', async () => {
    await write('martech-sandbox.config.json', {
      port: 0,
      seed: 7,
      hellotextGeneration: 'current',
      accounts: [
        { name: 'shop-a', keys: { reskyt: 'shop-a-reskyt-key' }, rateLimits: { connectif: 10 } },
      ],
      fixtures: { accounts: [{ name: 'shop-b', hellotext: { businessId: 'ShopB001' } }] },
      faults: [{ service: 'jivochat', noAnswer: true }],
      retention: { trackedEvents: 5 },
    })
    const { exitCode, server, stdout } = await runCli(['serve'])
    const running = server as RunningServer
    try {
      expect(exitCode).toBe(0)
      const { sandbox } = running
      const accounts = sandbox.accounts.list().map(({ account }) => account)
      expect(accounts.map((account) => account.name)).toEqual(['default', 'shop-a', 'shop-b'])
      for (const account of accounts) expect(account.settings.hellotext?.generation).toBe('current')
      // The default account keeps the Business ID Hellotext gave it.
      expect(sandbox.defaultAccount.account.settings.hellotext?.businessId).toMatch(/^\w{8}$/)
      expect(stdout).toMatch(/account default[\s\S]*hellotext {2}ALK_\S+ {3}Business ID \w{8}\n/)
      expect(accounts[1]?.rateLimits).toEqual({ connectif: 10 })
      expect(sandbox.accounts.authenticate('reskyt', 'shop-a-reskyt-key')?.account.name).toBe(
        'shop-a',
      )
      expect(sandbox.faults.list()).toMatchObject([{ service: 'jivochat', noAnswer: true }])
      expect(sandbox.core.retention.trackedEvents).toBe(5)
      expect(stdout).toMatch(/\n {2}seed +7 +config file martech-sandbox\.config\.json\n/)
      expect(stdout).toMatch(/\n {2}fixtures +inline +config file/)
    } finally {
      await running.close()
    }
  })

  it('lets flags override the file, and says where each value came from', async () => {
    await write('martech-sandbox.config.json', { port: 0, host: 'localhost', trustProxy: 'never' })
    const { stdout } = await serve(['--host', '127.0.0.1', '--port', '0'])
    expect(stdout).toMatch(/\n {2}host {17}127\.0\.0\.1 +flag\n/)
    expect(stdout).toMatch(
      /\n {2}trustProxy {11}false +config file martech-sandbox\.config\.json\n/,
    )
    expect(stdout).toMatch(/\n {2}tls {18}false +default\n/)
  })

  it('resolves the data file and fixture paths against the config file’s directory', async () => {
    await write('sub.json', { data: 'state/sandbox.db', fixtures: 'fixtures.json' })
    const found = await readConfig('sub.json', dir)
    const flags: ServeFlags = {
      port: '4010',
      host: '127.0.0.1',
      trustProxy: 'loopback',
      dataDir: '/tmp/x',
    }
    const settings = resolveServeSettings(
      flags,
      () => 'default',
      found,
      () => 'token',
    )
    expect(settings.data).toEqual({ value: join(dir, 'state/sandbox.db'), source: 'config file' })
    expect(settings.fixtures.value).toBe(join(dir, 'fixtures.json'))
    const flagged = resolveServeSettings(
      { ...flags, data: 'cli.db' },
      (name) => (name === 'data' ? 'cli' : 'default'),
      found,
      () => 'token',
    )
    expect(flagged.data).toEqual({ value: 'cli.db', source: 'flag' })
  })

  it('makes a random admin token for "random", shown once in the banner', async () => {
    await write('martech-sandbox.config.json', { port: 0, adminToken: 'random' })
    const { server, stdout } = await runCli(['serve'])
    const running = server as RunningServer
    try {
      const token = /\n {2}adminToken {11}(\S+) {3}random, shown once/.exec(stdout)?.[1] as string
      expect(token).toMatch(/^[\w-]{43}$/)
      const at = (init?: RequestInit) => fetch(`${running.url}/__admin/accounts`, init)
      expect((await at()).status).toBe(401)
      expect((await at({ headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
    } finally {
      await running.close()
    }
  })
})
