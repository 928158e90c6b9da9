/**
 * The one way a caller's mistake leaves a route: thrown as a `SandboxError` from wherever it is
 * found (a model, a fixture check, the engine's own registries), answered by the pipeline in the
 * service's own error shape. Anything else a route throws is a sandbox bug and answers 500.
 *
 * Routes may also return an error answer directly; both are built by the service's errors module,
 * which is the only place that knows the service's error body.
 *
 * @example
 * throw new SandboxError(404, 'no such account acct_1') // rendered by the service as `rejected`
 * throw rejectWith(notFound('profile'))                 // the service's own body, as built
 */
import type { RouteResult } from './route-result.ts'

declare const errorAnswer: unique symbol

/** An answer in the service's error shape, built by its errors module (never a success). */
export type ErrorAnswer = RouteResult & { readonly [errorAnswer]: true }

/** Marks `result` as an error answer: for a service's errors module only. */
export function asErrorAnswer(result: RouteResult): ErrorAnswer {
  return result as ErrorAnswer
}

export class SandboxError extends Error {
  override readonly name = 'SandboxError'
  /** The HTTP status the caller gets. */
  readonly status: number
  /** The answer as the service renders it, when the thrower built it; else the service renders `rejected`. */
  readonly answer: ErrorAnswer | undefined

  constructor(status: number, message: string, answer?: ErrorAnswer) {
    super(message)
    this.status = status
    this.answer = answer
  }

  /** A caller's mistake whose answer the service's errors module has already built. */
  static answering(answer: ErrorAnswer): SandboxError {
    return new SandboxError(answer.status, `answered ${answer.status}`, answer)
  }
}

/** `throw rejectWith(notFound('profile'))`: a model's way to answer with the service's error. */
export const rejectWith = (answer: ErrorAnswer) => SandboxError.answering(answer)
