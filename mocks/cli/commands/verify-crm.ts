/**
 * `martech-sandbox verify-crm --url <endpoint>`: a JivoChat CRM endpoint verified against Jivo's
 * pact, one webhook per event. Exit codes: 0 every reply is what Jivo needs; 1 one is not; 2 a
 * usage error or an endpoint that cannot be reached at all.
 */
import type { Command } from 'commander'
import { parseDuration } from '../../sandbox/time/duration.ts'
import type { CliContext } from '../cli-context.ts'
import { CliError } from '../cli-error.ts'
import { failIfBroken, readingInput } from './contracts.ts'

interface VerifyCrmFlags {
  url: string
  timeout?: string
  json?: boolean
}

export function registerVerifyCrm(program: Command, context: CliContext): void {
  program
    .command('verify-crm')
    .description("verify a JivoChat CRM endpoint against Jivo's pact (one webhook per event)")
    .requiredOption('--url <url>', 'the CRM endpoint (the channel\'s "Webhooks endpoint URL")')
    .option('--timeout <ms>', 'how long each reply may take, ms or "3s" (default 3000)')
    .option('--json', 'print the report as JSON')
    .action(async (flags: VerifyCrmFlags) => {
      const { formatCrmVerification, verifyCrm } = await import('../../../contracts/index.ts')
      const timeoutMs = flags.timeout === undefined ? undefined : readTimeout(flags.timeout)
      const report = await readingInput(() => verifyCrm({ url: flags.url, timeoutMs }))
      context.stdout(
        flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatCrmVerification(report),
      )
      failIfBroken(report.events.filter((e) => !e.ok).length, report.events.length, 'webhook')
    })
}

function readTimeout(value: string): number {
  try {
    return parseDuration(/^\d+$/.test(value) ? Number(value) : value)
  } catch {
    throw new CliError(
      `--timeout must be milliseconds or a duration like "3s", got "${value}"`,
      'E_BAD_FLAG',
    )
  }
}
