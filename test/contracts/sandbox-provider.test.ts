/**
 * The sandbox as a verified provider: every shop-integration pact the consumer suites committed
 * in contracts/pacts/ is replayed by the Pact Verifier against a real server (port 0), with the
 * provider states set through `/__admin/pact/provider-states`. A pact the sandbox does not
 * honour fails here, interaction by interaction. (Jivo's pact has the CRM as its provider: the
 * sandbox's reference CRM is verified against it in verify-crm.test.ts.)
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { verifyPacts } from '../../contracts/index.ts'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'

const PACTS = fileURLToPath(new URL('../../contracts/pacts/', import.meta.url))
// A consumer suite may be mid-rename (`.<name>.tmp`) while this reads the folder.
const committed = readdirSync(PACTS).filter((file) => /^[^.].*\.json$/.test(file))
const sandboxPacts = committed
  .filter((file) => file.startsWith('shop-integration-'))
  .map((file) => `${PACTS}${file}`)

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0 })
})
afterAll(() => server?.close())

it('has a verification for every committed pact', () => {
  expect(committed.sort()).toEqual([
    'jivochat-crm.json',
    'shop-integration-connectif.json',
    'shop-integration-hellotext.json',
    'shop-integration-reskyt.json',
  ])
})

it('honours every interaction of every committed shop-integration pact', async () => {
  const report = await verifyPacts({ pactFiles: sandboxPacts, url: server.url })
  const failures = report.pacts.flatMap((pact) =>
    pact.interactions
      .filter((interaction) => !interaction.ok)
      .map(
        (interaction) =>
          `${pact.provider}: ${interaction.description}: ${interaction.problems.join('; ')}`,
      ),
  )
  expect(failures).toEqual([])
  expect(report.pacts.flatMap((pact) => pact.unknownStates)).toEqual([])
})
