/** Connectif's route map: operationId → route function. Nothing else lives here. */

import connectifDocument from '../../src/generated/connectif.document.ts'
import type { RouteHandler } from '../sandbox/service-definition.ts'
import { deleteContactByEmail } from './routes/deleteContactByEmail.ts'
import { deleteContactByExternalId } from './routes/deleteContactByExternalId.ts'
import { getContact } from './routes/getContact.ts'
import { getContactByEmail } from './routes/getContactByEmail.ts'
import { getContactByExternalId } from './routes/getContactByExternalId.ts'
import { patchContact } from './routes/patchContact.ts'
import { patchContactByEmail } from './routes/patchContactByEmail.ts'
import { patchContactByExternalId } from './routes/patchContactByExternalId.ts'
import type { ConnectifState } from './state.ts'

const implemented: Record<string, RouteHandler<ConnectifState>> = {
  getContact,
  patchContact,
  getContactByEmail,
  patchContactByEmail,
  deleteContactByEmail,
  getContactByExternalId,
  patchContactByExternalId,
  deleteContactByExternalId,
}

// TEMPORARY-UNTIL-ALL-ROUTES-EXIST: lets the sandbox boot while route files are being written.
const pending: Record<string, RouteHandler<ConnectifState>> = {}
for (const item of Object.values(connectifDocument.paths ?? {})) {
  for (const operation of Object.values(item) as Array<{ operationId?: string }>) {
    const id = operation?.operationId
    if (id && !implemented[id])
      pending[id] = () => ({ status: 501, body: { error: `${id} not written yet` } })
  }
}

export const routes: Record<string, RouteHandler<ConnectifState>> = { ...pending, ...implemented }
