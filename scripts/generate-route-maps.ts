/**
 * Each served document's route map, `mocks/<service>/routes.ts`, derived from the document: one
 * import per operationId from the folder of the operation's first tag (`Contact fields` →
 * `contact-fields/`). So the route of any operation is `mocks/<service>/<section>/<operationId>.ts`,
 * no list of routes is kept by hand, and a spec operation without its route file fails `tsc`.
 * Called by `generate-types.ts`, which writes and freshness-checks it with `src/generated/`.
 *
 * @example
 * renderRouteMap('hellotext', document) // "import { createAck } from './public-tracking/createAck.ts' …"
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { OpenApiDocument } from '../src/openapi/openapi-document.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** A tag as a folder name: `Contact fields` → `contact-fields`, `WordPress` → `wordpress`. */
export function sectionOf(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** operationId → section folder, for every operation under `paths`. */
export function listRouteFiles(document: OpenApiDocument): Map<string, string> {
  const files = new Map<string, string>()
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as { operationId?: string; tags?: string[] } | undefined
      if (!operation?.operationId) continue
      const tag = operation.tags?.[0]
      if (!tag)
        throw new Error(`${method.toUpperCase()} ${path} has no tag to file its route under`)
      files.set(operation.operationId, sectionOf(tag))
    }
  }
  return files
}

/** The route map of a document with paths; undefined for one without (JivoChat's webhooks). */
export function renderRouteMap(source: string, document: OpenApiDocument): string | undefined {
  const files = listRouteFiles(document)
  if (files.size === 0) return undefined
  const service = source.replace(/\.yaml$/, '')
  const imports = [...files]
    .map(([operationId, section]) => ({ operationId, from: `./${section}/${operationId}.ts` }))
    .sort((a, b) => comparePaths(a.from, b.from))
  return [
    '/**',
    ` * Generated from openapi/${source} by \`npm run generate\`. Do not edit by hand: the route of`,
    ` * an operation is mocks/${service}/<section>/<operationId>.ts, where <section> is its first tag`,
    ' * (a test fails when this file is stale).',
    ' */',
    ...imports.map(({ operationId, from }) => `import { ${operationId} } from '${from}'`),
    '',
    '/** Every route of the service, one per operationId. */',
    routesLine([...files.keys()]),
    '',
  ].join('\n')
}

/** Biome's import order: folder by folder, so `./jivochat/…` comes before `./jivochat-crm/…`. */
function comparePaths(a: string, b: string): number {
  const left = a.split('/')
  const right = b.split('/')
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i] as string, right[i] as string]
    if (x !== y) return x < y ? -1 : 1
  }
  return left.length - right.length
}

/** The list on one line when it fits Biome's 100 columns, else one route a line, as Biome formats it. */
function routesLine(operationIds: string[]): string {
  const oneLine = `export const routes = [${operationIds.join(', ')}]`
  if (oneLine.length <= 100) return oneLine
  return ['export const routes = [', ...operationIds.map((id) => `  ${id},`), ']'].join('\n')
}

/** Repo-relative path → contents of every route map the documents in openapi/ produce. */
export async function renderRouteMaps(): Promise<Map<string, string>> {
  const maps = new Map<string, string>()
  for (const source of (await readdir(join(root, 'openapi'))).filter((f) => f.endsWith('.yaml'))) {
    const document = parse(await readFile(join(root, 'openapi', source), 'utf8')) as OpenApiDocument
    const map = renderRouteMap(source, document)
    if (map) maps.set(`mocks/${source.replace(/\.yaml$/, '')}/routes.ts`, map)
  }
  return maps
}

/** Route maps that are missing or differ from what the documents produce. */
export async function findStaleRouteMaps(maps: Map<string, string>): Promise<string[]> {
  const stale: string[] = []
  for (const [path, contents] of maps) {
    const onDisk = await readFile(join(root, path), 'utf8').catch(() => undefined)
    if (onDisk !== contents) stale.push(path)
  }
  return stale
}

export async function writeRouteMaps(maps: Map<string, string>): Promise<void> {
  for (const [path, contents] of maps) await writeFile(join(root, path), contents)
}
