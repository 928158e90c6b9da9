/** `martech-sandbox init`: a starter config file with every option at its default. */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { CliContext } from '../cli-context.ts'
import { CliError } from '../cli-error.ts'
import { CONFIG_FILE_NAME, starterConfig } from '../config/config-schema.ts'

interface InitFlags {
  force?: boolean
}

export function registerInit(program: Command, context: CliContext): void {
  program
    .command('init')
    .description(`write ${CONFIG_FILE_NAME}: every serve option at its default, with its schema`)
    .argument('[file]', 'where to write it', CONFIG_FILE_NAME)
    .option('--force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ martech-sandbox init && martech-sandbox serve   # serve reads ./${CONFIG_FILE_NAME}
  $ martech-sandbox init qa.config.json && martech-sandbox serve --config qa.config.json`,
    )
    .action(async (file: string, flags: InitFlags) => {
      const text = `${JSON.stringify(starterConfig(), null, 2)}\n`
      try {
        // `wx` refuses an existing file in the same step that creates it.
        await writeFile(resolve(process.cwd(), file), text, { flag: flags.force ? 'w' : 'wx' })
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EEXIST')
          throw new CliError(`"${file}" exists; pass --force to overwrite it`, 'E_EXISTS')
        throw new CliError(`cannot write "${file}": ${code ?? (error as Error).message}`, 'E_WRITE')
      }
      context.stdout(
        `wrote ${file}: every option at its default; \`martech-sandbox serve${file === CONFIG_FILE_NAME ? '' : ` --config ${file}`}\` reads it\n`,
      )
    })
}
