/**
 * The admin API as a service of the engine: openapi/admin.yaml, served by the same route table,
 * validation and pipeline as the mocked services, under the name `__admin`. It takes no
 * credential (the sandbox is for the machine running it), and is a control plane: its calls are
 * not journaled and no fault rule applies to them.
 */
import adminDocument from '../../src/generated/admin.document.ts'
import { ADMIN_SERVICE, type SandboxCore } from '../sandbox/sandbox.ts'
import { defineService, type ServiceDefinition } from '../sandbox/service-definition.ts'
import { renderFailure } from './errors.ts'
import { routes } from './routes.ts'
import { type AdminState, adminStateOf } from './state.ts'

export function createAdminService(core: SandboxCore): ServiceDefinition<AdminState> {
  const state = adminStateOf(core)
  return defineService<AdminState>({
    name: ADMIN_SERVICE,
    document: adminDocument,
    hosts: [],
    routes,
    bodyMediaType: 'application/json',
    // Admin bodies are small (an account, a rule, a CRM contact); 1 MB is plenty.
    maxBodyBytes: () => 1024 * 1024,
    renderFailure,
    // A view of the sandbox, not state of its own: a reset empties what it shows.
    createState: () => state,
    controlPlane: true,
  })
}
