/**
 * The only place that reads argv and decides exit codes. Tests call `runMain` in process; the bin
 * is a three-line shell around it.
 *
 * Exit codes: 0 success; 1 a check failed; 2 usage errors and unreadable input.
 */
import { Command, CommanderError } from 'commander'
import type { RunningServer } from '../server/start-server.ts'
import type { CliContext } from './cli-context.ts'
import { CliError } from './cli-error.ts'
import { registerContracts } from './commands/contracts.ts'
import { registerData } from './commands/data.ts'
import { registerInit } from './commands/init.ts'
import { registerJivo } from './commands/jivo.ts'
import { registerServe } from './commands/serve.ts'
import { registerVerifyCrm } from './commands/verify-crm.ts'
import { packageVersion } from './package-version.ts'

export type { CliContext } from './cli-context.ts'

export interface RunMainOptions {
  rawArgs: string[]
  stdout?(text: string): void
  stderr?(text: string): void
}

export interface RunMainResult {
  exitCode: number
  server?: RunningServer
}

export async function runMain(options: RunMainOptions): Promise<RunMainResult> {
  const context: CliContext = {
    stdout: options.stdout ?? ((text) => process.stdout.write(text)),
    stderr: options.stderr ?? ((text) => process.stderr.write(text)),
  }
  const program = new Command('martech-sandbox')
    .description('Stateful mocks and contract checks for Connectif, Hellotext, Reskyt and JivoChat')
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpCommand(true)
    .addHelpText(
      'after',
      `
Examples:
  $ martech-sandbox serve                       # http://127.0.0.1:4010, keys printed at start
  $ martech-sandbox init                        # martech-sandbox.config.json, every option
  $ martech-sandbox jivo send chat_accepted --to http://127.0.0.1:3000/jivo
  $ martech-sandbox <command> --help            # options and an example for each command

Exit codes: 0 success, 1 a check failed, 2 usage error or unreadable input.`,
    )
    .exitOverride()
    .configureOutput({ writeOut: context.stdout, writeErr: () => {} })
    .showSuggestionAfterError(true)
  registerServe(program, context)
  registerInit(program, context)
  registerData(program, context)
  registerJivo(program, context)
  registerContracts(program, context)
  registerVerifyCrm(program, context)
  try {
    await program.parseAsync(options.rawArgs, { from: 'user' })
    return { exitCode: 0, server: context.server }
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return { exitCode: 0 }
      }
      context.stderr(`martech-sandbox: ${withoutPrefix(error.message.replace(/^error: /, ''))}\n`)
      return { exitCode: 2 }
    }
    if (error instanceof CliError) {
      context.stderr(`martech-sandbox: ${withoutPrefix(error.message)}\n`)
      return { exitCode: error.exitCode }
    }
    throw error
  }
}

/** Messages built by formatMessage() carry `[martech-sandbox] `; the CLI's own prefix says it once. */
function withoutPrefix(message: string): string {
  return message.replace(/^\[martech-sandbox\] /, '')
}
