/**
 * `client_attribute_updated`: stores the attributes on the contact with that Jivo client id; for
 * a client the CRM does not know yet, keeps them until `client_updated` creates the contact.
 *
 * @see shared/research/jivochat.md §5.7 (`attributes` as an object [I]); reply `{"result":"ok"}` [I]
 */
import { crmReply, type JivoAckReply, type JivoEventOf } from '../../../src/clients/jivochat.ts'
import type { CrmContext } from './crm-context.ts'
import type { CrmState } from './state.ts'

export function onClientAttributeUpdated(
  state: CrmState,
  event: JivoEventOf<'client_attribute_updated'>,
  ctx: CrmContext,
): JivoAckReply {
  if (event.client_id === undefined || !event.attributes) return crmReply()
  const clientId = String(event.client_id)
  const contactId = state.index.contactByClientId.get(clientId)
  const contact = contactId === undefined ? undefined : state.contacts.get(contactId)
  if (contact) {
    Object.assign(contact.attributes, event.attributes)
    contact.updatedAt = ctx.now
  } else {
    state.pendingAttributes.set(clientId, {
      ...state.pendingAttributes.get(clientId),
      ...event.attributes,
    })
  }
  return crmReply()
}
