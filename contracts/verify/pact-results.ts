/**
 * The Pact Verifier's structured results (the native library's `pactffi_verifier_json`), as far
 * as martech-sandbox reads them, and the one-line texts made from a mismatch.
 */

export interface PactMismatch {
  type: string
  path?: string
  key?: string
  mismatch?: string
  expected?: unknown
  actual?: unknown
}

export interface PactInteractionResult {
  consumer: string
  provider: string
  description: string
  providerStates: string[]
  /** `OK` when the provider honoured the interaction. */
  result: string
  mismatch?: { type: string; message?: string; mismatches?: PactMismatch[] }
}

export interface PactResults {
  result: boolean
  interactionResults: PactInteractionResult[]
}

/** "$.result: Expected 'error' … to be equal to 'ok'", "status: expected 200 but was 500". */
export function describeMismatches(result: PactInteractionResult): string[] {
  const { mismatch } = result
  if (!mismatch || result.result === 'OK') return []
  if (!mismatch.mismatches?.length) return [mismatch.message ?? mismatch.type]
  return mismatch.mismatches.map((item) => {
    const text = item.mismatch ?? `expected ${String(item.expected)}`
    if (item.key)
      return `header ${item.key}: ${text.replace(/^Mismatch with header '[^']*': /, '')}`
    return `${item.path ?? LOCATIONS[item.type] ?? item.type}: ${text}`
  })
}

const LOCATIONS: Record<string, string> = {
  StatusMismatch: 'status',
  BodyTypeMismatch: 'body',
  MethodMismatch: 'method',
  PathMismatch: 'path',
}
