/** Runs the CLI in process with captured output, as tests of `martech-sandbox` need it. */
import { runMain } from '../../mocks/cli/run-main.ts'

export async function runCli(rawArgs: string[]) {
  let stdout = ''
  let stderr = ''
  const result = await runMain({
    rawArgs,
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
  })
  return { ...result, stdout, stderr }
}
