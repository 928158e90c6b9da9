/**
 * A tiny typed event emitter: how the journal, logs and dashboard observe the sandbox without
 * the pipeline calling them. Listener errors are reported, never thrown into a request.
 */

export class TypedEmitter<Events extends Record<string, unknown>> {
  readonly #listeners = new Map<keyof Events, Set<(payload: never) => void>>()

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
    for (const listener of this.#listeners.get(type) ?? []) {
      try {
        ;(listener as (payload: Events[Type]) => void)(payload)
      } catch (error) {
        console.error(`[martech-sandbox] A "${String(type)}" listener failed:`, error)
      }
    }
  }
}
