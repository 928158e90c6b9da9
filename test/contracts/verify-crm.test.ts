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
  afterAll(() => server.close())

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
  it.each([
    [
      'an HTML page',
      replyWith('<html><body>Welcome</body></html>', 200, 'text/html'),
      "body: Expected a body of 'application/json' but the actual content type was 'text/html'",
    ],
    [
      '{"result":"error"}',
      replyWith({ result: 'error' }),
      "$.result: Expected 'error' (String) to be equal to 'ok' (String)",
    ],
    ['a 500', replyWith({ result: 'ok' }, 500), 'status: expected 200 but was 500'],
  ])('fails on %s, naming each event and the mismatch', async (_name, handler, mismatch) => {
    const { exitCode, stdout, stderr } = await verifyAgainst(handler)
    expect(exitCode).toBe(1)
    expect(stdout).toContain(`  ✗ chat_accepted\n      ${mismatch}\n`)
    expect(stdout).toContain(`  ✗ offline_message\n      ${mismatch}\n`)
    expect(stderr).toMatch(/^martech-sandbox: \d of 8 webhooks break the contract\n$/)
  })

  it('fails only the events the CRM gets wrong', async () => {
    const { exitCode, stdout, stderr } = await verifyAgainst((req, res, body) => {
      const { event_name } = body as { event_name: string }
      replyWith({ result: event_name === 'chat_finished' ? 'transcript store is down' : 'ok' })(
        req,
        res,
      )
    })
    expect(exitCode).toBe(1)
    expect(stdout).toContain(
      "  ✗ chat_finished\n      $.result: Expected 'transcript store is down' (String) to be equal to 'ok' (String)\n",
    )
    expect(stdout.match(/✗/g)).toHaveLength(1)
    expect(stderr).toBe('martech-sandbox: 1 of 8 webhooks break the contract\n')
  })

  it("sends every webhook to the endpoint's own path and query, as Jivo would", async () => {
    const paths: string[] = []
    const { exitCode, received } = await verifyAgainst((req, res) => {
      paths.push(req.url as string)
      replyWith({ result: 'ok' })(req, res)
    })
    expect(exitCode).toBe(0)
    expect(new Set(paths)).toEqual(new Set(['/jivo/webhooks?secret=s3cr3t']))
    expect(received.map((body) => (body as { event_name: string }).event_name).sort()).toEqual(
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
