/**
 * Bad input to the simulator (an unknown event, a URL that is not http(s), a malformed `--set`):
 * the caller's mistake, not the CRM's. The CLI maps it to exit code 2 and the admin API to a 400.
 *
 * @example
 * throw new SimulatorInputError('unknown event "chat_closed"')
 */
export class SimulatorInputError extends TypeError {
  constructor(reason: string) {
    super(reason)
    this.name = 'SimulatorInputError'
  }
}
