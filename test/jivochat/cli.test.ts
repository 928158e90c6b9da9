/** `martech-sandbox jivo`: the --json shape, the table, scenarios from a file, and the bin once. */
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { runCli } from '../support/run-cli.ts'
import { type CrmServer, replyWith, startCrmServer } from './_crm-server.ts'

async function cli(args: string[]) {
  const { exitCode, stdout, stderr } = await runCli(['jivo', ...args])
  return { exitCode, stdout, stderr }
}

describe('jivo send --json', () => {
  let crm: CrmServer
  beforeAll(async () => {
    crm = await startCrmServer(
      replyWith({
        result: 'ok',
        contact_info: { name: 'Ana López', email: 'ana@example.com' },
        custom_data: [
          {
            title: 'Lifetime value',
            key: 'LTV',
            content: '€1,240.00',
            link: 'https://crm.example/c/1',
          },
        ],
        crm_link: 'https://crm.example/c/1',
        enable_assign: true,
        page: { url: 'https://shop.example/cart' },
      }),
    )
  })
  afterAll(() => crm.close())

  it('prints the report object, in this shape', async () => {
    const { exitCode, stdout } = await cli([
      'send',
      'chat_accepted',
      '--to',
      crm.url,
      '--seed',
      '7',
      '--set',
      'visitor.email=ana@example.com',
      '--set',
      'visitor.number:=1217',
      '--unset',
      'visitor.description',
      '--timeout',
      '2s',
      '--json',
    ])
    expect(exitCode).toBe(0)
    const report = JSON.parse(stdout)
    expect(Object.keys(report)).toEqual([
      'event',
      'operationId',
      'url',
      'seed',
      'timeoutMs',
      'request',
      'durationMs',
      'payloadIssues',
      'ok',
      'outcome',
      'status',
      'reply',
      'violations',
      'warnings',
      'agentView',
      'error',
    ])
    expect(report).toEqual({
      event: 'chat_accepted',
      operationId: 'chatAccepted',
      url: crm.url,
      seed: 7,
      timeoutMs: 2000,
      request: {
        method: 'POST',
        headers: {
          host: new URL(crm.url).host,
          'content-type': 'application/json; charset=utf-8',
          'content-length': expect.stringMatching(/^\d+$/),
          connection: 'close',
        },
        body: expect.objectContaining({ event_name: 'chat_accepted' }),
      },
      durationMs: expect.any(Number),
      payloadIssues: [],
      ok: true,
      outcome: 'ok',
      status: 200,
      reply: {
        headers: expect.objectContaining({ 'content-type': 'application/json' }),
        json: expect.objectContaining({ result: 'ok' }),
      },
      violations: [],
      warnings: [],
      agentView: {
        contactFields: { name: 'Ana López', email: 'ana@example.com' },
        customData: [
          {
            title: 'Lifetime value',
            key: 'LTV',
            content: '€1,240.00',
            link: 'https://crm.example/c/1',
          },
        ],
        crmLinkButton: 'https://crm.example/c/1',
        assignButton: true,
        page: { url: 'https://shop.example/cart' },
      },
      error: null,
    })
    expect(report.request.body.visitor).toMatchObject({ email: 'ana@example.com', number: 1217 })
    expect(report.request.body.visitor.description).toBeUndefined()
    // What went over the wire is what the report says was sent.
    expect(crm.received.at(-1)).toEqual(report.request.body)
    expect(crm.receivedHeaders.at(-1)).toEqual(report.request.headers)
    // The reply's body is printed once, parsed.
    expect(stdout.match(/"result": "ok"/g)).toHaveLength(1)
  })

  it('prints a readable table by default, with what the agent would see', async () => {
    const { exitCode, stdout } = await cli(['send', 'chat_accepted', '--to', crm.url])
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(
      /^#\s+event\s+status\s+time\s+result\s+violations\n1\s+chat_accepted\s+200\s+\d+ ms\s+ok\s+0\n/,
    )
    expect(stdout).toContain('contact  name Ana López · email ana@example.com')
    expect(stdout).toContain('panel    Lifetime value: LTV: €1,240.00 (https://crm.example/c/1)')
    expect(stdout).toContain('button   Open in CRM → https://crm.example/c/1')
    expect(stdout).toContain('✓ the reply honours the contract')
  })
})

