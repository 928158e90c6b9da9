/**
 * `martech-sandbox jivo send|conversation`: plays JivoChat against a CRM endpoint and grades its
 * replies. Exit codes: 0 every reply honours the contract; 1 a violation (bad status, not JSON,
 * result not "ok", schema, timeout, connection closed mid-reply); 2 a usage error or a URL that
 * cannot be reached at all (connection refused, DNS).
 */
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { type JivoEventName, jivoEventNames } from '../../../src/clients/jivochat.ts'
// The simulator's modules one by one, not its index: the index also exports parseScenario, which
// would load the YAML parser on every start of the CLI.
import { playConversation } from '../../jivochat/simulator/conversation.ts'
import { DEFAULT_TIMEOUT_MS } from '../../jivochat/simulator/deliver.ts'
import { formatReports } from '../../jivochat/simulator/format-report.ts'
import { parseAssignment } from '../../jivochat/simulator/overrides.ts'
import type { ConversationReport, DeliveryReport } from '../../jivochat/simulator/report.ts'
import type { Scenario } from '../../jivochat/simulator/scenario.ts'
import { sendEvent } from '../../jivochat/simulator/send.ts'
import { SimulatorInputError } from '../../jivochat/simulator/simulator-input-error.ts'
import { parseDuration } from '../../sandbox/time/duration.ts'
import type { CliContext } from '../cli-context.ts'
import { CliError } from '../cli-error.ts'

interface CommonFlags {
  to: string
  set?: string[]
  unset?: string[]
  seed?: string
  timeout?: string
  sparse?: boolean
  json?: boolean
}

interface ConversationFlags extends CommonFlags {
  scenario?: string
  offline?: boolean
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

export function registerJivo(program: Command, context: CliContext): void {
  const command = program
    .command('jivo')
    .description('play JivoChat against a CRM endpoint and check its replies')
    .addHelpText(
      'after',
      `
Example:
  $ martech-sandbox jivo send chat_accepted --to http://127.0.0.1:3000/jivo --set visitor.email=ana@example.com`,
    )
  const withCommon = (sub: Command) =>
    sub
      .requiredOption('--to <url>', 'the CRM endpoint (the channel\'s "Webhooks endpoint URL")')
      .option(
        '--set <path=value>',
        'change a field: path=text, or path:=json (repeatable)',
        collect,
        [],
      )
      .option('--unset <path>', 'remove a field (repeatable)', collect)
      .option('--seed <n>', 'seed of the generated conversation (default 1)')
      .option(
        '--timeout <ms>',
        `how long the CRM has to answer, ms or "3s" (default ${DEFAULT_TIMEOUT_MS})`,
      )
      .option(
        '--sparse',
        'leave out what the visitor may not have given yet (visitor.phone in chat_accepted, UTM content and term)',
      )
      .option('--json', 'print the report as JSON')
  withCommon(
    command
      .command('send <event>')
      .description(`POST one event: ${jivoEventNames.join(', ')}`)
      .addHelpText(
        'after',
        `
Example:
  $ martech-sandbox jivo send chat_accepted --to http://127.0.0.1:4010/jivochat/crm \\
      --set visitor.email=ana@example.com --set visitor.number:=1217 --json`,
      ),
  ).action(async (event: string, flags: CommonFlags) => {
    const report = await run(() =>
      sendEvent(event as JivoEventName, {
        to: flags.to,
        ...readCommon(flags),
      }),
    )
    finish([report], flags.json ? report : undefined, context)
  })
  withCommon(
    command
      .command('conversation')
      .description('play a conversation: accepted → updated → client_updated → finished')
      .option('--scenario <file>', 'a scenario YAML listing the steps (see README.md)')
      .option('--offline', 'play an offline message instead')
      .addHelpText(
        'after',
        `
Example:
  $ martech-sandbox jivo conversation --to http://127.0.0.1:4010/jivochat/crm --scenario steps.yaml`,
      ),
  ).action(async (flags: ConversationFlags) => {
    if (flags.scenario && flags.offline)
      throw new CliError('use --scenario or --offline, not both', 'E_BAD_FLAG')
    const scenario = flags.scenario ? await readScenario(flags.scenario) : undefined
    const { overrides, unset, seed, timeoutMs, sparse } = readCommon(flags)
    const conversation: ConversationReport = await run(() =>
      playConversation({
        to: flags.to,
        scenario,
        offline: flags.offline === true,
        overrides,
        unset,
        seed,
        timeoutMs,
        sparse,
      }),
    )
    finish(conversation.reports, flags.json ? conversation : undefined, context)
  })
}

function readCommon(flags: CommonFlags) {
  const overrides: Record<string, unknown> = {}
  try {
    for (const assignment of flags.set ?? []) {
      const [path, value] = parseAssignment(assignment)
      overrides[path] = value
    }
  } catch (error) {
    throw new CliError((error as Error).message, 'E_BAD_FLAG')
  }
  if (flags.seed !== undefined && !/^\d+$/.test(flags.seed))
    throw new CliError(`--seed must be a whole number, got "${flags.seed}"`, 'E_BAD_FLAG')
  let timeoutMs: number | undefined
  if (flags.timeout !== undefined) {
    try {
      timeoutMs = parseDuration(/^\d+$/.test(flags.timeout) ? Number(flags.timeout) : flags.timeout)
    } catch {
      throw new CliError(
        `--timeout must be milliseconds or a duration like "3s", got "${flags.timeout}"`,
        'E_BAD_FLAG',
      )
    }
  }
  return {
    overrides,
    unset: flags.unset ?? [],
    seed: flags.seed === undefined ? undefined : Number(flags.seed),
    timeoutMs,
    sparse: flags.sparse === true,
  }
}

async function readScenario(file: string): Promise<Scenario> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new CliError(
      `cannot read scenario "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'E_SCENARIO',
    )
  }
  // The YAML parser loads only for a scenario file, not on every start of the CLI.
  const { parseScenario } = await import('../../jivochat/simulator/scenario-file.ts')
  try {
    return parseScenario(text, file)
  } catch (error) {
    throw new CliError((error as Error).message, 'E_SCENARIO')
  }
}

/** Runs the simulator, turning its input errors into usage errors (exit 2). */
async function run<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task()
  } catch (error) {
    if (error instanceof SimulatorInputError) throw new CliError(error.message, 'E_USAGE')
    throw error
  }
}

/** Prints the reports (table or JSON) and turns the outcome into the exit code. */
function finish(reports: DeliveryReport[], asJson: unknown, context: CliContext): void {
  const unreachable = reports.find((report) => report.outcome === 'unreachable')
  // A lone unreachable send has nothing to tabulate: the one-line reason on stderr says it all.
  if (asJson !== undefined) context.stdout(`${JSON.stringify(asJson, null, 2)}\n`)
  else if (!(unreachable && reports.length === 1)) context.stdout(formatReports(reports))
  if (unreachable)
    throw new CliError(unreachable.error ?? 'cannot reach the CRM', 'E_UNREACHABLE', 2)
  const failed = reports.filter((report) => !report.ok)
  if (failed.length) {
    const violations = failed.reduce((sum, report) => sum + report.violations.length, 0)
    throw new CliError(
      `${failed.length} of ${reports.length} ${reports.length === 1 ? 'reply breaks' : 'replies break'} the JivoChat contract (${violations} violation${violations === 1 ? '' : 's'})`,
      'E_CONTRACT',
      1,
    )
  }
}
