/**
 * Where martech-sandbox's own files are (`openapi/`, `dist/`), from sources, from the built
 * library, or from the CLI bundle, whose chunks sit elsewhere in `dist/`: found through the
 * package's own name, which resolves to itself.
 */
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

export function packageRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('martech-sandbox/package.json'))
}

/** True when this code runs from its `.ts` sources (the repository), not from `dist/`. */
export const RUNNING_FROM_SOURCES = import.meta.url.endsWith('.ts')
