/**
 * Builds the dashboard and the API reference page into one directory (`dist/dashboard/` by
 * default; `npm run build` and `npm run serve` run it): the two pages' HTML and CSS as they are,
 * their TypeScript bundled for the browser by rolldown (minified, no framework), and Scalar's
 * standalone bundle copied in, so the package ships these files and no dependency tree.
 *
 * @example
 * node scripts/build-dashboard.ts            # dist/dashboard/
 * await buildDashboard('/tmp/dashboard')     # tests build where they like
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rolldown } from 'rolldown'

const root = fileURLToPath(new URL('..', import.meta.url))
const sources = join(root, 'dashboard')
export const DEFAULT_DASHBOARD_DIR = join(root, 'dist', 'dashboard')
const SCALAR = join(root, 'node_modules/@scalar/api-reference/dist/browser/standalone.js')

/** The pages' scripts: entry source → built name. */
const ENTRIES: Record<string, string> = { 'main.ts': 'dashboard.js', 'docs.ts': 'docs.js' }
const COPIED = ['index.html', 'docs.html', 'dashboard.css']

export async function buildDashboard(outDir = DEFAULT_DASHBOARD_DIR): Promise<void> {
  await mkdir(outDir, { recursive: true })
  for (const [entry, built] of Object.entries(ENTRIES)) {
    const bundle = await rolldown({ input: join(sources, entry), platform: 'browser' })
    try {
      const { output } = await bundle.generate({
        format: 'esm',
        minify: true,
        codeSplitting: false,
      })
      await writeFile(join(outDir, built), (output[0] as { code: string }).code)
    } finally {
      await bundle.close()
    }
  }
  for (const name of COPIED) await copyFile(join(sources, name), join(outDir, name))
  await copyFile(SCALAR, join(outDir, 'scalar.js'))
}

if (import.meta.main) await buildDashboard(process.argv[2])
