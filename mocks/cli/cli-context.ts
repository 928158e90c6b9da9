/** What every command writes to and hands back: run-main makes it, the commands receive it. */
import type { RunningServer } from '../server/start-server.ts'

export interface CliContext {
  stdout(text: string): void
  stderr(text: string): void
  /** Set by `serve`: the caller keeps the process alive and closes it on a signal. */
  server?: RunningServer
}
