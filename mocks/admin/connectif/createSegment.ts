// createSegment: POST /__admin/connectif/segments — a segment (name, member e-mails) that an
// export's segmentId narrows to; Connectif's API has none to create them with.
import { addSegment, findSegment } from '../../connectif/exports/segments.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { SandboxError } from '../../sandbox/sandbox-error.ts'
import { defineRoute } from '../define-route.ts'
import { accountOf } from '../state.ts'

export const createSegment = defineRoute('createSegment', (ctx, state) => {
  const { accountId, id = state.ids.objectId(), name, contacts = [] } = ctx.body
  const account = accountId === undefined ? state.defaultAccount : accountOf(state, accountId)
  if (findSegment(state.connectif, id))
    throw new SandboxError(409, formatMessage('create', 'segment', `id ${id} is taken`))
  const segment = addSegment(state.connectif, { id, accountId: account.id, name, contacts })
  return { status: 201, body: segment }
})
