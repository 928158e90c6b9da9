/**
 * The installed package's version, for `--version`. Read from the nearest package.json named
 * martech-sandbox above this module, so it is right from the sources, from `dist/` and from the
 * bundled CLI alike (each sits at a different depth).
 */
import { readFileSync } from 'node:fs'

export function packageVersion(from: string = import.meta.url): string {
  for (let dir = new URL('.', from); ; dir = new URL('..', dir)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'))
      if (manifest.name === 'martech-sandbox') return String(manifest.version)
    } catch {
      // no package.json here (or not JSON): keep walking up
    }
    if (dir.pathname === '/') throw new Error('martech-sandbox: cannot find its own package.json')
  }
}
