/**
 * `martech-sandbox contracts verify`: an integrator's own pacts, written against their hand-made
 * mocks with made-up credentials, replayed against the sandbox as the provider. Exit 0 when the
 * sandbox honours every interaction, 1 with Pact's mismatch text when not, 2 on input it cannot
 * read.
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { closedPort } from '../jivochat/_crm-server.ts'
import { runCli } from '../support/run-cli.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const verify = (...args: string[]) => runCli(['contracts', 'verify', ...args])

describe('contracts verify, on a sandbox of its own', () => {
  it('passes pacts written against fake credentials, and says it swapped them for a sandbox account’s', async () => {
    const { exitCode, stdout, stderr } = await verify(
      fixture('integrator-connectif.json'),
      fixture('integrator-reskyt-legacy.json'),
    )
    expect(stderr).toBe('')
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(
      /^Verified against the sandbox at http:\/\/127\.0\.0\.1:\d+ \(started for this run\), as account acct_\w+ "contracts-verify" \(made for this run\)\.\n/,
    )
    expect(stdout).toContain(
      "Credentials in the pacts were replaced with that account's: Authorization: apiKey → the Connectif key; form user/password → the account name and Reskyt key.",
    )
    expect(stdout).toContain("  ✓ a read of Ana's contact   (given contact ana@example.com exists)")
    expect(stdout).toContain('  ✓ a legacy form push')
    expect(stdout).toMatch(/\n3 of 3 interactions honoured\.\n$/)
  })
})

describe('contracts verify, on pacts the sandbox does not honour', () => {
  let run: Awaited<ReturnType<typeof verify>>
  beforeAll(async () => {
    run = await verify(fixture('expects-missing-behaviour.json'), fixture('unknown-state.json'))
  })

  it('fails a pact that expects what the sandbox does not do, with the Verifier’s mismatch text', () => {
    expect(run.stdout).toContain(
      "  ✗ a read of an unknown contact, answered with an empty one by the shop's own mock   (given contact nobody@example.com does not exist)\n      status: expected 200 but was 404\n",
    )
  })

  it('names a provider state the sandbox does not know and lists the ones the service has', () => {
    expect(run.stdout).toContain(
      [
        '  ✗ a read of a subscribed profile   (given profile Xe7kD9aQ is subscribed to the newsletter)',
        '      unknown provider state "profile Xe7kD9aQ is subscribed to the newsletter"',
        '  Unknown provider states: "profile Xe7kD9aQ is subscribed to the newsletter". The sandbox knows these hellotext states:',
        '    profile {id} exists',
        '    profile {id} does not exist',
        '    session {id} exists',
        '    product {id} exists',
      ].join('\n'),
    )
  })

  it('exits 1 and counts what broke', () => {
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/\n0 of 2 interactions honoured\.\n$/)
    expect(run.stderr).toBe('martech-sandbox: 2 of 2 interactions break the contract\n')
  })
})

describe('contracts verify --url, against a running sandbox', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0 })
  })
  afterAll(() => server?.close())

  it('verifies with the --account given, and sets the states up in that account', async () => {
    const { account } = server.sandbox.accounts.create({ name: 'shop-qa' })
    const { exitCode, stdout } = await verify(
      fixture('integrator-connectif.json'),
      '--url',
      server.url,
      '--account',
      account.id,
    )
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(
      new RegExp(
        `^Verified against the sandbox at ${server.url}, as account ${account.id} "shop-qa"\\.\n`,
      ),
    )
    const ana = server.sandbox.connectif.contacts.findMany((q) =>
      q.where((c) => c._email === 'ana@example.com'),
    )
    expect(ana.map((contact) => [contact.accountId, contact._name])).toEqual([
      [account.id, 'Ana María'],
    ])
  })
})

describe('contracts verify exit code 2', () => {
  it('on a sandbox that cannot be reached, in one line', async () => {
    const port = await closedPort()
    const { exitCode, stderr } = await verify(
      fixture('integrator-connectif.json'),
      '--url',
      `http://127.0.0.1:${port}`,
    )
    expect(exitCode).toBe(2)
    expect(stderr).toBe(
      `martech-sandbox: cannot reach the sandbox at http://127.0.0.1:${port}: ECONNREFUSED\n`,
    )
  })

  it.each([
    [
      'a missing pact file',
      ['/nonexistent/pact.json'],
      /cannot read pact "\/nonexistent\/pact.json": ENOENT/,
    ],
    ['a file that is not JSON', [fileURLToPath(import.meta.url)], /is not JSON|not JSON/],
    [
      'a provider the sandbox does not serve',
      [fileURLToPath(new URL('../../contracts/pacts/jivochat-crm.json', import.meta.url))],
      /cannot tell which service "crm" .* is: name it connectif, hellotext, reskyt, jivochat \(a CRM pact is verified with `verify-crm --url <endpoint>`\)/,
    ],
    [
      '--account without --url',
      [fixture('integrator-connectif.json'), '--account', 'acct_1'],
      /--account needs --url/,
    ],
    ['no pact at all', [], /missing required argument 'pacts'/],
  ])('on %s, in one line', async (_name, args, message) => {
    const { exitCode, stdout, stderr } = await verify(...args)
    expect(exitCode).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})
