/**
 * Every service the sandbox mocks, in one list. Adding a service is three lines here: import its
 * definition, add it to SERVICES, and name its state in ServiceStates (which gives `sandbox.<name>`).
 */
import { connectifService } from './connectif/service.ts'
import type { ConnectifState } from './connectif/state.ts'
import { hellotextService } from './hellotext/service.ts'
import type { HellotextState } from './hellotext/state.ts'
import { jivochatService } from './jivochat/service.ts'
import type { JivochatState } from './jivochat/state.ts'
import { reskytService } from './reskyt/service.ts'
import type { ReskytState } from './reskyt/state.ts'
import type { ServiceDefinition } from './sandbox/service-definition.ts'

// biome-ignore lint/suspicious/noExplicitAny: services of different state types live in one list
export const SERVICES: Array<ServiceDefinition<any>> = [
  connectifService,
  reskytService,
  hellotextService,
  jivochatService,
]

/** Each service's state, as `sandbox.<name>` exposes it. */
export interface ServiceStates {
  connectif: ConnectifState
  hellotext: HellotextState
  reskyt: ReskytState
  jivochat: JivochatState
}

export type ServiceName = keyof ServiceStates
