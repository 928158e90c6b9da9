/** `defineRoute` for Reskyt: routes typed from openapi/reskyt.yaml, over Reskyt's state. */
import type { operations } from '../../src/generated/reskyt.ts'
import { routeDefiner } from '../sandbox/define-route.ts'
import type { ReskytState } from './state.ts'

export const defineRoute = routeDefiner<operations, ReskytState>()
