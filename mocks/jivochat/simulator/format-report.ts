/**
 * The simulator's readable output: one summary row per delivery, then each delivery's reply, its
 * violations with their JSON paths, and what the agent would see.
 *
 * @example
 * process.stdout.write(formatReports([report]))
 */
import type { AgentView, DeliveryReport } from './report.ts'

const REPLY_PREVIEW = 240

export function formatReports(reports: DeliveryReport[]): string {
  const rows = reports.map((report, index) => [
    String(index + 1),
    report.event,
    report.status === null ? '—' : String(report.status),
    `${Math.round(report.durationMs)} ms`,
    resultOf(report),
    report.outcome === 'unreachable' ? 'unreachable' : String(report.violations.length),
  ])
  const lines = [...table([['#', 'event', 'status', 'time', 'result', 'violations'], ...rows]), '']
  for (const [index, report] of reports.entries()) lines.push(...details(report, index + 1), '')
  return `${lines.join('\n')}\n`
}

function resultOf(report: DeliveryReport): string {
  const json = report.reply && 'json' in report.reply ? report.reply.json : undefined
  const result = (json as { result?: unknown } | undefined)?.result
  if (typeof result === 'string') return result.length > 24 ? `${result.slice(0, 23)}…` : result
  // No reply: the one violation says why (timeout, connection_closed, reply_too_large, …).
  const failure = report.reply ? undefined : report.violations[0]
  if (failure) return failure.code === 'connection_closed' ? '(closed)' : `(${failure.code})`
  if (report.reply) return '(not JSON)'
  return '—'
}

function details(report: DeliveryReport, index: number): string[] {
  const chat = report.request.body.chat_id ?? report.request.body.client_id
  const lines = [
    `${index}. ${report.event} → ${report.url}${chat === undefined ? '' : `  (chat/client ${chat})`}`,
  ]
  if (report.error) return [...lines, `   ✗ ${report.error}`]
  if (report.status !== null)
    lines.push(`   status   ${report.status} in ${Math.round(report.durationMs)} ms`)
  if (report.reply)
    lines.push(
      `   reply    ${preview('json' in report.reply ? JSON.stringify(report.reply.json) : report.reply.body)}`,
    )
  for (const issue of report.payloadIssues)
    lines.push(
      `   payload  ${issue.path} ${issue.message} (your overrides; Jivo would not send this)`,
    )
  for (const warning of report.warnings) lines.push(`   note     ${warning}`)
  if (report.agentView) lines.push(...agentLines(report.agentView))
  if (report.violations.length === 0) {
    lines.push('   ✓ the reply honours the contract')
    return lines
  }
  lines.push(
    `   ✗ ${report.violations.length} violation${report.violations.length === 1 ? '' : 's'}:`,
  )
  for (const row of table(report.violations.map((v) => [v.code, v.path, v.message])))
    lines.push(`     ${row}`)
  if (report.event === 'chat_accepted' || report.event === 'chat_updated')
    lines.push('   agent sees nothing from this reply')
  return lines
}

function agentLines(view: AgentView): string[] {
  const lines = ['   agent sees:']
  const contact = Object.entries(view.contactFields).map(([field, value]) => `${field} ${value}`)
  lines.push(`     contact  ${contact.length ? contact.join(' · ') : '(unchanged)'}`)
  for (const [i, row] of view.customData.entries()) {
    const text = `${row.title ?? '(no title)'}: ${row.key ? `${row.key}: ` : ''}${row.content ?? ''}${row.link ? ` (${row.link})` : ''}`
    lines.push(`     ${i === 0 ? 'panel   ' : '        '} ${text}`)
  }
  if (view.crmLinkButton) lines.push(`     button   Open in CRM → ${view.crmLinkButton}`)
  if (view.assignButton) lines.push('     button   link to CRM (enable_assign)')
  if (view.page)
    lines.push(`     page     ${view.page.url}${view.page.title ? ` (${view.page.title})` : ''}`)
  return lines
}

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  '),
  )
}

function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  if (flat === '') return '(empty)'
  return flat.length > REPLY_PREVIEW ? `${flat.slice(0, REPLY_PREVIEW)}…` : flat
}
