/**
 * The body stage: checks size and media type against the operation, then parses JSON, forms and
 * multipart (through the platform's `Response.formData()`, the same parser browsers use).
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

const decoder = new TextDecoder()

export async function parseBody(
  operation: OperationSpec,
  headers: Record<string, string>,
  raw: Uint8Array | undefined,
  maxBytes: number,
): Promise<ParsedBody | SandboxFailure> {
  const contentType = headers['content-type']
  const hasBody = raw !== undefined && raw.byteLength > 0
  if (!hasBody)
    return { contentType, value: undefined, forValidation: undefined, mediaType: undefined }
  if (raw.byteLength > maxBytes) return { kind: 'payload-too-large', limitBytes: maxBytes }
  const expected = operation.requestContentTypes
  // An operation without a request body ignores one, as most servers do.
  if (expected.length === 0)
    return { contentType, value: undefined, forValidation: undefined, mediaType: undefined }
  const essence = contentType?.split(';')[0]?.trim().toLowerCase()
  const mediaType = expected.find(
    (type) => type === essence || (type.endsWith('/*') && essence?.startsWith(type.slice(0, -1))),
  )
  if (!mediaType) return { kind: 'unsupported-media-type', received: contentType, expected }
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
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
    const value: Record<string, string | File> = {}
    const forValidation: Record<string, string> = {}
    for (const [name, entry] of form) {
      value[name] = entry
      forValidation[name] = typeof entry === 'string' ? entry : entry.name || 'file'
    }
    return { contentType, value, forValidation, mediaType }
  }
  const value = decoder.decode(raw)
  return { contentType, value, forValidation: value, mediaType }
}
