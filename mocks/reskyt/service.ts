/**
 * Reskyt as the sandbox serves it: the JSON push API (`x-api-key`) that Connectif's outbound
 * event calls, and the legacy form API (`POST /api/push`), both writing to one outbox.
 *
 * @see shared/research/hellotext-reskyt.md PART B; openapi/reskyt.yaml
 */
import reskytDocument from '../../src/generated/reskyt.document.ts'
import { defineService } from '../sandbox/service-definition.ts'
import { settingsOf } from './account-settings.ts'
import { renderFailure } from './errors.ts'
import { seedReskytFixtures } from './fixtures.ts'
import { routes } from './routes.ts'
import { createReskytState, type ReskytState } from './state.ts'

export const reskytService = defineService<ReskytState>({
  name: 'reskyt',
  document: reskytDocument,
  hosts: ['app.reskyt.com'],
  routes,
  // Reskyt hands out an opaque key when it activates the API [DOC]; its form is unknown [INF].
  mintKey: (ids) => ids.alphanumeric(40),
  readCredential(headers) {
    const key = headers['x-api-key']
    if (key === undefined) return undefined
    return key.trim() === '' ? null : key.trim()
  },
  maxBodyBytes: () => 1024 * 1024,
  renderFailure,
  createState: createReskytState,
  readSettings: settingsOf,
  seedFixtures: seedReskytFixtures,
})
