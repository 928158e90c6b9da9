/** The text `contracts verify` prints: per pact, per interaction, with Pact's mismatch texts. */
import type { VerificationReport } from './verify-pacts.ts'

export function formatVerification(report: VerificationReport): string {
  const { account } = report
  const lines = [
    `Verified against the sandbox at ${report.url}${report.inProcess ? ' (started for this run)' : ''}, as account ${account.id} "${account.name}"${account.madeForRun ? ' (made for this run)' : ''}.`,
  ]
  const swapped = [...new Set(report.pacts.flatMap((pact) => pact.credentialsSwapped))]
  lines.push(
    swapped.length > 0
      ? `Credentials in the pacts were replaced with that account's: ${swapped.join('; ')}.`
      : 'The pacts carry no credentials to replace.',
  )
  for (const pact of report.pacts) {
    lines.push('', `${pact.consumer} → ${pact.provider}   ${pact.file}`)
    for (const interaction of pact.interactions) {
      const given = interaction.states.length ? `   (given ${interaction.states.join(', ')})` : ''
      lines.push(`  ${interaction.ok ? '✓' : '✗'} ${interaction.description}${given}`)
      for (const problem of interaction.problems) lines.push(`      ${problem}`)
    }
    if (pact.unknownStates.length > 0)
      lines.push(
        `  Unknown provider states: ${pact.unknownStates.map((state) => `"${state}"`).join(', ')}. The sandbox knows these ${pact.service} states:`,
        ...pact.knownStates.map((state) => `    ${state}`),
      )
  }
  const all = report.pacts.flatMap((pact) => pact.interactions)
  const honoured = all.filter((interaction) => interaction.ok).length
  lines.push('', `${honoured} of ${all.length} interaction${all.length === 1 ? '' : 's'} honoured.`)
  return `${lines.join('\n')}\n`
}
