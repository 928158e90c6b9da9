/**
 * Connectif's provider states: contacts and products by their natural keys, an import the
 * account submitted, and a rate-limit window that is full.
 */
import { callService, headerOf } from './call-service.ts'
import { defineProviderState, type ProviderStateContext } from './define-provider-state.ts'
import { keyOf, seedFixtures } from './seed-fixtures.ts'

const contactOf = ({ sandbox, accountId, params }: ProviderStateContext) => {
  const email = String(params.email).toLowerCase()
  return sandbox.connectif.contacts.findFirst((q) =>
    q.where((c) => c.accountId === accountId && c._email === email),
  )
}

const productsWith = ({ sandbox, accountId, params }: ProviderStateContext) =>
  sandbox.connectif.products.findMany((q) =>
    q.where((p) => p.accountId === accountId && p.productId === String(params.productId)),
  )

/** The longest a full window can take to fill: far above any per-minute limit. */
const MAX_CALLS_TO_FILL = 10_000

export const connectifStates = [
  defineProviderState({
    name: 'contact {email} exists',
    setup(context) {
      if (contactOf(context)) return undefined
      const { email, name } = context.params
      seedFixtures(context.sandbox, context.accountId, 'connectif', {
        contacts: [
          { _email: String(email), ...(name === undefined ? {} : { _name: String(name) }) },
        ],
      })
      return undefined
    },
  }),
  defineProviderState({
    name: 'contact {email} does not exist',
    setup(context) {
      const contact = contactOf(context)
      if (contact) context.sandbox.connectif.contacts.delete(contact)
      return undefined
    },
  }),
  defineProviderState({
    name: 'product {productId} exists',
    setup(context) {
      if (productsWith(context).length > 0) return undefined
      const { productId, name, unitPrice } = context.params
      seedFixtures(context.sandbox, context.accountId, 'connectif', {
        products: [
          {
            productId: String(productId),
            name: name === undefined ? String(productId) : String(name),
            ...(unitPrice === undefined ? {} : { unitPrice: Number(unitPrice) }),
          },
        ],
      })
      return undefined
    },
  }),
  defineProviderState({
    name: 'product {productId} is not in the catalogue',
    setup(context) {
      for (const product of productsWith(context))
        context.sandbox.connectif.products.delete(product)
      return undefined
    },
  }),
  defineProviderState({
    // The import gets a sandbox-made id, handed to the pact as `importId` (use
    // `fromProviderState('/imports/${importId}', …)` in the consumer test).
    name: 'an import of contacts was submitted',
    async setup({ sandbox, accountId }) {
      const form = new FormData()
      form.set('type', 'contacts')
      form.set('delimiter', ',')
      form.set('overrideExisting', 'true')
      form.set('updateOnlyEmptyFields', 'false')
      form.set('file', new File(['_email,_name\nana@example.com,Ana\n'], 'contacts.csv'))
      const request = new Request('https://api.connectif.cloud/imports/', {
        method: 'POST',
        body: form,
      })
      const result = await callService(sandbox, 'connectif', {
        method: 'POST',
        path: '/imports/',
        headers: {
          authorization: `apiKey ${keyOf(sandbox, accountId, 'connectif')}`,
          'content-type': request.headers.get('content-type') as string,
        },
        body: new Uint8Array(await request.arrayBuffer()),
      })
      if (result.status !== 201)
        throw new TypeError(`the sandbox answered the import with ${result.status}`)
      return { importId: (result.body as { id: string }).id }
    },
  }),
  defineProviderState({
    name: 'account is at its rate limit',
    async setup({ sandbox, accountId }) {
      const authorization = `apiKey ${keyOf(sandbox, accountId, 'connectif')}`
      for (let call = 0; call < MAX_CALLS_TO_FILL; call++) {
        const result = await callService(sandbox, 'connectif', {
          method: 'GET',
          path: '/store/',
          headers: { authorization },
        })
        if (result.status === 429) return undefined
      }
      throw new TypeError(`${MAX_CALLS_TO_FILL} calls did not fill the rate-limit window`)
    },
    /**
     * @note The window is the account's, and only time empties it: teardown moves the sandbox
     * clock to the window's end (`X-RateLimit-Reset`), so the next interaction starts afresh.
     */
    async teardown({ sandbox, accountId }) {
      const result = await callService(sandbox, 'connectif', {
        method: 'GET',
        path: '/store/',
        headers: { authorization: `apiKey ${keyOf(sandbox, accountId, 'connectif')}` },
      })
      const reset = Number(headerOf(result, 'x-ratelimit-reset'))
      if (result.status === 429 && Number.isFinite(reset))
        sandbox.clock.advance(Math.max(0, reset * 1000 - sandbox.clock.now()))
    },
  }),
]
