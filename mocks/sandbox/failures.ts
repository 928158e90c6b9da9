/**
 * Why the pipeline stopped before a route ran, as a value. Each service renders these into its own
 * real error body (`mocks/<service>/errors.ts`), so the engine never needs to know what
 * Connectif's 422 looks like.
 */
import type { RateLimitVerdict } from './pipeline/rate-limiter.ts'

export interface ValidationIssue {
  /** Where the bad value is: `body`, `query`, `path` or `header`. */
  location: 'body' | 'query' | 'path' | 'header'
  /** Dotted path to the field inside that location: `products[0].price`, `_emailStatus`, `limit`. */
  path: string
  /** The same place as a JSON pointer inside that location: `/products/0/price`, `/limit`; empty for the whole value. */
  pointer: string
  reason: string
}

export type SandboxFailure =
  | { kind: 'unauthenticated'; reason: 'missing' | 'malformed' | 'unknown' }
  | { kind: 'forbidden'; scope: string }
  | { kind: 'rate-limited'; verdict: RateLimitVerdict }
  | { kind: 'route-not-found'; method: string; path: string }
  | { kind: 'method-not-allowed'; method: string; path: string; allowed: string[] }
  | { kind: 'unsupported-media-type'; received: string | undefined; expected: string[] }
  | { kind: 'malformed-body'; reason: string }
  | { kind: 'payload-too-large'; limitBytes: number }
  | { kind: 'validation'; issues: ValidationIssue[] }
  /** A route found the caller's mistake and threw a SandboxError without a rendered answer. */
  | { kind: 'rejected'; status: number; message: string }

export function isFailure(value: unknown): value is SandboxFailure {
  return typeof value === 'object' && value !== null && 'kind' in value && !('status' in value)
}
