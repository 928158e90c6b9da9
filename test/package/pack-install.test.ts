/**
 * The package as an integrator gets it: `npm pack` (which builds `dist/`), then `npm install` of
 * the tarball into a fresh project from the local npm cache, and every public promise checked
 * there — the CLI, plain-Node imports on Node 22 and 24 (and what each entry does not load),
 * TypeScript consumers under `nodenext` and `bundler`, Vitest and Jest (ESM) tests using the
 * in-process sandbox, publint and attw, and every TypeScript example of the README.
 */
import { execFile, spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readmeExamples } from './readme-examples.ts'

const run = promisify(execFile)
const repo = fileURLToPath(new URL('../../', import.meta.url))
const consumerTemplate = fileURLToPath(new URL('./consumer/', import.meta.url))
const node24 = process.execPath
const node22 = join(repo, 'node_modules/node22/bin/node')
const ENTRIES = [
  'martech-sandbox',
  'martech-sandbox/sandbox',
  'martech-sandbox/msw',
  'martech-sandbox/server',
  'martech-sandbox/jivochat',
]

/** The version of a package this repo has installed, so the consumer resolves from the cache. */
async function installedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(join(repo, 'node_modules', name, 'package.json'), 'utf8'),
  )
  return manifest.version
}

let work: string
let consumer: string
let tarball: string
let packedFiles: string[]
let manifest: { version: string; bin: Record<string, string> }

