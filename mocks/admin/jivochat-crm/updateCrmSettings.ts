// updateCrmSettings: PATCH /__admin/jivochat/crm/settings — makes a CRM user the default manager.
import { emailKey } from '../../jivochat/crm/state.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'

export const updateCrmSettings = defineRoute('updateCrmSettings', (ctx, state) => {
  const { crm } = state.jivochat
  const login = ctx.body.defaultManagerLogin
  const userId = crm.index.userByLogin.get(emailKey(login))
  if (!userId)
    return adminError(
      400,
      formatMessage(
        'update',
        'jivochat crm settings',
        'defaultManagerLogin must be the login of a CRM user',
      ),
    )
  crm.settings.defaultManagerId = userId
  return { status: 200, body: { defaultManagerLogin: crm.users.get(userId)?.login } }
})
