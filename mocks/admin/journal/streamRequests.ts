// streamRequests: GET /__admin/requests/stream — the journal live, as Server-Sent Events: each
// entry as it is recorded, and `reset` when the sandbox is emptied.
import { EventStream, sseFrame } from '../../sandbox/route-result.ts'
import { defineRoute } from '../define-route.ts'

export const streamRequests = defineRoute('streamRequests', (ctx, state) => {
  const lastSeen = ctx.headers['last-event-id']
  return {
    status: 200,
    body: new EventStream((write) => {
      write(': open\n\n')
      // A reconnecting client gets what it missed, as far as the journal still holds it.
      if (lastSeen !== undefined) {
        const after = Number(lastSeen)
        const missed = state.journal.list().filter((entry) => entry.id > after)
        for (const entry of missed.reverse()) write(sseFrame('request', entry, entry.id))
      }
      const offRecorded = state.events.on('journal:recorded', (entry) =>
        write(sseFrame('request', entry, entry.id)),
      )
      const offReset = state.events.on('sandbox:reset', (reset) => write(sseFrame('reset', reset)))
      return () => {
        offRecorded()
        offReset()
      }
    }),
  }
})
