/**
 * JivoChat as the sandbox serves it. Jivo is the client here: it POSTs webhooks to the
 * integrator's CRM. So the sandbox serves a reference CRM (`POST /jivochat/crm`) that answers
 * them as a good integration does, and its admin API drives the simulator that plays Jivo.
 * Jivo sends no credential and no host is real (`jivochat.sandbox.local`).
 *
 * @see shared/research/jivochat.md; shared/seeds/jivochat-crm-webhooks.es.txt; openapi/jivochat.yaml
 */
import { defineService } from '../sandbox/service-definition.ts'
import { receiveCrmWebhook } from './crm/receiveCrmWebhook.ts'
import { renderFailure } from './errors.ts'
import { seedJivochatFixtures } from './fixtures.ts'
import { jivochatServiceDocument } from './service-document.ts'
import { createJivochatState, type JivochatState } from './state.ts'

export const jivochatService = defineService<JivochatState>({
  name: 'jivochat',
  document: jivochatServiceDocument,
  hosts: ['jivochat.sandbox.local'],
  // The document is derived at load time (service-document.ts), so its one route is named here.
  routes: [receiveCrmWebhook],
  // Jivo signs nothing and sends no key [C:S1, R10], so the service has neither keys nor a credential.
  // Jivo documents no size limit; 1 MB holds any transcript [INF].
  maxBodyBytes: () => 1024 * 1024,
  renderFailure,
  createState: () => createJivochatState(),
  seedFixtures: seedJivochatFixtures,
})
