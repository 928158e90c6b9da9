/** The five documents lint clean under the committed Redocly ruleset (redocly.yaml). */
import { execFile } from 'node:child_process'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { loadOpenApiDocuments } from '../support/openapi-documents.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

interface RedoclyProblem {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  location: Array<{ pointer: string }>
}

/** Redocly's JSON report for one file (it prints one report per file, so one file per run). */
async function lint(file: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/redocly',
    ['lint', '--format=json', file],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  ).catch((failure: { stdout: string }) => failure)
  const report = JSON.parse(stdout) as { problems: RedoclyProblem[] }
  return report.problems.map(
    (p) =>
      `${p.severity} ${p.ruleId} ${basename(file)}${p.location[0]?.pointer ?? ''}: ${p.message}`,
  )
}

it('Redocly reports no errors and no warnings on any openapi/*.yaml', {
  timeout: 90_000,
}, async () => {
  const files = loadOpenApiDocuments().map((d) => d.file)
  expect(files.map((f) => basename(f))).toEqual([
    'admin.yaml',
    'connectif.yaml',
    'hellotext.yaml',
    'jivochat.yaml',
    'reskyt.yaml',
  ])
  const problems = (await Promise.all(files.map(lint))).flat()
  expect(problems).toEqual([])
})
