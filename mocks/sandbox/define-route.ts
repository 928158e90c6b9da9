/**
 * Routes typed from the spec. `defineRoute('updateCoupon', (ctx, state) => …)` hands the route the
 * operation's path parameters, query and body as the generated `operations` type describes them,
 * and checks every success answer it returns against the operation's responses, so a spec change
 * that breaks a route fails `tsc`. Error answers come from the service's errors module
 * (`ErrorAnswer`), or are thrown as a `SandboxError`.
 *
 * A route gets what it uses: the caller's account and key, the sandbox time, the id generator and
 * the request; never the whole sandbox.
 *
 * @example
 * // mocks/hellotext/define-route.ts
 * export const defineRoute = routeDefiner<operations, HellotextState>()
 * // mocks/hellotext/coupons/updateCoupon.ts
 * export const updateCoupon = defineRoute('updateCoupon', (ctx, state) => ({
 *   status: 200,
 *   body: couponResource(updateCouponRecord(state, ctx, ctx.params.id, ctx.body)),
 * }))
 */
import type { Account, ApiKey, AuthenticatedKey } from './accounts.ts'
import type { IdGenerator } from './records/ids.ts'
import type { RetentionLimits } from './retention.ts'
import type { EventStream, RouteResult } from './route-result.ts'
import type { ErrorAnswer } from './sandbox-error.ts'

/** Who calls and when: what most models need beside the request. */
export interface CallerContext {
  /** The caller's account. Reading it in an operation the spec leaves unsecured is a sandbox bug. */
  readonly account: Account
  /** Sandbox time when the request arrived, epoch milliseconds. */
  readonly now: number
  /** The sandbox's seeded ids. */
  readonly ids: IdGenerator
  /** How much the sandbox keeps of what accumulates (tracked events, outbox entries). */
  readonly retention: Readonly<RetentionLimits>
  /**
   * Notes something the sandbox accepted where a stricter reading would refuse it (a rule it only
   * infers): the request's journal entry lists it under `warnings`, and the answer is unchanged.
   */
  warn(message: string): void
}

/** The parsed, validated request a route receives. */
export interface RouteContext<
  Params = Record<string, unknown>,
  Query = Record<string, unknown>,
  Body = unknown,
> extends CallerContext {
  readonly operationId: string
  /** The key the caller authenticated with (same rule as `account`). */
  readonly key: ApiKey
  /** Path parameters, decoded and coerced to their schema types. */
  readonly params: Params
  /** Query parameters the operation declares, coerced to their schema types. */
  readonly query: Query
  /** Request headers, names lower-cased. */
  readonly headers: Record<string, string>
  /** The JSON value or form fields (files as `File`) the operation declares; undefined when none. */
  readonly body: Body
  readonly contentType: string | undefined
  /** Where the client reached this service, for absolute links (`links.next`). */
  readonly baseUrl: string
  /** Where the same client reaches the admin API, for sandbox-served files (error reports, exports). */
  readonly adminUrl: string
  /** The account holding `credential` of this service: for credentials sent in a body (Reskyt's legacy form). */
  authenticate(credential: string): AuthenticatedKey | undefined
}

/** One operation's route, as the engine stores it. */
export interface Route<State> {
  readonly operationId: string
  // `never` accepts a handler typed for any one operation; the engine checks ids against the spec.
  readonly handle: (
    ctx: RouteContext<never, never, never>,
    state: State,
  ) => RouteResult | Promise<RouteResult>
}

type Present<T> = [NonNullable<T>] extends [never] ? Record<string, never> : NonNullable<T>

type ParametersOf<Op> = Op extends { parameters: infer P } ? P : Record<string, never>

/** Path parameters of an operation (`{ id: string }`). */
export type ParamsOf<Op> = ParametersOf<Op> extends { path?: infer P } ? Present<P> : never

/** Query parameters of an operation; every one optional unless the spec requires it. */
export type QueryOf<Op> = ParametersOf<Op> extends { query?: infer Q } ? Present<Q> : never

/** The request body of an operation: one media type's schema, undefined when it takes none. */
export type BodyOf<Op> = Op extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? undefined
    : NonNullable<R> extends { content: infer C }
      ? C[keyof C] | (undefined extends R ? undefined : never)
      : undefined
  : undefined

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206

type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never

/** An answer's body: a documented `text/event-stream` is sent as an EventStream, the rest as the schema says. */
type BodyFor<C> = 'text/event-stream' extends keyof C ? EventStream : C[keyof C]

type AnswerFor<Status, Response> = Response extends { content: infer C }
  ? { status: Status; body: BodyFor<C>; headers?: Record<string, string> }
  : { status: Status; body?: undefined; headers?: Record<string, string> }

/** The success answers the spec documents for an operation, one per 2xx status. */
export type SpecAnswer<Op> = {
  [Status in keyof ResponsesOf<Op> & SuccessStatus]: AnswerFor<Status, ResponsesOf<Op>[Status]>
}[keyof ResponsesOf<Op> & SuccessStatus]

/** What a route of `Op` returns: a documented success, or the service's error answer. */
export type AnswerOf<Op> = SpecAnswer<Op> | ErrorAnswer

export type ContextOf<Op> = RouteContext<ParamsOf<Op>, QueryOf<Op>, BodyOf<Op>>

export type RouteHandler<Op, State> = (
  ctx: ContextOf<Op>,
  state: State,
) => AnswerOf<Op> | Promise<AnswerOf<Op>>

/**
 * The `defineRoute` of one service: its generated `operations` and its state. An identity
 * function at run time, there for typing.
 */
export function routeDefiner<Operations, State>() {
  return function defineRoute<Id extends keyof Operations & string>(
    operationId: Id,
    handle: NoInfer<RouteHandler<Operations[Id], State>>,
  ): Route<State> {
    return { operationId, handle: handle as Route<State>['handle'] }
  }
}
