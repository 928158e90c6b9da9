/**
 * `martech-sandbox jivo send` against CRMs that get the contract wrong, one real server per case:
 * each answer gives its own violation (with its JSON path) and exit code 1, without hanging; a
 * CRM that cannot be reached, or a usage mistake, gives exit code 2.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type AddressInfo, createServer as createNetServer } from 'node:net'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { DeliveryReport } from '../../mocks/jivochat/index.ts'
import { runCli } from '../support/run-cli.ts'
import { closedPort, replyWith, startCrmServer } from './_crm-server.ts'

async function cli(args: string[]) {
  const { exitCode, stdout, stderr } = await runCli(['jivo', ...args])
  return { exitCode, stdout, stderr }
}

async function sendTo(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  event = 'chat_accepted',
  extra: string[] = [],
) {
  const crm = await startCrmServer(handler)
  try {
    const run = await cli(['send', event, '--to', crm.url, '--json', ...extra])
    return { ...run, report: JSON.parse(run.stdout) as DeliveryReport }
  } finally {
    await crm.close()
  }
}

describe('jivo send against a broken CRM', () => {
  it.each([
    [
      'an HTML page',
      replyWith('<html><body>Welcome</body></html>', 200, 'text/html'),
      [{ code: 'invalid_json', path: '$' }],
    ],
    [
      '{"result":"error"}',
      replyWith({ result: 'error' }),
      [{ code: 'non_ok_result', path: '$.result' }],
    ],
    [
      'wrong types',
      replyWith({
        result: 'ok',
        enable_assign: 'yes',
        custom_data: [{ title: 'LTV', content: 1240 }],
      }),
      [
        { code: 'schema_violation', path: '$.custom_data[0].content' },
        { code: 'schema_violation', path: '$.enable_assign' },
      ],
    ],
    [
      'a 500',
      replyWith({ result: 'ok' }, 500),
      [{ code: 'http_error', path: '$', message: expect.stringMatching(/HTTP 500/) }],
    ],
  ])('reports %s as a violation and exits 1', async (_name, handler, want) => {
    const { exitCode, report, stderr } = await sendTo(handler)
    expect(exitCode).toBe(1)
    expect(report.outcome).toBe('violations')
    expect(report.agentView).toBeNull()
    expect(report.violations).toEqual(
      expect.arrayContaining(want.map((violation) => expect.objectContaining(violation))),
    )
    expect(stderr).toMatch(/1 of 1 reply breaks the JivoChat contract/)
  })

  it('reports a CRM that answers after the timeout, without waiting for it', async () => {
    const started = performance.now()
    const { exitCode, report } = await sendTo(
      (_req, res) => void setTimeout(() => res.end('{"result":"ok"}'), 2000),
      'chat_finished',
      ['--timeout', '300'],
    )
    expect(exitCode).toBe(1)
    expect(report.violations).toEqual([
      expect.objectContaining({ code: 'timeout', message: expect.stringMatching(/within 300 ms/) }),
    ])
    expect(report.timeoutMs).toBe(300)
    expect(performance.now() - started).toBeLessThan(1500)
  })

  it('reports a socket closed in the middle of the reply', async () => {
    const { exitCode, report } = await sendTo((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' })
      res.write('{"result":"o')
      setTimeout(() => req.socket.destroy(), 20)
    })
    expect(exitCode).toBe(1)
    expect(report.status).toBe(200)
    expect(report.violations).toEqual([
      expect.objectContaining({
        code: 'connection_closed',
        message: expect.stringMatching(/closed/),
      }),
    ])
  })

  it('reports a socket closed before any answer (socket hang up)', async () => {
    const { exitCode, report } = await sendTo((req) => req.socket.destroy(), 'offline_message')
    expect(exitCode).toBe(1)
    expect(report.status).toBeNull()
    expect(report.violations).toEqual([
      expect.objectContaining({
        code: 'connection_closed',
        message: expect.stringMatching(/hang up/),
      }),
    ])
  })

  it('stops reading an endless reply at 1 MB, closes the connection and reports reply_too_large', async () => {
    let closed = false
    const { exitCode, report } = await sendTo((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.on('close', () => {
        closed = true
      })
      const chunk = `{"result":"ok","pad":"${'x'.repeat(64 * 1024)}`
      const pump = () => {
        while (!closed && res.write(chunk));
        if (!closed) res.once('drain', pump)
      }
      pump()
    })
    expect(exitCode).toBe(1)
    expect(report.reply).toBeNull()
    expect(report.violations).toEqual([
      expect.objectContaining({
        code: 'reply_too_large',
        message: expect.stringMatching(/over 1048576 bytes/),
      }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(closed).toBe(true)
  })

  it('reports a reply that is not HTTP as invalid_http', async () => {
    const raw = createNetServer((socket) => socket.once('data', () => socket.end('HELLO\r\n\r\n')))
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = raw.address() as AddressInfo
      const { exitCode, stdout } = await cli([
        'send',
        'chat_finished',
        '--to',
        `http://127.0.0.1:${port}/`,
        '--json',
      ])
      expect(exitCode).toBe(1)
      expect(JSON.parse(stdout).violations).toEqual([
        expect.objectContaining({
          code: 'invalid_http',
          message: expect.stringMatching(/not valid HTTP/),
        }),
      ])
    } finally {
      raw.close()
    }
  })

  it('reports a gzip body that does not decode as decompression_failed', async () => {
    const { exitCode, report } = await sendTo((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end('{"result":"ok"}')
    })
    expect(exitCode).toBe(1)
    expect(report.violations).toEqual([
      expect.objectContaining({ code: 'decompression_failed', path: '$' }),
    ])
  })

  it('reads a gzip reply that decodes, in its declared charset', async () => {
    const { exitCode, report } = await sendTo((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=iso-8859-1',
        'content-encoding': 'gzip',
      })
      res.end(
        gzipSync(Buffer.from('{"result":"ok","contact_info":{"name":"José Núñez"}}', 'latin1')),
      )
    })
    expect(exitCode).toBe(0)
    expect(report.agentView?.contactFields).toEqual({ name: 'José Núñez' })
  })

  it('reports https to a server that speaks plain HTTP as tls_error', async () => {
    const crm = await startCrmServer(replyWith({ result: 'ok' }))
    try {
      const { exitCode, stdout } = await cli([
        'send',
        'chat_finished',
        '--to',
        crm.url.replace('http:', 'https:'),
        '--json',
      ])
      expect(exitCode).toBe(1)
      expect(JSON.parse(stdout).violations).toEqual([
        expect.objectContaining({
          code: 'tls_error',
          message: expect.stringMatching(/TLS failed/),
        }),
      ])
    } finally {
      await crm.close()
    }
  })

  it('grades replies to other events against AckReply, and only warns about extra fields', async () => {
    const { exitCode, report } = await sendTo(
      replyWith({ result: 'ok', crm_link: 'not checked here' }),
      'chat_finished',
    )
    expect(exitCode).toBe(0)
    expect(report.violations).toEqual([])
    expect(report.warnings).toEqual([expect.stringMatching(/ignores crm_link/)])
  })

  it('exits 0 for a reply that honours the contract', async () => {
    const { exitCode, report, stderr } = await sendTo(
      replyWith({
        result: 'ok',
        custom_data: [{ title: 'LTV', content: '€1,240.00' }],
        crm_link: 'https://crm.example/c/1',
      }),
    )
    expect(exitCode).toBe(0)
    expect(stderr).toBe('')
    expect(report.agentView).toEqual({
      contactFields: {},
      customData: [{ title: 'LTV', content: '€1,240.00' }],
      crmLinkButton: 'https://crm.example/c/1',
      assignButton: false,
      page: null,
    })
  })
})

describe('jivo send exit code 2', () => {
  it('says in one line that the connection was refused', async () => {
    const port = await closedPort()
    const { exitCode, stdout, stderr } = await cli([
      'send',
      'chat_accepted',
      '--to',
      `http://127.0.0.1:${port}/`,
    ])
    expect(exitCode).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `martech-sandbox: cannot reach http://127.0.0.1:${port}/: connection refused (ECONNREFUSED)\n`,
    )
  })

  it('says in one line that the host does not resolve', async () => {
    const { exitCode, stderr } = await cli([
      'send',
      'chat_accepted',
      '--to',
      'http://no-such-crm.invalid/jivo',
    ])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(
      /^martech-sandbox: cannot reach http:\/\/no-such-crm\.invalid\/jivo: DNS lookup failed.*\n$/,
    )
  })

  it.each([
    [
      'an unknown event',
      ['send', 'chat_closed', '--to', 'http://127.0.0.1:9/'],
      /unknown event "chat_closed"; Jivo sends chat_accepted/,
    ],
    ['a missing --to', ['send', 'chat_accepted'], /required option '--to <url>' not specified/],
    [
      'a URL that is not http(s)',
      ['send', 'chat_accepted', '--to', 'ftp://crm.example/'],
      /--to must be an http\(s\) URL/,
    ],
    [
      'a malformed --set',
      ['send', 'chat_accepted', '--to', 'http://127.0.0.1:9/', '--set', 'visitor.email'],
      /needs the form path=value/,
    ],
    [
      'an --unset of a field the payload does not have',
      ['send', 'chat_accepted', '--to', 'http://127.0.0.1:9/', '--unset', 'visitor.phon'],
      /--unset "visitor\.phon": the payload has no such field/,
    ],
    [
      'a --set index past the end of an array',
      ['send', 'chat_finished', '--to', 'http://127.0.0.1:9/', '--set', 'agents[99].name=x'],
      /--set "agents\[99\]\.name": index 99 is past the end of an array of \d/,
    ],
    [
      'a bad --timeout',
      ['send', 'chat_accepted', '--to', 'http://127.0.0.1:9/', '--timeout', 'soon'],
      /--timeout must be/,
    ],
    [
      'a missing scenario file',
      ['conversation', '--to', 'http://127.0.0.1:9/', '--scenario', '/nonexistent.yaml'],
      /cannot read scenario "\/nonexistent.yaml": ENOENT/,
    ],
  ])('exits 2 on %s', async (_name, args, message) => {
    const { exitCode, stderr } = await cli(args)
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})
