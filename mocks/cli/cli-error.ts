/** An expected CLI failure: a one-line message, a stable code, and the exit code it maps to. */
export class CliError extends Error {
  readonly code: string
  readonly exitCode: number

  constructor(message: string, code: string, exitCode = 2) {
    super(message)
    this.name = 'CliError'
    this.code = code
    this.exitCode = exitCode
  }
}
