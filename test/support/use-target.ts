/**
 * Vitest lifecycle for a behaviour suite: one target per describe block, reset before each test so
 * tests do not see each other's state (the default account keeps its keys across resets).
 */
import { afterAll, beforeAll, beforeEach } from 'vitest'
import type { SandboxOptions } from '../../mocks/create-sandbox.ts'
import type { Target, TargetFactory } from './targets.ts'

export function useTarget(createTarget: TargetFactory, options?: SandboxOptions): () => Target {
  let target: Target | undefined
  beforeAll(async () => {
    target = await createTarget(options)
  })
  afterAll(async () => {
    await target?.close()
  })
  beforeEach(() => {
    target?.sandbox.reset()
  })
  return () => {
    if (!target) throw new Error('useTarget: the target is created in beforeAll')
    return target
  }
}
