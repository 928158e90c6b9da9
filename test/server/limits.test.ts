/**
 * What the node:http adapter refuses before a route runs: bodies it never buffers (no credential,
 * over the route's limit), what Node's own parser rejects, and clients that run out of time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { exchange, parseAnswer } from '../support/raw-exchange.ts'

describe('request limits over HTTP', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, timeouts: { headersMs: 500, requestMs: 800 } })
  })
  afterAll(() => server.close())

  it('answers a 60 MB upload without credentials 401 before its body is sent, and closes', async () => {
    const answer = await exchange(server, (write) => {
      write(
        'POST /connectif/contacts/email/a%40b.c HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 62914560\r\n\r\n',
      )
      write(new Uint8Array(64 * 1024).fill(0x20))
    })
    const { status, headers, body } = parseAnswer(answer.raw)
    expect(status).toBe(401)
    expect(body).toBe('Unauthorized')
    expect(headers.connection).toBe('close')
    expect(answer.closed).toBe(true)
  })

  it('answers a body whose Content-Length is over the route limit 413 in the service shape, unread', async () => {
    const key = server.sandbox.defaultAccount.keys.reskyt
    const answer = await exchange(server, (write) =>
      write(
        `POST /reskyt/api/v2/push HTTP/1.1\r\nHost: localhost\r\nx-api-key: ${key}\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{`,
      ),
    )
    const { status, body } = parseAnswer(answer.raw)
    expect(status).toBe(413)
    expect(JSON.parse(body)).toEqual({ error: 'Request body is too large' })
  })

  it('stops reading a chunked body at the route limit and answers 413', async () => {
    const key = server.sandbox.defaultAccount.keys.reskyt
    const chunk = 'x'.repeat(256 * 1024)
    const answer = await exchange(server, (write) => {
      write(
        `POST /reskyt/api/v2/push HTTP/1.1\r\nHost: localhost\r\nx-api-key: ${key}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      )
      for (let i = 0; i < 6; i++) write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    })
    expect(parseAnswer(answer.raw).status).toBe(413)
    expect(answer.closed).toBe(true)
  })

  it('limits admin bodies too, in the sandbox shape', async () => {
    const response = await fetch(`${server.url}/__admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(1024 * 1024 + 1),
    })
    expect(response.status).toBe(413)
    expect((await response.json()).error).toMatch(/the body is over 1048576 bytes/)
  })

  it('answers headers over 16 KB 431 with a JSON error instead of an empty body', async () => {
    const answer = await exchange(server, (write) =>
      write(
        `GET /connectif/contacts/ HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      ),
    )
    const { status, headers, body } = parseAnswer(answer.raw)
    expect(status).toBe(431)
    expect(headers['content-type']).toBe('application/json')
    expect(JSON.parse(body).error).toMatch(/exceed 16 KB/)
  })

  it('answers a request line that is not HTTP 400 with a JSON error', async () => {
    const answer = await exchange(server, (write) => write('HELLO THERE\r\n\r\n'))
    const { status, body } = parseAnswer(answer.raw)
    expect(status).toBe(400)
    expect(JSON.parse(body).error).toMatch(/not valid HTTP\/1\.1/)
  })

  it('gives a body shorter than its Content-Length 408 once the request timeout passes', async () => {
    const answer = await exchange(server, (write) =>
      write(
        'POST /jivochat/crm HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"event_name"',
      ),
    )
    expect(parseAnswer(answer.raw).status).toBe(408)
    expect(answer.elapsedMs).toBeLessThan(2500)
  })

  it('answers a 10,000-level JSON body 400 in the service shape, and the next request as usual', async () => {
    const deep = `{"event_name":${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    const response = await fetch(`${server.url}/jivochat/crm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: deep,
    })
    expect(response.status).toBe(400)
    expect((await response.json()).result).toMatch(/nested deeper than 100 levels/)
  })
})
