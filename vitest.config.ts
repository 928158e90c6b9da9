import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The repo's own tests import the package by name and run on the sources: each entry of
// package.json `exports` (`./dist/mocks/msw/index.js`) maps back to its `.ts` source.
const { exports } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'))
const sourceOf = (built: string) =>
  fileURLToPath(
    new URL(built.replace(/^\.\/dist\//, './').replace(/\.js$/, '.ts'), import.meta.url),
  )
const alias = Object.entries(exports as Record<string, string | { import: string }>)
  .filter(([, target]) => typeof target === 'object')
  .map(([entry, target]) => ({
    find: new RegExp(`^martech-sandbox${entry.slice(1).replace('/', '\\/')}$`),
    replacement: sourceOf((target as { import: string }).import),
  }))

export default defineConfig({
  resolve: { alias },
  test: {
    include: [
      'src/**/*.test.ts',
      'mocks/**/*.test.ts',
      'test/**/*.test.ts',
      'scripts/**/*.test.ts',
      'contracts/**/*.test.ts',
    ],
    testTimeout: 20_000,
  },
})
