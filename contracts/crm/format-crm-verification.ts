/** The text `verify-crm` prints: one line per webhook event, with Pact's mismatch texts. */
import type { CrmVerificationReport } from './verify-crm.ts'

export function formatCrmVerification(report: CrmVerificationReport): string {
  const lines = [`Jivo's webhooks against ${report.url}:`]
  for (const event of report.events) {
    lines.push(`  ${event.ok ? '✓' : '✗'} ${event.event}`)
    for (const problem of event.problems) lines.push(`      ${problem}`)
  }
  const passed = report.events.filter((event) => event.ok).length
  lines.push('', `${passed} of ${report.events.length} webhooks answered as Jivo needs.`)
  return `${lines.join('\n')}\n`
}
