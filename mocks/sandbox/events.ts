/**
 * A tiny typed event emitter: how the journal, logs and dashboard observe the sandbox without
 * the pipeline calling them. Listener errors are reported, never thrown into a request.
 */

export class TypedEmitter<Events extends Record<string, unknown>> {
  readonly #listeners = new Map<keyof Events, Set<(payload: never) => void>>()

  /** Whether anyone listens to `type`: lets an emitter skip building a payload nobody reads. */
  has(type: keyof Events): boolean {
    return (this.#listeners.get(type)?.size ?? 0) > 0
  }

  /** Subscribes; returns the function that unsubscribes. */
  on<Type extends keyof Events>(type: Type, listener: (payload: Events[Type]) => void): () => void {
    let set = this.#listeners.get(type)
    if (!set) {
      set = new Set()
      this.#listeners.set(type, set)
    }
    set.add(listener as (payload: never) => void)
    return () => set.delete(listener as (payload: never) => void)
  }

  emit<Type extends keyof Events>(type: Type, payload: Events[Type]): void {
    const set = this.#listeners.get(type)
    // Nobody listening costs one lookup: events on the request path stay free when unobserved.
    if (set === undefined || set.size === 0) return
    for (const listener of set) {
      try {
        ;(listener as (payload: Events[Type]) => void)(payload)
      } catch (error) {
        console.error(`[martech-sandbox] A "${String(type)}" listener failed:`, error)
      }
    }
  }
}
