/** `defineRoute` for Hellotext: routes typed from openapi/hellotext.yaml, over Hellotext's state. */
import type { operations } from '../../src/generated/hellotext.ts'
import { routeDefiner } from '../sandbox/define-route.ts'
import type { HellotextState } from './state.ts'

export const defineRoute = routeDefiner<operations, HellotextState>()
