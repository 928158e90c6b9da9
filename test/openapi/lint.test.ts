/** The four documents lint clean under the committed Redocly ruleset (redocly.yaml). */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { loadOpenApiDocuments } from '../support/openapi-documents.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

interface RedoclyProblem {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  location: Array<{ source: { ref: string }; pointer: string }>
}

it('Redocly reports no errors and no warnings on any openapi/*.yaml', {
  timeout: 60_000,
}, async () => {
  const files = loadOpenApiDocuments().map((d) => d.file)
  expect(files).toHaveLength(4)
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/redocly',
    ['lint', '--format=json', ...files],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  ).catch((failure: { stdout: string }) => failure)
  const report = JSON.parse(stdout) as { problems: RedoclyProblem[] }
  const problems = report.problems.map(
    (p) =>
      `${p.severity} ${p.ruleId} ${p.location[0]?.source.ref.split('/').at(-1)}${p.location[0]?.pointer}: ${p.message}`,
  )
  expect(problems).toEqual([])
})
