/**
 * How the engine tells a store what happened, in the two places it must: a request is answered
 * (dispatch, before the answer leaves) and the whole state was replaced (reset). Everything else
 * the store learns from the tables it watches (persistence/state-tracker.ts).
 */
export interface StateObserver {
  /**
   * A request to `service` (`__admin` for the admin API) is answered: save what changed. A
   * promise, when the backend is not synchronous, holds the answer until it settles.
   */
  settle(service: string): undefined | Promise<void>
  /** The sandbox's state objects were replaced (reset): watch the new ones and save them whole. */
  replaced(): void
}