/** Runs a command in the consumer project; rejects with its output when it exits non-zero. */
async function inConsumer(file: string, args: string[], env: Record<string, string> = {}) {
  try {
    return await run(file, args, {
      cwd: consumer,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`${file} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'martech-sandbox-pack-'))
  manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'))
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: repo,
    maxBuffer: 64 * 1024 * 1024,
  })
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')))
  tarball = join(work, packed.filename)
  packedFiles = packed.files.map((file: { path: string }) => file.path)

  consumer = join(work, 'consumer')
  await cp(consumerTemplate, consumer, { recursive: true })
  const dev = ['msw', 'typescript', 'vitest', '@types/node', 'jest', 'ts-jest', '@jest/globals']
  const devDependencies = Object.fromEntries(
    await Promise.all(dev.map(async (name) => [name, await installedVersion(name)])),
  )
  await writeFile(
    join(consumer, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { 'martech-sandbox': `file:${tarball}` },
      devDependencies,
    }),
  )
  const examples = await readmeExamples(join(repo, 'README.md'))
  await mkdir(join(consumer, 'readme'))
  for (const example of examples)
    await writeFile(join(consumer, 'readme', example.file), example.code)
  // Tarballs come from the cache npm ci filled; metadata the cache lacks is asked of the registry.
  await inConsumer('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ])
}, 240_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('the packed tarball', () => {
  it('holds the built entries, the CLI and the specs, and no tests, benchmarks or sources', () => {
    expect(packedFiles).toContain('dist/cli/martech-sandbox.js')
    expect(packedFiles).toContain('dist/src/index.d.ts')
    expect(packedFiles).toContain('openapi/connectif.yaml')
    expect(packedFiles).toContain('martech-sandbox.schema.json')
    expect(packedFiles).toContain('LICENSE')
    // The dashboard ships built: its pages, scripts and the API reference bundle, no dependencies.
    for (const asset of ['index.html', 'dashboard.js', 'dashboard.css', 'docs.html', 'docs.js'])
      expect(packedFiles).toContain(`dist/dashboard/${asset}`)
    expect(packedFiles).toContain('dist/dashboard/scalar.js')
    const unwanted = packedFiles.filter((file) =>
      /(\.test\.|\.spec\.|^bench\/|^test\/|^scripts\/|\.ts$)/.test(file.replace(/\.d\.ts$/, '.d')),
    )
    expect(unwanted).toEqual([])
  })

  it('passes publint and attw (an ESM-only package, every entry typed)', async () => {
    const { publint } = await import('publint')
    const { formatMessage } = await import('publint/utils')
    const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'))
    const bytes = await readFile(tarball)
    const { messages } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
      strict: true,
    })
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([])
    const attw = join(repo, 'node_modules/.bin/attw')
    await expect(
      run(attw, [tarball, '--profile', 'esm-only', '--format', 'ascii']),
    ).resolves.toBeTruthy()
  }, 60_000)
})

describe('installed from the tarball into a fresh project', () => {
  it('`npx martech-sandbox --version` prints the version', async () => {
    const { stdout } = await inConsumer('npx', ['--no-install', 'martech-sandbox', '--version'])
    expect(stdout.trim()).toBe(manifest.version)
  })

  it('`npx martech-sandbox serve` answers the seed’s track call with 201 {"state":"ok"}', async () => {
    const fixtures = join(work, 'fixtures.json')
    await writeFile(
      fixtures,
      JSON.stringify({
        accounts: [
          {
            name: 'default',
            keys: { hellotext: 'ALK_packinstall0000000' },
            hellotext: {
              profiles: [{ id: 'MzYwlE50', first_name: 'Lucía' }],
              products: [{ id: 'vxqQJ3Yg', name: 'Trail running shoes' }],
            },
          },
        ],
      }),
    )
    const child = spawn(
      'npx',
      ['--no-install', 'martech-sandbox', 'serve', '--port', '0', '--seed', fixtures],
      // A process group of its own: npx does not pass SIGTERM on to the server it started.
      { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    )
    try {
      let output = ''
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk
          const found = /listening on (http:\/\/\S+)/.exec(output)?.[1]
          if (found) resolve(found)
        })
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)))
      })
      const response = await fetch(`${url}/hellotext/v1/attribution/events`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer ALK_packinstall0000000',
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          action: 'product.purchased',
          product: 'vxqQJ3Yg',
          profile: 'MzYwlE50',
        }),
      })
      expect(response.status).toBe(201)
      expect(await response.text()).toBe('{"state":"ok"}')
      expect(output).toContain('hellotext') // the banner names each service and its keys
      // The installed package serves its dashboard and API reference from its own built files.
      for (const page of ['/', '/docs', '/__dashboard/dashboard.js', '/__dashboard/scalar.js'])
        expect((await fetch(`${url}${page}`)).status, page).toBe(200)
    } finally {
      process.kill(-(child.pid as number), 'SIGTERM')
    }
  })

  it('`npx martech-sandbox init` writes a config whose $schema resolves in the project', async () => {
    const config = join(consumer, 'martech-sandbox.config.json')
    await inConsumer('npx', ['--no-install', 'martech-sandbox', 'init'])
    try {
      const written = JSON.parse(await readFile(config, 'utf8'))
      const schema = JSON.parse(await readFile(join(consumer, written.$schema), 'utf8'))
      expect(schema.properties.port.default).toBe(written.port)
    } finally {
      await rm(config)
    }
  })

  it('`npx martech-sandbox contracts verify` verifies a pact against the sandbox (exit 0)', async () => {
    const pact = join(work, 'reskyt-pact.json')
    await cp(join(repo, 'contracts/pacts/shop-integration-reskyt.json'), pact)
    const { stdout } = await inConsumer(
      'npx',
      ['--no-install', 'martech-sandbox', 'contracts', 'verify', pact],
      { PACT_DO_NOT_TRACK: 'true' },
    )
    expect(stdout).toMatch(/✓/)
    expect(stdout).not.toMatch(/✗/)
  }, 60_000)

  it.each([
    ['Node 24', node24],
    ['Node 22', node22],
  ])(
    'plain %s imports every entry, each loading only what it needs',
    async (_, nodeBinary) => {
      const loaded: Record<string, string[]> = {}
      for (const entry of ENTRIES) {
        const { stdout } = await inConsumer(nodeBinary, ['loaded-packages.mjs', entry])
        const report = JSON.parse(stdout)
        expect(report.node).toMatch(nodeBinary === node22 ? /^v22\./ : /^v24\./)
        // The sandbox in memory, MSW and the server without --data never touch node:sqlite.
        expect(report.sqlite, `${entry} loads node:sqlite`).toBe(false)
        loaded[entry] = report.packages
      }
      // The clients: openapi-fetch and the precompiled Jivo validators' formats, nothing else.
      expect(loaded['martech-sandbox']).toEqual(['ajv-formats', 'openapi-fetch'])
      for (const entry of ['martech-sandbox/sandbox', 'martech-sandbox/server'])
        expect(loaded[entry], entry).not.toContain('msw')
      expect(loaded['martech-sandbox/msw']).toContain('msw')
      for (const entry of ENTRIES)
        expect(loaded[entry], entry).not.toContain('@pact-foundation/pact')
    },
    60_000,
  )

  it.each(['nodenext', 'bundler'])(
    'tsc accepts a consumer using every entry under moduleResolution %s',
    async (resolution) => {
      const config = join(consumer, `tsconfig.${resolution}.json`)
      await writeFile(
        config,
        JSON.stringify({
          compilerOptions: {
            target: 'es2023',
            module: resolution === 'bundler' ? 'preserve' : 'nodenext',
            moduleResolution: resolution,
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: ['node'],
            lib: ['es2023', 'dom'],
          },
          files: ['every-entry.ts'],
        }),
      )
      await inConsumer(join(consumer, 'node_modules/.bin/tsc'), ['-p', config])
    },
    60_000,
  )

  it('a Vitest test with setupServer(...handlers) intercepts https://api.connectif.cloud', async () => {
    const { stdout } = await inConsumer(join(consumer, 'node_modules/.bin/vitest'), [
      'run',
      'msw.spec.ts',
    ])
    expect(stdout).toMatch(/1 passed/)
  }, 60_000)

  it('the README’s TypeScript examples type-check under strict settings and run against the sandbox', async () => {
    const examples = await readmeExamples(join(repo, 'README.md'))
    expect(examples.length).toBeGreaterThanOrEqual(6)
    await writeFile(
      join(consumer, 'tsconfig.readme.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2023',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          lib: ['es2023', 'dom'],
          allowImportingTsExtensions: true,
        },
        include: ['readme/*.ts', 'readme/*.mts', 'run-readme-example.ts'],
      }),
    )
    await inConsumer(join(consumer, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.readme.json'])
    for (const example of examples) {
      const file = join('readme', example.file)
      if (example.runner === 'vitest') {
        const { stdout } = await inConsumer(join(consumer, 'node_modules/.bin/vitest'), [
          'run',
          file,
        ])
        expect(stdout, example.file).toMatch(/passed/)
      } else if (example.runner === 'jest') {
        await writeFile(join(consumer, 'jest.config.js'), example.config ?? '')
        const { stderr } = await inConsumer(join(consumer, 'node_modules/.bin/jest'), [file], {
          NODE_OPTIONS: '--experimental-vm-modules --no-warnings',
        })
        expect(stderr, example.file).toMatch(/Tests:\s+\d+ passed/)
      } else {
        await inConsumer(node24, ['run-readme-example.ts', file])
      }
    }
  }, 180_000)
})
