/**
 * The API reference at `/docs`: one OpenAPI document at a time (`/docs/<name>`), rendered by
 * Scalar's standalone bundle served by the sandbox itself. The document's servers already point at
 * this origin (the server rewrites them), and the default account's keys are filled in, so "try
 * it" calls this sandbox with working credentials. Everything that could call out is off: fonts,
 * telemetry, the AI agent, MCP, developer tools and the hosted client.
 */
import { admin, dataOf, type Summary } from './api.ts'

interface ScalarGlobal {
  createApiReference(selector: string, configuration: Record<string, unknown>): unknown
}

const DOCUMENTS = ['connectif', 'hellotext', 'reskyt', 'jivochat', 'admin'] as const
type DocumentName = (typeof DOCUMENTS)[number]

function documentOfPath(pathname: string): DocumentName {
  const name = pathname.replace(/^\/docs\/?/, '').replace(/\/$/, '')
  return (DOCUMENTS as readonly string[]).includes(name) ? (name as DocumentName) : 'connectif'
}

/** The default account's credentials, by the security scheme names each document uses. */
function authenticationOf(name: DocumentName, account: Summary['accounts'][number] | undefined) {
  const key = (service: string) => account?.keys[service]?.[0] ?? ''
  switch (name) {
    case 'connectif':
      return {
        preferredSecurityScheme: 'apiKey',
        securitySchemes: {
          apiKey: { name: 'Authorization', in: 'header', value: `apiKey ${key('connectif')}` },
        },
      }
    case 'hellotext':
      return {
        preferredSecurityScheme: 'privateToken',
        securitySchemes: {
          privateToken: { token: key('hellotext') },
          businessId: { token: account?.businessId ?? '' },
        },
      }
    case 'reskyt':
      return {
        preferredSecurityScheme: 'ReskytApiKey',
        securitySchemes: {
          ReskytApiKey: { name: 'x-api-key', in: 'header', value: key('reskyt') },
        },
      }
    default:
      return undefined
  }
}

async function start(): Promise<void> {
  const name = documentOfPath(location.pathname)
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.docs-nav a')) {
    if (link.pathname === `/docs/${name}`) link.setAttribute('aria-current', 'page')
  }
  const summary = await dataOf(admin.GET('/summary', { params: { query: { limit: 0 } } }))
  const scalar = (globalThis as unknown as { Scalar: ScalarGlobal }).Scalar
  const authentication = authenticationOf(name, summary.accounts[0])
  scalar.createApiReference('#reference', {
    url: `/docs/openapi/${name}.json`,
    // Offline: no web fonts, nothing reported home, no hosted or AI features.
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: 'never',
    hideClientButton: true,
    // The browser calls the sandbox directly (same origin), never through Scalar's proxy.
    proxyUrl: undefined,
    ...(authentication ? { authentication } : {}),
  })
}

start().catch((error: Error) => {
  document.getElementById('reference')?.replaceChildren(
    Object.assign(document.createElement('p'), {
      textContent: `The API reference could not start: ${error.message}`,
      role: 'alert',
    }),
  )
})
