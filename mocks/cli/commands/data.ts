/**
 * `martech-sandbox data export|import`: a data file's state as one JSON document and back, to move
 * a sandbox between files or machines, keep a known state beside the tests, or read it.
 *
 * The document is a SavedState (mocks/sandbox/persistence/saved-state.ts), `{"format":
 * "martech-sandbox/state", "version": 1, "core": {…}, "services": {…}}`, with Maps and Sets written
 * as `{"$map": [[k, v], …]}` and `{"$set": […]}` (docs/persistence.md).
 */
import { existsSync, statSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { createSandbox } from '../../create-sandbox.ts'
import { decode, encode } from '../../sandbox/persistence/codec.ts'
import {
  captureState,
  checkSavedState,
  restoreState,
} from '../../sandbox/persistence/saved-state.ts'
import { StateTracker } from '../../sandbox/persistence/state-tracker.ts'
import { openSqliteStore } from '../../store/sqlite-store.ts'
import type { CliContext } from '../cli-context.ts'
import { CliError } from '../cli-error.ts'

export function registerData(program: Command, context: CliContext): void {
  const data = program
    .command('data')
    .description('move a data file (serve --data) to and from JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ martech-sandbox data export sandbox.db --out state.json
  $ martech-sandbox data import state.json other.db`,
    )
  data
    .command('export <file>')
    .description('write the state a data file holds as JSON (to stdout, or --out)')
    .option('--out <json>', 'write to this file instead of stdout')
    .action(async (file: string, flags: { out?: string }) => {
      const text = await exportState(file)
      if (flags.out) {
        await writeFile(flags.out, text).catch((error: NodeJS.ErrnoException) => {
          throw new CliError(
            `cannot write "${flags.out}": ${error.code ?? error.message}`,
            'E_DATA',
          )
        })
        context.stdout(`exported ${file} to ${flags.out}\n`)
      } else context.stdout(`${text}\n`)
    })
  data
    .command('import <json> <file>')
    .description('load a JSON state (data export) into a data file')
    .option('--force', 'replace the state the data file already holds')
    .action(async (json: string, file: string, flags: { force?: boolean }) => {
      await importState(json, file, flags.force ?? false)
      context.stdout(`imported ${json} into ${file}\n`)
    })
}

async function exportState(file: string): Promise<string> {
  if (!existsSync(file) || statSync(file).size === 0)
    throw new CliError(`no data file "${file}" to export`, 'E_DATA')
  const store = await openStore(file)
  try {
    const sandbox = createSandbox()
    const tracker = new StateTracker(sandbox.core, store)
    if (!tracker.restored) throw new CliError(`data file "${file}" holds no sandbox yet`, 'E_DATA')
    return encode(captureState(sandbox.core))
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(firstLine(error), 'E_DATA')
  } finally {
    store.close()
  }
}

async function importState(json: string, file: string, force: boolean): Promise<void> {
  let text: string
  try {
    text = await readFile(json, 'utf8')
  } catch (error) {
    throw new CliError(
      `cannot read "${json}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'E_DATA',
    )
  }
  let saved: unknown
  try {
    saved = decode(text)
  } catch (error) {
    throw new CliError(`"${json}" is not JSON: ${(error as Error).message}`, 'E_DATA')
  }
  const sandbox = createSandbox()
  try {
    checkSavedState(saved)
    restoreState(sandbox.core, saved)
  } catch (error) {
    throw new CliError(
      `"${json}" is not a martech-sandbox state: ${firstLine(error).replace(/^\[martech-sandbox\] /, '')}`,
      'E_DATA',
    )
  }
  const store = await openStore(file)
  try {
    if (!force && store.load() !== undefined)
      throw new CliError(
        `data file "${file}" already holds a sandbox; --force replaces it`,
        'E_DATA',
      )
    new StateTracker(sandbox.core, store, { replace: true })
  } finally {
    store.close()
  }
}

async function openStore(file: string) {
  try {
    return await openSqliteStore(file)
  } catch (error) {
    throw new CliError(firstLine(error), 'E_DATA')
  }
}

function firstLine(error: unknown): string {
  return ((error as Error).message ?? String(error)).split('\n')[0] as string
}
