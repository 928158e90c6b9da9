/**
 * The layers, as a rule: each module imports only from its own layer or the ones below it.
 *
 *   clients (src/) ← engine (mocks/sandbox) ← services (mocks/<service>) ← sandbox (the admin
 *   API, createSandbox) ← adapters (mocks/msw, mocks/server, mocks/store) ← contract tools ← CLI
 *
 * Type-only imports count: a type import that climbs a layer is how cycles start.
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SERVICES = ['connectif', 'hellotext', 'reskyt', 'jivochat']

/** Layers bottom-up; the first pattern a path matches gives its layer. */
const LAYERS: Array<{ name: string; paths: RegExp }> = [
  { name: 'clients', paths: /^src\// },
  { name: 'engine', paths: /^mocks\/sandbox\// },
  { name: 'services', paths: new RegExp(`^mocks/(${SERVICES.join('|')}|browser)/`) },
  {
    name: 'sandbox',
    paths:
      /^(mocks\/(admin\/|services\.ts|create-sandbox\.ts|sandbox-types\.ts)|contracts\/provider-states\/)/,
  },
  { name: 'adapters', paths: /^mocks\/(msw|server|store)\// },
  { name: 'contract tools', paths: /^contracts\// },
  { name: 'cli', paths: /^mocks\/cli\// },
]

/** Packages a layer may not import, wherever its modules sit. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  clients: /^(msw|node:(http|https|net))(\/|$)/,
  engine: /^(msw|node:(http|https|net))(\/|$)/,
  sandbox: /^(msw|node:(http|https|net))(\/|$)/,
}

interface Module {
  path: string
  layer: number
  imports: string[]
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(dir, file))
}

function layerOf(path: string): number {
  const index = LAYERS.findIndex((layer) => layer.paths.test(path))
  if (index < 0) throw new Error(`${path} belongs to no layer: add it to LAYERS`)
  return index
}

const modules: Module[] = ['src', 'mocks', 'contracts'].flatMap(sourcesUnder).map((path) => ({
  path,
  layer: layerOf(path),
  // preProcessFile reads imports, type imports, re-exports and import() alike, never comments.
  imports: ts
    .preProcessFile(readFileSync(join(ROOT, path), 'utf8'), true, true)
    .importedFiles.map((file) => file.fileName),
}))

const localTarget = (from: string, specifier: string) =>
  relative(ROOT, join(ROOT, dirname(from), specifier))

describe('layers', () => {
  it('every module imports only from its own layer or a lower one', () => {
    const climbing = modules.flatMap((module) =>
      module.imports
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => localTarget(module.path, specifier))
        .filter((target) => layerOf(target) > module.layer)
        .map(
          (target) =>
            `${module.path} (${LAYERS[module.layer]?.name}) → ${target} (${LAYERS[layerOf(target)]?.name})`,
        ),
    )
    expect(climbing).toEqual([])
  })

  it('a service imports no other service: what they share lives in the engine', () => {
    const across = modules
      .filter((module) => LAYERS[module.layer]?.name === 'services')
      .flatMap((module) => {
        const own = module.path.split('/')[1]
        return module.imports
          .filter((specifier) => specifier.startsWith('.'))
          .map((specifier) => localTarget(module.path, specifier))
          .filter((target) => {
            const service = /^mocks\/([^/]+)\//.exec(target)?.[1]
            return service !== undefined && SERVICES.includes(service) && service !== own
          })
          .map((target) => `${module.path} → ${target}`)
      })
    expect(across).toEqual([])
  })

  it('the clients, the engine and createSandbox() import neither MSW nor node:http', () => {
    const offending = modules.flatMap((module) => {
      const forbidden = FORBIDDEN_PACKAGES[LAYERS[module.layer]?.name ?? '']
      return forbidden
        ? module.imports
            .filter((specifier) => forbidden.test(specifier))
            .map((specifier) => `${module.path} → ${specifier}`)
        : []
    })
    expect(offending).toEqual([])
  })

  it('no module imports another that imports it back, type imports included (madge --circular)', async () => {
    const { stdout } = await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/madge'),
      [
        '--circular',
        '--json',
        '--extensions',
        'ts',
        '--exclude',
        '\\.test\\.ts$',
        'src',
        'mocks',
        'contracts',
      ],
      { cwd: ROOT },
    )
    expect(JSON.parse(stdout)).toEqual([])
  }, 60_000)
})