describe('jivo conversation', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0 })
  })
  afterAll(() => server.close())

  it('plays a scenario file against the reference CRM, in order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jivo-scenario-'))
    const file = join(dir, 'chat.yaml')
    await writeFile(
      file,
      [
        'seed: 9',
        'set:',
        '  visitor.name: Ana López',
        'steps:',
        '  - event: chat_accepted', // the visitor has not given a phone yet
        '    unset: [visitor.phone]',
        '  - event: chat_updated',
        '    set: { visitor.phone: "+34600111222" }',
        '  - chat_assigned',
        '  - client_updated',
        '  - chat_finished',
      ].join('\n'),
    )
    const { exitCode, stdout } = await cli([
      'conversation',
      '--to',
      `${server.url}/jivochat/crm`,
      '--scenario',
      file,
      '--json',
    ])
    expect(exitCode).toBe(0)
    const conversation = JSON.parse(stdout)
    expect(Object.keys(conversation)).toEqual(['ok', 'outcome', 'url', 'seed', 'reports'])
    expect(conversation.seed).toBe(9)
    expect(
      conversation.reports.map((r: { event: string; ok: boolean }) => [r.event, r.ok]),
    ).toEqual([
      ['chat_accepted', true],
      ['chat_updated', true],
      ['chat_assigned', true],
      ['client_updated', true],
      ['chat_finished', true],
    ])
    // The shared `set` reaches every event with a visitor; one chat throughout.
    const bodies = conversation.reports.map(
      (r: { request: { body: Record<string, unknown> } }) => r.request.body,
    )
    expect(new Set(bodies.map((b: { visitor: { name: string } }) => b.visitor.name))).toEqual(
      new Set(['Ana López']),
    )
    expect(
      new Set(
        bodies
          .filter((b: { chat_id?: unknown }) => b.chat_id)
          .map((b: { chat_id: unknown }) => b.chat_id),
      ).size,
    ).toBe(1)
    expect(server.sandbox.jivochat.crm.leads.size).toBe(1)
    expect([...server.sandbox.jivochat.crm.leads.values()][0]?.phone).toBe('+34600111222')
  })

  it('exits 1 when any step breaks the contract, and names it in the table', async () => {
    const crm = await startCrmServer((_req, res, body) => {
      const event = (body as { event_name: string }).event_name
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({ result: event === 'client_updated' ? 'Client lookup failed' : 'ok' }),
      )
    })
    try {
      const { exitCode, stdout, stderr } = await cli(['conversation', '--to', crm.url])
      expect(exitCode).toBe(1)
      expect(stdout).toMatch(/3\s+client_updated\s+200\s+\d+ ms\s+Client lookup failed\s+1/)
      expect(stdout).toContain('non_ok_result  $.result')
      expect(stderr).toBe(
        'martech-sandbox: 1 of 4 replies break the JivoChat contract (1 violation)\n',
      )
    } finally {
      await crm.close()
    }
  })

  it('rejects a shared change that matches no event of the conversation', async () => {
    const { exitCode, stderr } = await cli([
      'conversation',
      '--to',
      `${server.url}/jivochat/crm`,
      '--offline',
      '--set',
      'call.status=end',
    ])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(
      /"call.status" matches no event of this conversation \(offline_message\)/,
    )
  })
})

describe('the bin', () => {
  it('runs `jivo send` as a separate process and exits with the verdict', async () => {
    const crm = await startCrmServer(replyWith({ result: 'error' }))
    try {
      const bin = fileURLToPath(new URL('../../mocks/cli/bin.ts', import.meta.url))
      const child = spawn(
        process.execPath,
        [bin, 'jivo', 'send', 'chat_finished', '--to', crm.url, '--json'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => {
        stdout += chunk
      })
      child.stderr.on('data', (chunk) => {
        stderr += chunk
      })
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      expect(code).toBe(1)
      expect(JSON.parse(stdout).violations).toEqual([
        expect.objectContaining({ code: 'non_ok_result' }),
      ])
      expect(stderr).toBe(
        'martech-sandbox: 1 of 1 reply breaks the JivoChat contract (1 violation)\n',
      )
    } finally {
      await crm.close()
    }
  })
})
