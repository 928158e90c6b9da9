/**
 * Fuzz cases from the OpenAPI documents: for an operation, its spec example sent as a client
 * would (with a valid credential), then broken one way at a time. Each case names what it broke,
 * so a finding reads as "trackEvent, deep-nesting → 500".
 */
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import type { FuzzOperation, FuzzParameter } from './operations.ts'
import type { Random } from './random.ts'
import { sampleValue } from './sample-value.ts'

export const MUTATIONS = {
  valid: 8,
  'wrong-type': 10,
  'missing-field': 8,
  'extra-field': 6,
  'prototype-key': 8,
  'huge-string': 4,
  'deep-nesting': 5,
  'invalid-json': 8,
  'wrong-content-type': 8,
  'bad-query': 8,
  'bad-path': 8,
  oversized: 2,
  'bad-auth': 6,
  'wrong-method': 3,
} as const

export type MutationKind = keyof typeof MUTATIONS

export interface FuzzCredentials {
  accountName: string
  keys: Record<string, string>
  /** Hellotext's public Business ID, the bearer of its browser API. */
  businessId: string
}

export interface FuzzRequest {
  kind: MutationKind | 'raw'
  /** What was broken, e.g. `body.items[0] = true`. */
  note: string
  service: string
  /** The operation the case was built from (the request may reach another, or none). */
  operation?: FuzzOperation
  method: string
  /** The request target: service prefix, path and query. */
  target: string
  headers: Record<string, string>
  body?: Uint8Array
  /** Sent over a plain socket exactly as given, for what an HTTP client would refuse to send. */
  raw?: { bytes: Uint8Array; halfClose: boolean }
}

export interface ServiceFuzzModel {
  service: string
  document: OpenApiDocument
  operations: FuzzOperation[]
  /** The largest body an operation accepts, as the sandbox is configured. */
  maxBodyBytes(operation: FuzzOperation): number
}

const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
]
const WRONG_VALUES: unknown[] = [
  123,
  -1,
  1.5,
  1e308,
  true,
  false,
  null,
  'fuzz',
  '',
  [],
  {},
  [1, 'a', null],
  { nested: { deeper: [true] } },
]
const BAD_QUERY_VALUES = [
  'abc',
  '-1',
  '0',
  '99999999999999999999999',
  '1.5',
  '',
  '%ZZ',
  '%00',
  'true',
  '[]',
  '%7B%22a%22%3A1%7D',
  'x'.repeat(5000),
  '__proto__',
  'constructor',
  '%F0%9F%92%A5',
  '2026-13-45T99:99:99Z',
]
const BAD_PATH_VALUES: Array<[string, boolean]> = [
  // [value, sent literally (true) or percent-encoded (false)]
  ['../', true],
  ['../../__admin/clock', true],
  ['..%2F..%2F', true],
  ['%2e%2e%2f', true],
  ['%00', true],
  ['a%00b', true],
  ['%', true],
  ['%ZZ', true],
  ['%E2%82', true],
  ['.', true],
  ['..', true],
  ['__proto__', false],
  ['constructor', false],
  ['hasOwnProperty', false],
  ['x'.repeat(5000), false],
  [' ', false],
  ['😀', false],
  ['-1', false],
  ['0', false],
  ['null', false],
  ['a/b', false],
]
const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'multipart/form-data',
  '',
  'application/json; charset=utf-16',
  'application/jsonp',
  '*/*',
  'application/json;;;',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'text/csv',
]
const INVALID_JSON = [
  (text: string) => text.slice(0, Math.max(1, Math.floor(text.length / 2))),
  (text: string) => `${text}}garbage`,
  () => "{'single': 'quotes'}",
  () => 'NaN',
  () => '',
  (text: string) => `\ufeff${text}`,
  () => '{"a":1,}',
  () => '{"a":"\u0001"}',
  () => 'null',
  () => '[]',
  () => '"just a string"',
  () => '12',
  () => '1'.repeat(400),
  () => '{"a":1}{"b":2}',
  () => '{"a": undefined}',
]

