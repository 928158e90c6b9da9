/**
 * `martech-sandbox verify-crm --url <endpoint>`: Jivo's pact (one webhook per event) replayed
 * against a CRM. The reference CRM passes; a broken one fails with the event and the mismatch;
 * an endpoint that cannot be reached, or a usage mistake, exits 2.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { closedPort, replyWith, startCrmServer } from '../jivochat/_crm-server.ts'
import { runCli } from '../support/run-cli.ts'

const EVENTS = [
  'chat_accepted',
  'chat_updated',
  'client_updated',
  'client_attribute_updated',
  'chat_finished',
  'offline_message',
  'call_event',
  'chat_assigned',
]

const verifyCrm = (...args: string[]) => runCli(['verify-crm', ...args])

async function verifyAgainst(
  handler: (req: IncomingMessage, res: ServerResponse, body: unknown) => void,
) {
  const crm = await startCrmServer(handler)
  try {
    return { ...(await verifyCrm('--url', `${crm.url}?secret=s3cr3t`)), received: crm.received }
  } finally {
    await crm.close()
  }
}

describe('verify-crm against the reference CRM', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0 })
  })
  afterAll(() => server?.close())

  it('passes every event, listed in the order the spec gives them', async () => {
    const { exitCode, stdout, stderr } = await verifyCrm('--url', `${server.url}/jivochat/crm`)
    expect(stderr).toBe('')
    expect(exitCode).toBe(0)
    expect(stdout).toBe(
      [
        `Jivo's webhooks against ${server.url}/jivochat/crm:`,
        ...EVENTS.map((event) => `  ✓ ${event}`),
        '',
        '8 of 8 webhooks answered as Jivo needs.',
        '',
      ].join('\n'),
    )
  })
})

describe('verify-crm against a broken CRM', () => {
  /** Right for most events; an HTML page, an error text and a 500 for three of them. */
  const brokenFor: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    chat_accepted: replyWith('<html><body>Welcome</body></html>', 200, 'text/html'),
    chat_finished: replyWith({ result: 'error' }),
    offline_message: replyWith({ result: 'ok' }, 500),
  }
  const paths: string[] = []
  let run: Awaited<ReturnType<typeof verifyAgainst>>
  beforeAll(async () => {
    run = await verifyAgainst((req, res, body) => {
      paths.push(req.url as string)
      const { event_name } = body as { event_name: string }
      ;(brokenFor[event_name] ?? replyWith({ result: 'ok' }))(req, res)
    })
  })

  it.each([
    [
      'an HTML page',
      'chat_accepted',
      "body: Expected a body of 'application/json' but the actual content type was 'text/html'",
    ],
    [
      '{"result":"error"}',
      'chat_finished',
      "$.result: Expected 'error' (String) to be equal to 'ok' (String)",
    ],
    ['a 500', 'offline_message', 'status: expected 200 but was 500'],
  ])('fails %s, naming the event (%s) and the mismatch', (_name, event, mismatch) => {
    expect(run.stdout).toContain(`  ✗ ${event}\n      ${mismatch}\n`)
  })

  it('passes the events the CRM gets right, and exits 1', () => {
    for (const event of EVENTS.filter((name) => !(name in brokenFor)))
      expect(run.stdout).toContain(`  ✓ ${event}\n`)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('martech-sandbox: 3 of 8 webhooks break the contract\n')
  })

  it("sends every webhook to the endpoint's own path and query, as Jivo would", () => {
    expect(new Set(paths)).toEqual(new Set(['/jivo/webhooks?secret=s3cr3t']))
    expect(run.received.map((body) => (body as { event_name: string }).event_name).sort()).toEqual(
      [...EVENTS].sort(),
    )
  })
})

describe('verify-crm exit code 2', () => {
  it('says in one line that the endpoint cannot be reached', async () => {
    const port = await closedPort()
    const { exitCode, stdout, stderr } = await verifyCrm('--url', `http://127.0.0.1:${port}/jivo`)
    expect(exitCode).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `martech-sandbox: cannot reach http://127.0.0.1:${port}/jivo: connection refused (ECONNREFUSED)\n`,
    )
  })

  it.each([
    ['a missing --url', [], /required option '--url <url>' not specified/],
    [
      'a URL that is not http(s)',
      ['--url', 'ftp://crm.example/'],
      /--url must be an http\(s\) URL/,
    ],
    ['a bad --timeout', ['--url', 'http://127.0.0.1:1/', '--timeout', 'soon'], /--timeout must be/],
  ])('on %s', async (_name, args, message) => {
    const { exitCode, stderr } = await verifyCrm(...args)
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(message)
  })
})
