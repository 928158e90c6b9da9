/** `defineRoute` for Connectif: routes typed from openapi/connectif.yaml, over Connectif's state. */
import type { operations } from '../../src/generated/connectif.ts'
import { routeDefiner } from '../sandbox/define-route.ts'
import type { ConnectifState } from './state.ts'

export const defineRoute = routeDefiner<operations, ConnectifState>()
