/**
 * A `fetch` for deliveries the sandbox makes itself (JivoChat webhooks, Connectif outbound
 * events): a URL on one of the sandbox's own service hosts (`https://app.reskyt.com/...`,
 * `https://jivochat.sandbox.local/crm`) is answered in process through the engine, so no port is
 * needed; any other URL goes over the network. The in-process answer still honours the request's
 * timeout signal.
 */
import { serializeResult } from './route-result.ts'
import type { SandboxCore } from './sandbox.ts'

/** Whether the sandbox answers `hostname` itself (one of its services' hosts). */
export function isSandboxHost(core: SandboxCore, hostname: string): boolean {
  return serviceOf(core, hostname) !== undefined
}

function serviceOf(core: SandboxCore, hostname: string) {
  return [...core.services.values()].find((s) => s.definition.hosts.includes(hostname))
}

export function createSandboxFetch(core: SandboxCore): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const runtime = serviceOf(core, url.hostname)
    if (!runtime) return fetch(input, init)
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    const body = typeof init?.body === 'string' ? new TextEncoder().encode(init.body) : undefined
    const answer = core.dispatch({
      service: runtime.definition.name,
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
      baseUrl: url.origin,
      adminUrl: `${url.origin}/__admin`,
    })
    const signal = init?.signal
    const aborted = new Promise<never>((_, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
    })
    signal?.throwIfAborted()
    const result = await Promise.race([answer, aborted])
    // No answer: only the caller's own timeout (its signal) ends the wait.
    if (result.noAnswer) await aborted
    if (result.networkError) throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })
    const { status, headers: responseHeaders, payload } = serializeResult(result)
    return new Response(payload as BodyInit | undefined, { status, headers: responseHeaders })
  }
}
