/**
 * A tiny typed event emitter: how the journal, logs and dashboard observe the sandbox without
 * the pipeline calling them. Listener errors are reported, never thrown into a request.
 */

export class TypedEmitter<Events extends Record<string, unknown>> {
  /**
   * Listeners by event, each list replaced (never changed) on subscribe and unsubscribe: emitting
   * walks an array with no iterator, and a listener that unsubscribes mid-emit changes nothing
   * for that emit.
   */
  readonly #listeners = new Map<keyof Events, ReadonlyArray<(payload: never) => void>>()

  /** Whether anyone listens to `type`: lets an emitter skip building a payload nobody reads. */
  has(type: keyof Events): boolean {
    return (this.#listeners.get(type)?.length ?? 0) > 0
  }

  /** Subscribes; returns the function that unsubscribes. */
  on<Type extends keyof Events>(type: Type, listener: (payload: Events[Type]) => void): () => void {
    const added = listener as (payload: never) => void
    const current = this.#listeners.get(type) ?? []
    // As a Set did: subscribing the same function twice keeps it once.
    if (!current.includes(added)) this.#listeners.set(type, [...current, added])
    return () => {
      const listeners = this.#listeners.get(type)
      if (listeners?.includes(added))
        this.#listeners.set(
          type,
          listeners.filter((other) => other !== added),
        )
    }
  }

  emit<Type extends keyof Events>(type: Type, payload: Events[Type]): void {
    const listeners = this.#listeners.get(type)
    // Nobody listening costs one lookup: events on the request path stay free when unobserved.
    if (listeners === undefined) return
    for (let i = 0; i < listeners.length; i++) {
      try {
        ;(listeners[i] as (payload: Events[Type]) => void)(payload)
      } catch (error) {
        console.error(`[martech-sandbox] A "${String(type)}" listener failed:`, error)
      }
    }
  }
}
