/**
 * Whether anything listens at a URL's host and port: one TCP connection, no HTTP request, so a
 * CRM that cannot be reached at all (a wrong URL) is told apart from one that answers wrongly.
 */
import { connect } from 'node:net'

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'DNS lookup failed: no such host',
  EAI_AGAIN: 'DNS lookup failed: temporary failure',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
}

/** Undefined when reachable, else the reason in words (`connection refused (ECONNREFUSED)`). */
export function probeReachable(url: URL, timeoutMs: number): Promise<string | undefined> {
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.setTimeout(timeoutMs, () => {
      socket.destroy()
      resolve(`${REASONS.ETIMEDOUT} (after ${timeoutMs} ms)`)
    })
    socket.once('connect', () => {
      socket.destroy()
      resolve(undefined)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'error'
      resolve(REASONS[code] ? `${REASONS[code]} (${code})` : error.message)
    })
  })
}
