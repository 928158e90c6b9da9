/** Loads every `openapi/*.yaml` for tests that check the documents themselves. */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'

export const openapiDir = fileURLToPath(new URL('../../openapi/', import.meta.url))

export interface LoadedDocument {
  service: string
  file: string
  document: OpenApiDocument
}

export function loadOpenApiDocuments(): LoadedDocument[] {
  return readdirSync(openapiDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      service: basename(file, '.yaml'),
      file: join(openapiDir, file),
      document: parse(readFileSync(join(openapiDir, file), 'utf8')) as OpenApiDocument,
    }))
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

export interface OperationEntry {
  /** `POST /purchases/` or `webhook chat_accepted`. */
  label: string
  pointer: string
  operation: Record<string, unknown>
}

/** Every operation of `paths` and `webhooks`, with its JSON pointer in the document. */
export function listOperations(document: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = []
  for (const [section, items] of [
    ['paths', document.paths],
    ['webhooks', document.webhooks],
  ] as const) {
    for (const [key, item] of Object.entries(items ?? {})) {
      for (const method of HTTP_METHODS) {
        const operation = item[method] as Record<string, unknown> | undefined
        if (!operation) continue
        entries.push({
          label: section === 'paths' ? `${method.toUpperCase()} ${key}` : `webhook ${key}`,
          pointer: `#/${section}/${escapePointer(key)}/${method}`,
          operation,
        })
      }
    }
  }
  return entries
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

/** Follows a local `$ref` (`#/components/...`) until it reaches a non-reference object. */
export function resolveRef<T>(document: OpenApiDocument, value: T): T {
  let current: unknown = value
  for (let hops = 0; hops < 20; hops++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref
    if (typeof ref !== 'string') return current as T
    current = ref
      .slice(2)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        document,
      )
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`)
  }
  throw new Error('$ref chain too long')
}
