/**
 * Bundles a page's TypeScript for Chromium with rolldown, the way an app's bundler would: the
 * `browser` condition on, Node's built-ins left unresolved (so a static `node:` import fails the
 * page at load, as it would in a real app).
 */
import { rolldown } from 'rolldown'

export async function bundleForBrowser(
  entry: string,
  format: 'esm' | 'iife' = 'esm',
): Promise<string> {
  const build = await rolldown({
    input: entry,
    platform: 'browser',
    external: [/^node:/],
    // Node's built-ins loaded on demand (the Jivo simulator's network path) stay as they are.
    onwarn: () => {},
  })
  try {
    const { output } = await build.generate({ format, codeSplitting: false })
    return (output[0] as { code: string }).code
  } finally {
    await build.close()
  }
}