export async function buildCase(
  model: ServiceFuzzModel,
  operation: FuzzOperation,
  kind: MutationKind,
  credentials: FuzzCredentials,
  random: Random,
): Promise<FuzzRequest> {
  const { document } = model
  const path = { ...pathValues(document, operation) }
  const query = queryValues(document, operation, random)
  const headers: Record<string, string> = {
    ...authHeaders(operation, credentials),
    ...headerValues(document, operation, random),
  }
  const mediaType = operation.bodies[0]
  let body: unknown =
    mediaType === undefined
      ? undefined
      : structuredClone(
          mediaType.examples.length > 0
            ? random.pick(mediaType.examples)
            : sampleValue(document, mediaType.schema),
        )
  if (mediaType?.mediaType === 'application/x-www-form-urlencoded' && isObject(body))
    fillFormCredentials(body, model.service, credentials)
  let note = 'the spec example'
  let method = operation.method
  let contentType = mediaType?.mediaType
  let rawText: string | undefined
  let literalPath: string | undefined

  switch (kind) {
    case 'valid':
      break
    case 'wrong-type': {
      const at = pickPath(body, random)
      const value = random.pick(WRONG_VALUES.filter((v) => typeOf(v) !== typeOf(get(body, at))))
      body = set(body, at, value)
      note = `body${show(at)} = ${JSON.stringify(value)}`
      break
    }
    case 'missing-field': {
      const at = pickPath(body, random, true)
      body = at.length === 0 ? undefined : remove(body, at)
      note = at.length === 0 ? 'no body' : `body${show(at)} removed`
      break
    }
    case 'extra-field': {
      const name = random.pick(['fuzz_extra', '', 'x'.repeat(300), '💥', '$where', 'a.b'])
      const target = pickObjectPath(body, random)
      body = set(body, [...target, name], random.pick(WRONG_VALUES))
      note = `body${show([...target, name])} added`
      break
    }
    case 'prototype-key': {
      const name = random.pick(PROTOTYPE_NAMES)
      // Top-level strings first: discriminators (`event_name`, `type`) are looked up by value.
      const all = allPaths(body).filter((p) => typeof get(body, p) === 'string')
      const topLevel = all.filter((p) => p.length === 1)
      const strings = topLevel.length > 0 && random.chance(0.5) ? topLevel : all
      if (strings.length > 0 && random.chance(0.6)) {
        const at = random.pick(strings)
        body = set(body, at, name)
        note = `body${show(at)} = "${name}"`
      } else if (random.chance(0.5) && operation.parameters.some((p) => p.in === 'path')) {
        const parameter = random.pick(operation.parameters.filter((p) => p.in === 'path'))
        path[parameter.name] = name
        note = `path ${parameter.name} = "${name}"`
      } else {
        const target = pickObjectPath(body, random)
        const holder = get(body, target)
        if (isObject(holder))
          Object.defineProperty(holder, name, {
            value: random.pick(WRONG_VALUES),
            enumerable: true,
            configurable: true,
            writable: true,
          })
        note = `body${show(target)} gets own key "${name}"`
      }
      break
    }
    case 'huge-string': {
      const at = pickPath(body, random)
      const size = random.pick([10_000, 100_000, 600_000])
      body = set(body, at, 'x'.repeat(size))
      note = `body${show(at)} = ${size} characters`
      break
    }
    case 'deep-nesting': {
      const depth = random.pick([50, 99, 101, 1000, 10_000])
      const at = pickPath(body, random)
      const open = random.chance(0.5) ? '[' : '{"a":'
      const close = open === '[' ? ']' : '}'
      body = set(body, at, '\u0000DEEP\u0000')
      rawText = (JSON.stringify(body ?? '\u0000DEEP\u0000') as string).replace(
        '"\\u0000DEEP\\u0000"',
        `${open.repeat(depth)}1${close.repeat(depth)}`,
      )
      contentType = 'application/json'
      note = `body${show(at)} nested ${depth} levels`
      break
    }
    case 'invalid-json': {
      rawText = random.pick(INVALID_JSON)(JSON.stringify(body ?? {}))
      contentType = 'application/json'
      note = `invalid JSON ${JSON.stringify(rawText.slice(0, 40))}`
      break
    }
    case 'wrong-content-type': {
      contentType = random.pick(CONTENT_TYPES)
      rawText = JSON.stringify(body ?? { fuzz: true })
      note = `Content-Type ${JSON.stringify(contentType)}`
      if (contentType === '') contentType = undefined
      break
    }
    case 'bad-query': {
      const params = operation.parameters.filter((p) => p.in === 'query')
      const value = random.pick(BAD_QUERY_VALUES)
      const name = params.length > 0 && random.chance(0.8) ? random.pick(params).name : 'fuzz'
      if (random.chance(0.2)) query.push([name, value], [name, random.pick(BAD_QUERY_VALUES)])
      else {
        for (let i = query.length - 1; i >= 0; i--) if (query[i]?.[0] === name) query.splice(i, 1)
        query.push([name, value])
      }
      note = `query ${name}=${value.slice(0, 40)}`
      break
    }
    case 'bad-path': {
      const params = operation.parameters.filter((p) => p.in === 'path')
      const [value, literal] = random.pick(BAD_PATH_VALUES)
      if (params.length === 0) {
        literalPath = `${operation.path.replace(/\/$/, '')}/${literal ? value : encodeURIComponent(value)}`
      } else {
        const parameter = random.pick(params)
        if (literal) {
          literalPath = fillPath(operation.path, path, { [parameter.name]: value })
        } else path[parameter.name] = value
      }
      note = `path ${literal ? 'literally' : 'encoded'} ${JSON.stringify(value.slice(0, 40))}`
      break
    }
    case 'oversized':
      return oversized(model, operation, headers, fillPath(operation.path, path), random)
    case 'bad-auth': {
      const choice = random.int(5)
      for (const name of Object.keys(headers))
        if (name === 'authorization' || name === 'x-api-key') delete headers[name]
      const header = model.service === 'reskyt' ? 'x-api-key' : 'authorization'
      if (choice === 1)
        headers[header] = random.pick(['Bearer', 'apiKey', 'Basic Zm9vOmJhcg==', ''])
      if (choice === 2) headers[header] = `${header === 'authorization' ? 'Bearer ' : ''}not-a-key`
      if (choice === 3) headers[header] = `apiKey ${credentials.keys.reskyt}`
      if (choice === 4) headers[header] = `Bearer ${'k'.repeat(8000)}`
      note = `credential ${['missing', 'malformed', 'unknown', "another service's", 'huge'][choice]}`
      break
    }
    case 'wrong-method': {
      method = random.pick(
        ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'].filter(
          (m) => m !== operation.method,
        ),
      )
      note = `method ${method}`
      break
    }
  }

  const target = `/${model.service}${literalPath ?? fillPath(operation.path, path)}${queryString(query)}`
  const encoded =
    rawText !== undefined
      ? { bytes: new TextEncoder().encode(rawText), contentType }
      : await encodeBody(body, contentType, document, mediaType?.schema)
  if (encoded.contentType !== undefined) headers['content-type'] = encoded.contentType
  return {
    kind,
    note,
    service: model.service,
    operation,
    method,
    target,
    headers,
    ...(encoded.bytes !== undefined && method !== 'GET' && method !== 'HEAD'
      ? { body: encoded.bytes }
      : {}),
  }
}

