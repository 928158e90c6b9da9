/**
 * Vitest lifecycle for a behaviour suite: one target per describe block, reset before each test so
 * tests do not see each other's state (the default account keeps its keys across resets). Every
 * answer a test gets is checked against its operation's documented response (response-schemas.ts):
 * a test whose answers break the spec fails, naming the operation and the schema issue.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import type { SandboxOptions } from '../../mocks/create-sandbox.ts'
import { watchResponses } from './response-schemas.ts'
import type { Target, TargetFactory } from './targets.ts'

export function useTarget(createTarget: TargetFactory, options?: SandboxOptions): () => Target {
  let target: Target | undefined
  let responses: ReturnType<typeof watchResponses> | undefined
  beforeAll(async () => {
    target = await createTarget(options)
    responses = watchResponses(target.sandbox)
  })
  afterAll(async () => {
    responses?.stop()
    await target?.close()
  })
  beforeEach(() => {
    target?.sandbox.reset()
    responses?.take()
  })
  afterEach(async () => {
    expect(responses?.take() ?? [], 'answers that break their documented response schema').toEqual(
      [],
    )
    await target?.checkSaved?.()
  })
  return () => {
    if (!target) throw new Error('useTarget: the target is created in beforeAll')
    return target
  }
}
