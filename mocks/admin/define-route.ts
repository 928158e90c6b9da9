/** `defineRoute` for the admin API: routes typed from openapi/admin.yaml, over the admin state. */
import type { operations } from '../../src/generated/admin.ts'
import { routeDefiner } from '../sandbox/define-route.ts'
import type { AdminState } from './state.ts'

export const defineRoute = routeDefiner<operations, AdminState>()
