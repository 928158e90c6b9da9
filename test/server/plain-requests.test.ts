/**
 * The standalone server's two HTTP fronts: whole keep-alive HTTP/1.1 requests are answered
 * straight from the socket, anything else by node:http, and a client cannot tell which one
 * answered: the same framing, the same answers, on one connection that changes hands mid-way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadFixtures } from '../../mocks/server/load-fixtures.ts'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { answersArrived, exchange, parseAnswer, parseAnswers } from '../support/raw-exchange.ts'

const KEYS = {
  hellotext: 'ALK_plainpath00000000000000',
  connectif: 'plain:secret',
  reskyt: 'plain',
}
const TRACK = JSON.stringify({
  action: 'product.purchased',
  product: 'vxqQJ3Yg',
  profile: 'MzYwlE50',
})

describe('plain requests and node:http on one server', () => {
  let server: RunningServer
  let track: (extraHeaders?: string, body?: string) => string
  let chunkedTrack: () => string
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      timeouts: { headersMs: 400, requestMs: 800, keepAliveMs: 300 },
    })
    loadFixtures(
      server.sandbox,
      {
        accounts: [
          {
            name: 'plain',
            keys: KEYS,
            hellotext: {
              profiles: [{ id: 'MzYwlE50', first_name: 'Lucía' }],
              products: [{ id: 'vxqQJ3Yg', name: 'Trail running shoes' }],
            },
          },
        ],
      },
      'plain-path fixtures',
    )
    const key = KEYS.hellotext
    track = (extraHeaders = '', body = TRACK) =>
      `POST /hellotext/v1/attribution/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\n${extraHeaders}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
    chunkedTrack = () =>
      `POST /hellotext/v1/attribution/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${TRACK.length.toString(16)}\r\n${TRACK}\r\n0\r\n\r\n`
  })
  afterAll(() => server.close())

  it("answers a whole keep-alive request with node:http's framing: status line, Date, Connection, Keep-Alive, Content-Length", async () => {
    const { raw } = await exchange(server, (write) => write(track()), 3000, answersArrived(1))
    const answer = parseAnswer(raw)
    expect(answer.statusLine).toBe('HTTP/1.1 201 Created')
    expect(answer.body).toBe('{"state":"ok"}')
    expect(answer.headers['content-length']).toBe('14')
    expect(answer.headers['content-type']).toBe('application/json')
    expect(answer.headers.connection).toBe('keep-alive')
    expect(answer.headers['keep-alive']).toBe('timeout=0')
    expect(Date.parse(answer.headers.date ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it('answers requests pipelined in one write in order, on the same connection', async () => {
    const key = KEYS.connectif
    const { raw, closed } = await exchange(
      server,
      (write) =>
        write(
          `${track()}GET /connectif/contacts/email/nobody%40example.com HTTP/1.1\r\nHost: localhost\r\nAuthorization: apiKey ${key}\r\n\r\n${track()}`,
        ),
      3000,
      answersArrived(3),
    )
    expect(parseAnswers(raw).map((answer) => answer.status)).toEqual([201, 404, 201])
    expect(closed).toBe(false)
  })

  it('reads each head the client repeats as the last one says, and reads anew one that adds to it', async () => {
    const body = (product: string) => TRACK.replace('vxqQJ3Yg', product)
    const head = `POST /hellotext/v1/attribution/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${KEYS.hellotext}\r\nContent-Type: application/json\r\nContent-Length: ${TRACK.length}\r\n`
    const before = server.sandbox.journal.newestId
    const { raw } = await exchange(
      server,
      (write) =>
        write(
          [
            `${head}\r\n${body('vxqQJ3Yg')}`,
            // The same head, another body of the same length: an unknown product.
            `${head}\r\n${body('nowhere1')}`,
            // The same head and then one more header: the answer of the other API generation.
            `${head}X-Sandbox-Hellotext-Generation: current\r\n\r\n${body('vxqQJ3Yg')}`,
            `${head}\r\n${body('vxqQJ3Yg')}`,
          ].join(''),
        ),
      3000,
      answersArrived(4),
    )
    expect(parseAnswers(raw).map((answer) => answer.status)).toEqual([201, 404, 200, 201])
    const journalled = server.sandbox.journal.list({ limit: 4 }).reverse()
    expect(journalled.map((entry) => entry.id - before)).toEqual([1, 2, 3, 4])
    expect(
      journalled.map((entry) => entry.request.headers['x-sandbox-hellotext-generation']),
    ).toEqual([undefined, undefined, 'current', undefined])
  })

  it('answers a client that closes its side while its request waits out a delay, then closes', async () => {
    // The client's end is read during the delay: the answer comes later, and goes before the close.
    const rule = server.sandbox.faults.add({ service: 'hellotext', delayMs: 50, times: 1 })
    try {
      const { raw, closed } = await exchange(server, (write, end) => {
        write(track())
        end()
      })
      expect(parseAnswer(raw).status).toBe(201)
      expect(parseAnswer(raw).complete).toBe(true)
      expect(closed).toBe(true)
    } finally {
      server.sandbox.faults.remove(rule.id)
    }
  })

  it('hands a connection to node:http at its first chunked request, and answers both requests', async () => {
    const before = server.sandbox.journal.list().length
    const { raw } = await exchange(
      server,
      (write) => write(`${track()}${chunkedTrack()}`),
      3000,
      answersArrived(2),
    )
    const answers = parseAnswers(raw)
    expect(answers.map((answer) => answer.status)).toEqual([201, 201])
    expect(answers.map((answer) => answer.body)).toEqual(['{"state":"ok"}', '{"state":"ok"}'])
    expect(server.sandbox.journal.list().length - before).toBe(2)
  })

  it('answers a request whose body arrives in a later write', async () => {
    const whole = track()
    const split = whole.length - 10
    const { raw } = await exchange(
      server,
      (write) => {
        write(whole.slice(0, split))
        setTimeout(() => write(whole.slice(split)), 30)
      },
      3000,
      answersArrived(1),
    )
    expect(parseAnswer(raw).status).toBe(201)
  })

  it('answers a repeated header as node:http does, joined, and a HEAD request with no body', async () => {
    const repeated = await exchange(
      server,
      (write) => write(track('X-Trace: a\r\nX-Trace: b\r\n')),
      3000,
      answersArrived(1),
    )
    expect(parseAnswer(repeated.raw).status).toBe(201)
    expect(server.sandbox.journal.list()[0]?.request.headers['x-trace']).toBe('a, b')
    const head = await exchange(
      server,
      (write) => write('HEAD /nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n'),
      3000,
      (raw) => raw.includes('\r\n\r\n'),
    )
    expect(parseAnswer(head.raw).status).toBe(404)
    expect(head.raw.endsWith('\r\n\r\n')).toBe(true)
  })

  it('answers a malformed header line 400 in the sandbox shape, after a plain request on the same connection', async () => {
    const { raw, closed } = await exchange(server, (write) =>
      write(
        `${track()}GET /connectif/contacts/ HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n`,
      ),
    )
    const answers = parseAnswers(raw)
    expect(answers.map((answer) => answer.status)).toEqual([201, 400])
    expect(JSON.parse(answers[1]?.body ?? '').error).toMatch(/not valid HTTP\/1\.1/)
    expect(closed).toBe(true)
  })

  it('closes a kept-alive connection after the keep-alive wait, and answers 408 to one that never sends a request', async () => {
    const kept = await exchange(server, (write) => write(track()), 2000)
    expect(parseAnswer(kept.raw).status).toBe(201)
    expect(kept.closed).toBe(true)
    expect(kept.elapsedMs).toBeGreaterThanOrEqual(250)
    expect(kept.elapsedMs).toBeLessThan(1500)
    const silent = await exchange(server, () => {}, 2000)
    expect(parseAnswer(silent.raw).status).toBe(408)
    expect(silent.closed).toBe(true)
  })

  it('answers Connection: close and then closes, as node:http does', async () => {
    const { raw, closed } = await exchange(server, (write) => write(track('Connection: close\r\n')))
    expect(parseAnswer(raw).status).toBe(201)
    expect(parseAnswer(raw).headers.connection).toBe('close')
    expect(closed).toBe(true)
  })

  it('keeps answering a client that reads its answers only later, without losing any', async () => {
    const count = 2000
    const { raw } = await exchange(
      server,
      (write) => write(track().repeat(count)),
      10_000,
      answersArrived(count),
    )
    const answers = parseAnswers(raw)
    expect(answers.length).toBe(count)
    expect(answers.every((answer) => answer.status === 201)).toBe(true)
  })
})
