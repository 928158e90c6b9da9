/**
 * `npm run build` (also run by `prepack`): what the published package runs on plain Node ≥ 22.
 * - `tsc -p tsconfig.build.json` emits `dist/` — ESM `.js`, `.d.ts` and declaration maps — for
 *   every entry point in `package.json` `exports` (sources keep their `.ts` imports; tsc rewrites
 *   them to `.js`).
 * - The CLI is also bundled into `dist/cli/martech-sandbox.js` (dependencies stay external): 230
 *   small modules cost ~250 ms of module loading on every `serve`, a single file ~40 ms.
 * - The dashboard and API reference pages go to `dist/dashboard/` (scripts/build-dashboard.ts):
 *   the package ships the built files, not their dependencies.
 *
 * @example
 * node scripts/build.ts
 */
import { spawnSync } from 'node:child_process'
import { chmod, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rolldown } from 'rolldown'
import { buildDashboard } from './build-dashboard.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
export const cliBundle = join(dist, 'cli', 'martech-sandbox.js')

export async function build(): Promise<void> {
  await rm(dist, { recursive: true, force: true })
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: root, stdio: 'inherit' },
  )
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json exited with ${tsc.status}`)

  const bundle = await rolldown({
    input: join(dist, 'mocks/cli/bin.js'),
    platform: 'node',
    // Packages resolve from node_modules at run time, as for the library entries.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning)
    },
  })
  // A directory, so commands that load heavy packages on demand (contracts) stay separate chunks.
  await bundle.write({
    dir: dirname(cliBundle),
    entryFileNames: basename(cliBundle),
    chunkFileNames: '[name]-[hash].js',
    format: 'esm',
  })
  await bundle.close()
  // The shebang survives as the bundle's first line only if the entry's own came first.
  const text = await readFile(cliBundle, 'utf8')
  if (!text.startsWith('#!')) await writeFile(cliBundle, `#!/usr/bin/env node\n${text}`)
  await chmod(cliBundle, 0o755)
  await buildDashboard(join(dist, 'dashboard'))
}

if (import.meta.main) await build()
