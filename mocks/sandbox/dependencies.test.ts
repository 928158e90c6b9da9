/** The engine stays transport-free: it imports neither MSW, node:http, an adapter, nor a service. */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const FORBIDDEN = [
  /^msw(\/|$)/,
  /^node:(http|https|net)$/,
  /^\.\.\/(msw|server|admin|cli|connectif|hellotext|reskyt|jivochat)\//,
]

it('mocks/sandbox imports no transport, adapter or service', () => {
  const dir = fileURLToPath(new URL('./', import.meta.url))
  const offending: string[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(`${dir}${file}`, 'utf8')
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (FORBIDDEN.some((pattern) => pattern.test(specifier as string)))
        offending.push(`${file} → ${specifier}`)
    }
  }
  expect(offending).toEqual([])
})
