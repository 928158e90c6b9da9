/**
 * The README's admin tables, generated from openapi/admin.yaml: each block between
 * `<!-- admin-api: Tag, Tag -->` and `<!-- /admin-api -->` lists the operations of those tags, one
 * row each (method, path with its query parameters, summary, and the first request example), so
 * the README never drifts from the API it describes. Called by `generate-types.ts`, which writes
 * and freshness-checks it with `src/generated/`.
 *
 * @example
 * renderAdminBlocks(readme, document) // the README with every admin block regenerated
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { OpenApiDocument } from '../src/openapi/openapi-document.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const METHODS = ['get', 'post', 'put', 'patch', 'delete']
const BLOCK = /(<!-- admin-api: ([^>]*?) -->\n)[\s\S]*?(<!-- \/admin-api -->)/g

type Node = Record<string, unknown>

interface Row {
  call: string
  what: string
}

/** `$ref`s inside the document, followed. */
function resolve(document: OpenApiDocument, node: unknown): Node {
  const ref = (node as Node | undefined)?.$ref
  if (typeof ref !== 'string') return (node ?? {}) as Node
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Node)[key], document) as Node
}

function firstExample(document: OpenApiDocument, operation: Node): unknown {
  const body = resolve(document, operation.requestBody)
  const media = (body.content as Node | undefined)?.['application/json'] as Node | undefined
  const example = Object.values((media?.examples ?? {}) as Node)[0]
  return example === undefined ? undefined : resolve(document, example).value
}

function rowsOf(document: OpenApiDocument, tags: string[]): Row[] {
  const rows: Row[] = []
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as Node | undefined
      if (!operation || !tags.includes((operation.tags as string[] | undefined)?.[0] ?? ''))
        continue
      const parameters = [
        ...((item.parameters ?? []) as Node[]),
        ...((operation.parameters ?? []) as Node[]),
      ]
        .map((parameter) => resolve(document, parameter))
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => `${parameter.name}=`)
      const query = parameters.length ? `?${parameters.join('&')}` : ''
      const example = firstExample(document, operation)
      const what = `${operation.summary}${example === undefined ? '' : `: \`${JSON.stringify(example)}\``}`
      rows.push({ call: `\`${method.toUpperCase()} /__admin${path}${query}\``, what })
    }
  }
  return rows
}

/** A Markdown table, its columns padded to the widest cell, as Prettier writes them. */
function table(rows: Row[]): string {
  const header = { call: 'call', what: 'what it does' }
  const width = (key: keyof Row) => Math.max(...[header, ...rows].map((row) => row[key].length))
  const [a, b] = [width('call'), width('what')]
  const line = (row: Row) => `| ${row.call.padEnd(a)} | ${row.what.padEnd(b)} |`
  return [line(header), `| ${'-'.repeat(a)} | ${'-'.repeat(b)} |`, ...rows.map(line)].join('\n')
}

/** The README with every admin block regenerated from `document`. */
export function renderAdminBlocks(readme: string, document: OpenApiDocument): string {
  return readme.replace(BLOCK, (_, open: string, tags: string, close: string) => {
    const rows = rowsOf(
      document,
      tags.split(',').map((tag) => tag.trim()),
    )
    return `${open}\n${table(rows)}\n\n${close}`
  })
}

/** The tags the README's admin blocks list, in order. */
export function tagsInBlocks(readme: string): string[] {
  return [...readme.matchAll(BLOCK)].flatMap((match) =>
    (match[2] as string).split(',').map((tag) => tag.trim()),
  )
}

export async function renderReadme(): Promise<string> {
  const document = parse(
    await readFile(join(root, 'openapi/admin.yaml'), 'utf8'),
  ) as OpenApiDocument
  return renderAdminBlocks(await readFile(join(root, 'README.md'), 'utf8'), document)
}

/** True when README.md's admin blocks are what openapi/admin.yaml gives. */
export async function isReadmeFresh(rendered: string): Promise<boolean> {
  return (await readFile(join(root, 'README.md'), 'utf8')) === rendered
}

export async function writeReadme(rendered: string): Promise<void> {
  await writeFile(join(root, 'README.md'), rendered)
}
