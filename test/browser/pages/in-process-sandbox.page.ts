/**
 * A page that runs the whole sandbox in the browser: `createSandbox()` under MSW's `setupWorker`,
 * with the typed clients calling the real hosts from the page. Bundled for Chromium by
 * `in-process-sandbox.browser.test.ts`; the result lands in `window.sandboxResult`.
 */
import { setupWorker } from 'msw/browser'
import { createSandbox } from '../../../mocks/create-sandbox.ts'
import { createHandlers } from '../../../mocks/msw/create-handlers.ts'
import { createConnectifClient } from '../../../src/clients/connectif.ts'
import { createHellotextClient } from '../../../src/clients/hellotext.ts'

const sandbox = createSandbox()
const worker = setupWorker(...createHandlers(sandbox))

function importForm(csv: string): FormData {
  const form = new FormData()
  form.set('type', 'contacts')
  form.set('delimiter', ',')
  form.set('overrideExisting', 'true')
  form.set('updateOnlyEmptyFields', 'false')
  form.set('file', new File([csv], 'contacts.csv', { type: 'text/csv' }))
  return form
}

async function run() {
  await worker.start({ quiet: true, onUnhandledFrame: 'error' })
  const connectif = createConnectifClient({ apiKey: sandbox.defaultAccount.keys.connectif ?? '' })
  const field = await connectif.POST('/contact-fields/', {
    body: { id: 'reskyt-token', name: 'Reskyt token', type: 'text' },
  })
  const patched = await connectif.PATCH('/contacts/email/{email}', {
    params: { path: { email: 'ana@example.com' } },
    body: { _name: 'Ana', 'reskyt-token': 'd41d8cd9' },
  })
  const read = await connectif.GET('/contacts/email/{email}', {
    params: { path: { email: 'ana@example.com' } },
  })
  const imported = await connectif.POST('/imports/', {
    body: importForm('_email,_name\nbea@example.com,Bea\n') as never,
  })
  const badImport = await connectif.POST('/imports/', {
    body: importForm('_email,_nickname\nbea@example.com,Bea\n') as never,
  })
  const hellotext = createHellotextClient({ token: sandbox.defaultAccount.keys.hellotext ?? '' })
  const profile = await hellotext.POST('/v1/profiles', {
    body: { first_name: 'Lucía', email: 'lucia@example.com' },
  })
  return {
    field: field.response.status,
    patched: patched.response.status,
    contact: read.data,
    rateLimitRemaining: read.response.headers.get('x-ratelimit-remaining'),
    imported: imported.response.status,
    badImport: { status: badImport.response.status, error: badImport.error },
    profile: { status: profile.response.status, id: profile.data?.id },
    journal: sandbox.journal.list().map((entry) => `${entry.service} ${entry.status}`),
  }
}

const result = run().catch((error: Error) => ({ error: error.stack ?? String(error) }))
result.then((value) => {
  document.body.innerHTML = `<h1>martech-sandbox in the browser</h1><pre>${JSON.stringify(value, null, 2)}</pre>`
})
;(window as unknown as { sandboxResult: Promise<unknown> }).sandboxResult = result