/** How each security scheme of the four documents is presented by a client. */
export function authHeaders(
  operation: FuzzOperation,
  credentials: FuzzCredentials,
): Record<string, string> {
  const alternative = operation.security[0] ?? {}
  const headers: Record<string, string> = {}
  for (const scheme of Object.keys(alternative)) {
    if (scheme === 'apiKey') headers.authorization = `apiKey ${credentials.keys.connectif}`
    else if (scheme === 'privateToken')
      headers.authorization = `Bearer ${credentials.keys.hellotext}`
    else if (scheme === 'businessId') headers.authorization = `Bearer ${credentials.businessId}`
    else if (scheme === 'ReskytApiKey') headers['x-api-key'] = credentials.keys.reskyt as string
    else throw new Error(`fuzz: no credential for security scheme "${scheme}"`)
  }
  return headers
}

/** Reskyt's legacy form API takes its credential in the body: the account name and key. */
function fillFormCredentials(
  body: Record<string, unknown>,
  service: string,
  credentials: FuzzCredentials,
) {
  if (service !== 'reskyt') return
  if ('user' in body) body.user = credentials.accountName
  if ('password' in body) body.password = credentials.keys.reskyt
}

function oversized(
  model: ServiceFuzzModel,
  operation: FuzzOperation,
  headers: Record<string, string>,
  path: string,
  random: Random,
): FuzzRequest {
  const limit = model.maxBodyBytes(operation)
  const contentType = operation.bodies[0]?.mediaType ?? 'application/json'
  const target = `/${model.service}${path}`
  const base = { kind: 'oversized' as const, service: model.service, operation, target }
  if (limit <= 2 * 1024 * 1024 && random.chance(0.5)) {
    // Really sent: a JSON string just over the limit.
    const bytes = new TextEncoder().encode(JSON.stringify({ pad: 'x'.repeat(limit) }))
    return {
      ...base,
      method: operation.method === 'GET' ? 'POST' : operation.method,
      note: `${bytes.byteLength} bytes sent (limit ${limit})`,
      headers: { ...headers, 'content-type': contentType },
      body: bytes,
    }
  }
  // Declared, not sent: the answer must come from the headers alone, before any body arrives.
  const declared = limit + 1 + random.int(50 * 1024 * 1024)
  const head = [
    `${operation.method === 'GET' ? 'POST' : operation.method} ${target} HTTP/1.1`,
    'Host: localhost',
    `Content-Type: ${contentType}`,
    `Content-Length: ${declared}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n')
  return {
    ...base,
    method: operation.method === 'GET' ? 'POST' : operation.method,
    note: `Content-Length ${declared} declared (limit ${limit}), 1 KB sent`,
    headers,
    raw: {
      bytes: new TextEncoder().encode(`${head}\r\n\r\n{"pad":"${'x'.repeat(1024)}`),
      halfClose: false,
    },
  }
}

