/**
 * The body stage: checks size and media type against the operation, then parses JSON (with a
 * nesting limit, checked on the bytes before parsing), forms and multipart (through the
 * platform's `Response.formData()`, the same parser browsers use). A body the adapter has not read
 * yet (`PendingBody`) is read here, after routing and auth, and only up to the operation's limit.
 */
import type { SandboxFailure } from './failures.ts'
import type { OperationSpec } from './route-table.ts'

export interface ParsedBody {
  contentType: string | undefined
  /** What the route receives. */
  value: unknown
  /** What the schema sees: files replaced by their names, since a schema cannot hold a File. */
  forValidation: unknown
  mediaType: string | undefined
}

/**
 * A request body still on the wire. The node:http adapter hands one over so that a request the
 * engine refuses first (unknown route, no credential, over the limit by its Content-Length) is
 * never buffered.
 */
export interface PendingBody {
  /** The declared Content-Length, undefined for a chunked body. */
  readonly declaredBytes: number | undefined
  /** The whole body (undefined when empty), or `'too-large'` as soon as it passes `limitBytes`. */
  read(limitBytes: number): Promise<Uint8Array | undefined | 'too-large'>
}

/**
 * Deepest JSON nesting accepted, as Ruby's JSON (`max_nesting: 100`, Hellotext's stack) does: no
 * real payload of these APIs nests past a handful of levels, and a 10,000-level body would
 * otherwise overflow the stack in validation or a route.
 */
export const MAX_JSON_DEPTH = 100

const decoder = new TextDecoder()

export async function parseBody(
  operation: OperationSpec,
  headers: Record<string, string>,
  body: Uint8Array | PendingBody | undefined,
  maxBytes: number,
): Promise<ParsedBody | SandboxFailure> {
  const contentType = headers['content-type']
  const expected = operation.requestContentTypes
  // An operation without a request body ignores one, whatever its size, without reading it.
  if (expected.length === 0) return noBody(contentType)
  if (body !== undefined && !(body instanceof Uint8Array) && (body.declaredBytes ?? 0) > maxBytes)
    return { kind: 'payload-too-large', limitBytes: maxBytes }
  const raw = body instanceof Uint8Array || body === undefined ? body : await body.read(maxBytes)
  if (raw === 'too-large') return { kind: 'payload-too-large', limitBytes: maxBytes }
  if (raw === undefined || raw.byteLength === 0) return noBody(contentType)
  if (raw.byteLength > maxBytes) return { kind: 'payload-too-large', limitBytes: maxBytes }
  const mediaType = acceptedMediaType(expected, essenceOf(contentType))
  if (!mediaType) return { kind: 'unsupported-media-type', received: contentType, expected }
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
    if (nestsDeeperThan(raw, MAX_JSON_DEPTH))
      return {
        kind: 'malformed-body',
        reason: `invalid json: nested deeper than ${MAX_JSON_DEPTH} levels`,
      }
    try {
      const value = JSON.parse(decoder.decode(raw))
      return { contentType, value, forValidation: value, mediaType }
    } catch (error) {
      return { kind: 'malformed-body', reason: `invalid json: ${(error as Error).message}` }
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    const value = Object.fromEntries(new URLSearchParams(decoder.decode(raw)))
    return { contentType, value, forValidation: value, mediaType }
  }
  if (mediaType === 'multipart/form-data') {
    let form: FormData
    try {
      form = await new Response(raw as BodyInit, {
        headers: { 'content-type': contentType ?? '' },
      }).formData()
    } catch (error) {
      return {
        kind: 'malformed-body',
        reason: `invalid multipart body: ${(error as Error).message}`,
      }
    }
    const value: Record<string, string | File | Array<string | File>> = {}
    const forValidation: Record<string, string | string[]> = {}
    for (const [name, entry] of form) {
      const seen = typeof entry === 'string' ? entry : entry.name || 'file'
      // `name[]` repeats, as Rails reads it (`message[attachments][]`): every part is kept, in order.
      if (name.endsWith('[]')) {
        value[name] = [...((value[name] as Array<string | File> | undefined) ?? []), entry]
        forValidation[name] = [...((forValidation[name] as string[] | undefined) ?? []), seen]
      } else {
        value[name] = entry
        forValidation[name] = seen
      }
    }
    return { contentType, value, forValidation, mediaType }
  }
  const value = decoder.decode(raw)
  return { contentType, value, forValidation: value, mediaType }
}

const noBody = (contentType: string | undefined): ParsedBody => ({
  contentType,
  value: undefined,
  forValidation: undefined,
  mediaType: undefined,
})

/** `Application/JSON; charset=utf-8` → `application/json`. */
function essenceOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined
  const semicolon = contentType.indexOf(';')
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase()
}

/** The operation's media type the essence is (or falls under, for `image/*`), if any. */
function acceptedMediaType(expected: string[], essence: string | undefined): string | undefined {
  for (const type of expected) {
    if (type === essence) return type
    if (type.endsWith('/*') && essence?.startsWith(type.slice(0, -1))) return type
  }
  return undefined
}

/** Whether the JSON's arrays and objects nest deeper than `limit`, read from the bytes (brackets inside strings skipped). */
export function nestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (inString) {
      if (byte === 0x5c)
        i++ // backslash: skip the escaped character
      else if (byte === 0x22) inString = false
    } else if (byte === 0x22) inString = true
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true
    } else if (byte === 0x5d || byte === 0x7d) depth--
  }
  return false
}
