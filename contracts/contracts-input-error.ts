/**
 * Input the contract tools cannot act on: a pact file that cannot be read or is not a pact, a
 * provider the sandbox does not serve, a sandbox that cannot be reached. The CLI maps it to exit
 * code 2; a contract that does not hold is a result (exit 1), never this error.
 */
export class ContractsInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ContractsInputError'
  }
}