function pathValues(document: OpenApiDocument, operation: FuzzOperation): Record<string, string> {
  const values: Record<string, string> = {}
  for (const parameter of operation.parameters.filter((p) => p.in === 'path'))
    values[parameter.name] = String(parameter.example ?? sampleValue(document, parameter.schema))
  return values
}

function queryValues(
  document: OpenApiDocument,
  operation: FuzzOperation,
  random: Random,
): Array<[string, string]> {
  return operation.parameters
    .filter((p) => p.in === 'query' && (p.required || random.chance(0.3)))
    .map((p) => [p.name, textOf(p, document)])
}

function headerValues(
  document: OpenApiDocument,
  operation: FuzzOperation,
  random: Random,
): Record<string, string> {
  return Object.fromEntries(
    operation.parameters
      .filter((p) => p.in === 'header' && (p.required || random.chance(0.3)))
      .map((p) => [p.name.toLowerCase(), textOf(p, document)]),
  )
}

function textOf(parameter: FuzzParameter, document: OpenApiDocument): string {
  const value = parameter.example ?? sampleValue(document, parameter.schema)
  return Array.isArray(value)
    ? value.join(',')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)
}

function fillPath(
  template: string,
  values: Record<string, string>,
  literal: Record<string, string> = {},
): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name in literal ? (literal[name] as string) : encodeURIComponent(values[name] ?? 'fuzz'),
  )
}

function queryString(query: Array<[string, string]>): string {
  if (query.length === 0) return ''
  // Values are percent-encoded except the ones that are deliberately bad encodings.
  return `?${query
    .map(
      ([name, value]) =>
        `${encodeURIComponent(name)}=${/%/.test(value) ? value : encodeURIComponent(value)}`,
    )
    .join('&')}`
}

async function encodeBody(
  body: unknown,
  contentType: string | undefined,
  document: OpenApiDocument,
  schema: Record<string, unknown> | undefined,
): Promise<{ bytes?: Uint8Array; contentType?: string }> {
  if (body === undefined) return {}
  if (contentType === 'application/x-www-form-urlencoded' && isObject(body)) {
    const form = new URLSearchParams()
    for (const [name, value] of Object.entries(body))
      form.append(name, typeof value === 'string' ? value : JSON.stringify(value))
    return { bytes: new TextEncoder().encode(form.toString()), contentType }
  }
  if (contentType === 'multipart/form-data' && isObject(body)) {
    const form = new FormData()
    const properties = (schema?.properties ?? {}) as Record<string, Record<string, unknown>>
    for (const [name, value] of Object.entries(body)) {
      const isFile =
        properties[name]?.format === 'binary' || properties[name]?.contentMediaType !== undefined
      const text = typeof value === 'string' ? value : JSON.stringify(value)
      if (isFile) form.append(name, new Blob([text], { type: 'text/csv' }), `${name}.csv`)
      else form.append(name, text)
    }
    const response = new Response(form)
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') as string,
    }
  }
  void document
  const text =
    typeof body === 'string' && !contentType?.includes('json') ? body : JSON.stringify(body)
  return { bytes: new TextEncoder().encode(text), contentType }
}

// Paths into a JSON value: arrays of keys (strings for objects, numbers for arrays).
type Path = Array<string | number>

function allPaths(value: unknown, prefix: Path = [], depth = 0): Path[] {
  const paths: Path[] = [prefix]
  if (depth > 4) return paths
  if (Array.isArray(value))
    value.slice(0, 5).forEach((item, i) => {
      paths.push(...allPaths(item, [...prefix, i], depth + 1))
    })
  else if (isObject(value))
    for (const [key, item] of Object.entries(value))
      paths.push(...allPaths(item, [...prefix, key], depth + 1))
  return paths
}

function pickPath(value: unknown, random: Random, excludeRoot = false): Path {
  const paths = allPaths(value).filter((p) => !excludeRoot || p.length > 0)
  return paths.length === 0 ? [] : random.pick(paths)
}

function pickObjectPath(value: unknown, random: Random): Path {
  const objects = allPaths(value).filter((p) => isObject(get(value, p)))
  return objects.length === 0 ? [] : random.pick(objects)
}

function get(value: unknown, path: Path): unknown {
  let node = value
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key]
  return node
}

function set(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const parent = get(value, path.slice(0, -1))
  const key = path.at(-1) as string | number
  if (isObject(parent) || Array.isArray(parent))
    Object.defineProperty(parent, key, {
      value: replacement,
      enumerable: true,
      configurable: true,
      writable: true,
    })
  else return isObject(value) ? value : { [key]: replacement }
  return value
}

function remove(value: unknown, path: Path): unknown {
  const parent = get(value, path.slice(0, -1))
  const key = path.at(-1) as string | number
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
  else if (isObject(parent)) delete parent[key as string]
  return value
}

const show = (path: Path) =>
  path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')

const typeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
