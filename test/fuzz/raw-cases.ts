/**
 * Malformed HTTP that no client library would send, written to a socket as is: broken request
 * lines and headers, conflicting lengths, bad chunking, oversized heads, a body cut short. The
 * server must answer each with a 4xx (or close the connection) and keep serving.
 */
import type { FuzzRequest } from './cases.ts'
import type { Random } from './random.ts'

const TARGETS = [
  '/connectif/contacts/email/a%40b.c',
  '/hellotext/v1/profiles',
  '/reskyt/api/v2/push',
  '/jivochat/crm',
  '/__admin/clock',
]

const RAW: Array<[string, (target: string) => string, boolean?]> = [
  ['not HTTP', () => 'HELLO THERE\r\n\r\n'],
  ['HTTP/0.9 request line', (t) => `GET ${t}\r\n\r\n`],
  ['HTTP/2 preface', () => 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
  ['unknown HTTP version', (t) => `GET ${t} HTTP/7.3\r\nHost: x\r\n\r\n`],
  ['header without a colon', (t) => `GET ${t} HTTP/1.1\r\nHost: x\r\nbroken header\r\n\r\n`],
  ['invalid header name', (t) => `GET ${t} HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n`],
  ['control character in a header', (t) => `GET ${t} HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n`],
  ['NUL in the path', (t) => `GET ${t}\u0000x HTTP/1.1\r\nHost: x\r\n\r\n`],
  ['space in the path', (t) => `GET ${t} x HTTP/1.1\r\nHost: x\r\n\r\n`],
  [
    'headers over 16 KB',
    (t) => `GET ${t} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  ],
  ['a 100 kB path', (t) => `GET ${t}${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
  [
    'non-numeric Content-Length',
    (t) => `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}`,
  ],
  [
    'negative Content-Length',
    (t) => `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}`,
  ],
  [
    'two Content-Lengths',
    (t) => `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}`,
  ],
  [
    'Content-Length and chunked',
    (t) =>
      `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
  ],
  [
    'bad chunk size',
    (t) =>
      `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
  ],
  [
    'unknown transfer coding',
    (t) => `POST ${t} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n{}`,
  ],
  [
    'body cut short, then closed',
    (t) =>
      `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`,
    true,
  ],
  [
    'chunked body cut short, then closed',
    (t) =>
      `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{"a"`,
    true,
  ],
  ['head cut short, then closed', (t) => `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Ty`, true],
  ['absolute-form target', (t) => `GET http://evil.example${t} HTTP/1.1\r\nHost: x\r\n\r\n`],
  ['asterisk target', () => 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['CONNECT', () => 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n'],
  ['no Host header', (t) => `GET ${t} HTTP/1.1\r\n\r\n`],
  ['Host of another service', (t) => `GET ${t} HTTP/1.1\r\nHost: app.reskyt.com\r\n\r\n`],
  [
    'Expect: 100-continue with a body over the limit',
    (t) =>
      `POST ${t} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 900000000\r\nExpect: 100-continue\r\n\r\n`,
  ],
  [
    'unknown Expect',
    (t) => `POST ${t} HTTP/1.1\r\nHost: x\r\nExpect: something\r\nContent-Length: 2\r\n\r\n{}`,
  ],
  ['bare LF line endings', (t) => `GET ${t} HTTP/1.1\nHost: x\n\n`],
  ['obsolete header folding', (t) => `GET ${t} HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n`],
  [
    'a thousand headers',
    (t) =>
      `GET ${t} HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 1000 }, (_, i) => `X-H${i}: ${i}`).join('\r\n')}\r\n\r\n`,
  ],
  [
    'pipelined requests',
    (t) => `GET ${t} HTTP/1.1\r\nHost: x\r\n\r\nGET ${t} HTTP/1.1\r\nHost: x\r\n\r\n`,
  ],
]

export const RAW_CASE_COUNT = RAW.length

export function rawCase(random: Random, index = random.int(RAW.length)): FuzzRequest {
  const [name, build, halfClose] = RAW[index % RAW.length] as (typeof RAW)[number]
  const target = random.pick(TARGETS)
  return {
    kind: 'raw',
    note: name,
    service: target.split('/')[1] as string,
    method: 'RAW',
    target,
    headers: {},
    raw: { bytes: Buffer.from(build(target), 'latin1'), halfClose: halfClose === true },
  }
}
