/**
 * A Hellotext-SDK-shaped browser client, as hellotext.js calls the public API: the Business ID as
 * bearer, JSON bodies, a session id made in the browser (`crypto.randomUUID()`) and kept in the
 * `hello_session` cookie, `page` on every tracked event. It is served from its own origin, like a
 * CDN copy of the SDK, and exposes `window.Hellotext`.
 *
 * @see shared/research/hellotext-reskyt.md A10 (public tracking API as the SDKs use it [SDK: JS])
 */
interface Answer {
  status: number
  body: unknown
}

let businessId = ''
let apiRoot = 'https://api.hellotext.com/v1'

function session(): string {
  const found = /(?:^|; )hello_session=([^;]+)/.exec(document.cookie)
  if (found) return found[1] as string
  const id = crypto.randomUUID()
  // biome-ignore lint/suspicious/noDocumentCookie: hellotext.js keeps its session in this cookie
  document.cookie = `hello_session=${id}; path=/`
  return id
}

async function send(method: string, path: string, body?: object): Promise<Answer> {
  const response = await fetch(`${apiRoot}/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${businessId}`,
      Accept: 'application/json',
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

const page = () => ({ url: location.href, title: document.title, path: location.pathname })

const Hellotext = {
  async initialize(id: string, options: { apiRoot?: string } = {}): Promise<Answer> {
    businessId = id
    if (options.apiRoot) apiRoot = options.apiRoot
    const business = await send('GET', `public/businesses/${id}`)
    await send('POST', 'public/acks', { session: session(), at: new Date().toISOString() })
    return business
  },
  track(action: string, params: object = {}): Promise<Answer> {
    return send('POST', 'track/events', { session: session(), action, ...params, page: page() })
  },
  identify(userId: string, options: { email?: string; source?: string } = {}): Promise<Answer> {
    return send('POST', 'public/identifications', {
      session: session(),
      user_id: userId,
      source: options.source ?? 'shop',
      ...options,
    })
  },
  submitForm(formId: string, fields: object): Promise<Answer> {
    return send('POST', `public/forms/${formId}/submissions`, { session: session(), ...fields })
  },
  get session() {
    return session()
  },
}

;(window as unknown as { Hellotext: typeof Hellotext }).Hellotext = Hellotext
