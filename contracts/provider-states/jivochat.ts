/**
 * JivoChat's provider states, for pacts verified against the reference CRM (`/jivochat/crm`):
 * the customers and managers it knows. The CRM is one per sandbox (Jivo sends no credential), so
 * these ignore the account.
 */
import { defineProviderState } from './define-provider-state.ts'
import { seedFixtures } from './seed-fixtures.ts'

export const jivochatStates = [
  defineProviderState({
    name: 'the CRM has a contact with email {email}',
    setup({ sandbox, accountId, params }) {
      const email = String(params.email).toLowerCase()
      const known = [...sandbox.jivochat.crm.contacts.values()].some((contact) =>
        contact.emails.some((address) => address.toLowerCase() === email),
      )
      if (!known) {
        const { name } = params
        seedFixtures(sandbox, accountId, 'jivochat', {
          contacts: [{ email, ...(name === undefined ? {} : { name: String(name) }) }],
        })
      }
      return undefined
    },
  }),
  defineProviderState({
    name: 'the CRM has a user with login {login}',
    setup({ sandbox, accountId, params }) {
      // seedUser renames a user it already has, so this is idempotent as it stands.
      const { login, name } = params
      seedFixtures(sandbox, accountId, 'jivochat', {
        users: [{ login: String(login), ...(name === undefined ? {} : { name: String(name) }) }],
      })
      return undefined
    },
  }),
]
