/**
 * Writes everything in `src/generated/` from `openapi/*.yaml`: the openapi-typescript types
 * (`<service>.ts`), the parsed document for runtime validation (`<service>.document.ts`), the
 * servers each document names (`servers.ts`), where each operationId lives (`operations.ts`) and precompiled validators for
 * the root entry (`jivochat.validators.ts`); and each served document's route map,
 * `mocks/<service>/routes.ts` (see generate-route-maps.ts), and the README's admin tables (see
 * generate-admin-readme.ts). `--check` writes nothing and exits 1
 * when a file is missing or differs, so CI notices a spec edited without regenerating.
 *
 * @example
 * node scripts/generate-types.ts          # regenerate
 * node scripts/generate-types.ts --check  # fail when stale
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { parse } from 'yaml'
import type { OpenApiDocument } from '../src/openapi/openapi-document.ts'
import { isReadmeFresh, renderReadme, writeReadme } from './generate-admin-readme.ts'
import {
  isConfigSchemaFresh,
  renderConfigSchema,
  writeConfigSchema,
} from './generate-config-schema.ts'
import { findStaleRouteMaps, renderRouteMaps, writeRouteMaps } from './generate-route-maps.ts'
import { renderJivochatValidators } from './generate-validators.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const openapiDir = join(root, 'openapi')
export const generatedDir = join(root, 'src', 'generated')

function header(source: string): string {
  return [
    '/**',
    ` * Generated from openapi/${source} by \`npm run generate\`. Do not edit by hand:`,
    ' * change the YAML and regenerate (a test fails when this file is stale).',
    ' */',
    '',
  ].join('\n')
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

interface OperationLocation {
  method: string
  path?: string
  webhook?: string
}

function listOperationIds(document: OpenApiDocument): Record<string, OperationLocation> {
  const found: Record<string, OperationLocation> = {}
  const add = (operation: unknown, location: OperationLocation) => {
    const id = (operation as { operationId?: unknown } | undefined)?.operationId
    if (typeof id !== 'string') return
    if (found[id]) throw new Error(`operationId "${id}" is used twice`)
    found[id] = location
  }
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) add(item[method], { method, path })
  }
  for (const [webhook, item] of Object.entries(document.webhooks ?? {})) {
    for (const method of METHODS) add(item[method], { method, webhook })
  }
  return found
}

/** The file name → contents map of `src/generated/`, computed from the YAML on disk. */
export async function renderGeneratedFiles(): Promise<Map<string, string>> {
  const sources = (await readdir(openapiDir)).filter((f) => f.endsWith('.yaml')).sort()
  const files = new Map<string, string>()
  const servers: string[] = []
  const operations: string[] = []
  for (const source of sources) {
    const service = basename(source, '.yaml')
    const text = await readFile(join(openapiDir, source), 'utf8')
    const document = parse(text) as OpenApiDocument
    const ast = await openapiTS(new URL(`file://${join(openapiDir, source)}`), {
      // A `format: binary` part is a file: a Blob to the client that sends it and the route that reads it.
      transform: (schema) =>
        schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined,
    })
    files.set(`${service}.ts`, header(source) + astToString(ast))
    files.set(
      `${service}.document.ts`,
      `${header(source)}import type { OpenApiDocument } from '../openapi/openapi-document.ts'\n\n` +
        `/** openapi/${source}, parsed, for runtime validation. */\n` +
        `const document: OpenApiDocument = ${JSON.stringify(document, null, 2)}\n\nexport default document\n`,
    )
    if (service === 'jivochat')
      files.set('jivochat.validators.ts', renderJivochatValidators(document, header(source)))
    const url = document.servers?.[0]?.url
    if (url)
      servers.push(
        `/** First server of openapi/${source}. */\nexport const ${service}ServerUrl = ${JSON.stringify(url)}\n`,
      )
    operations.push(
      `/** operationId → method and path (or webhook name) in openapi/${source}. */\n` +
        `export const ${service}Operations = ${JSON.stringify(listOperationIds(document), null, 2)} as const\n`,
    )
  }
  files.set('servers.ts', `${header('*.yaml')}${servers.join('\n')}`)
  files.set('operations.ts', `${header('*.yaml')}${operations.join('\n')}`)
  return files
}

/** Names of generated files that are missing or differ from what the YAML produces. */
export async function findStaleFiles(files: Map<string, string>): Promise<string[]> {
  const stale: string[] = []
  for (const [name, contents] of files) {
    const onDisk = await readFile(join(generatedDir, name), 'utf8').catch(() => undefined)
    if (onDisk !== contents) stale.push(name)
  }
  // A file whose YAML was removed or renamed is stale too.
  for (const name of await readdir(generatedDir)) {
    if (!files.has(name)) stale.push(`${name} (no longer generated)`)
  }
  return stale
}

async function main(argv: string[]): Promise<number> {
  const files = await renderGeneratedFiles()
  const routeMaps = await renderRouteMaps()
  const readme = await renderReadme()
  const configSchema = renderConfigSchema(
    parse(await readFile(join(openapiDir, 'admin.yaml'), 'utf8')) as OpenApiDocument,
  )
  if (argv.includes('--check')) {
    const stale = [
      ...(await findStaleFiles(files)),
      ...(await findStaleRouteMaps(routeMaps)),
      ...((await isReadmeFresh(readme)) ? [] : ['README.md (admin tables)']),
      ...((await isConfigSchemaFresh(configSchema)) ? [] : ['martech-sandbox.schema.json']),
    ]
    if (stale.length === 0) return 0
    console.error(
      `[martech-sandbox] Failed to verify "src/generated": ${stale.join(', ')} out of date. Run \`npm run generate\`.`,
    )
    return 1
  }
  await rm(generatedDir, { recursive: true, force: true })
  await mkdir(generatedDir, { recursive: true })
  for (const [name, contents] of files) await writeFile(join(generatedDir, name), contents)
  await writeRouteMaps(routeMaps)
  await writeReadme(readme)
  await writeConfigSchema(configSchema)
  console.log(
    `Wrote ${files.size} files to src/generated/ and ${routeMaps.size} route maps to mocks/`,
  )
  return 0
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2))
