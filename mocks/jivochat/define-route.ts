/** `defineRoute` for JivoChat's reference CRM: typed from its derived document (service-document.ts). */
import { routeDefiner } from '../sandbox/define-route.ts'
import type { CrmOperations } from './service-document.ts'
import type { JivochatState } from './state.ts'

export const defineRoute = routeDefiner<CrmOperations, JivochatState>()
