/**
 * The soak's server, in a process of its own so its RSS is the sandbox's alone: `serve` with the
 * bench account, answering `{ type: 'memory' }` messages from the parent with its memory usage.
 */
import { loadFixtures, startServer } from '../mocks/server/index.ts'

const fixtures = JSON.parse(process.argv[2] as string) as unknown
const server = await startServer({ port: 0 })
loadFixtures(server.sandbox, fixtures, 'soak fixtures')
process.on('message', (message: { type: string }) => {
  if (message.type === 'memory') {
    const { rss, heapUsed } = process.memoryUsage()
    process.send?.({ type: 'memory', rss, heapUsed, journal: server.sandbox.journal.size })
  }
  if (message.type === 'stop') void server.close().then(() => process.exit(0))
})
process.send?.({ type: 'listening', url: server.url })
