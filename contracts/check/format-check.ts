/** The text `contracts check` prints: per pact, each mismatch with its interaction, path and rule. */
import type { CheckFinding, CheckReport } from './check-pacts.ts'

const describe = (mark: string, finding: CheckFinding) => [
  `  ${mark} "${finding.interaction}"${finding.state ? ` (given ${finding.state})` : ''}  ${finding.path}  [${finding.rule}]`,
  `      ${finding.message}`,
]

export function formatCheck(report: CheckReport): string {
  const lines: string[] = []
  for (const pact of report.pacts) {
    lines.push(`${pact.consumer} → ${pact.provider}   ${pact.file}   against ${pact.spec}`)
    if (pact.mismatches.length === 0) lines.push('  ✓ every interaction fits the document')
    for (const finding of pact.mismatches) lines.push(...describe('✗', finding))
    for (const finding of pact.warnings) lines.push(...describe('!', finding))
    lines.push('')
  }
  const mismatches = report.pacts.reduce((sum, pact) => sum + pact.mismatches.length, 0)
  lines.push(
    `${mismatches} mismatch${mismatches === 1 ? '' : 'es'} in ${report.pacts.length} pact${report.pacts.length === 1 ? '' : 's'}.`,
  )
  return `${lines.join('\n')}\n`
}
