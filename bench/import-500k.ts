/**
 * A 500,000-row contacts CSV imported through the public API (POST /imports/, then GET
 * /imports/{id} as the sandbox clock moves), in process: upload time, rows applied per second,
 * and peak memory.
 */
import { createSandbox } from '../mocks/create-sandbox.ts'

export interface ImportResult {
  rows: number
  fileBytes: number
  createMs: number
  applyMs: number
  rowsPerSecond: number
  status: string
  success: number
  errors: number
  contacts: number
  peakHeapMb: number
  peakRssMb: number
}

export async function measureImport(rows: number): Promise<ImportResult> {
  const sandbox = createSandbox()
  sandbox.clock.freeze()
  const { keys } = sandbox.accounts.create({ name: 'bench', rateLimits: { connectif: 1e9 } })
  const lines = ['_email,_name,_surname,_points']
  for (let i = 0; i < rows; i++)
    lines.push(`user${i}@example.com,Name${i},Surname${i % 977},${i % 100}`)
  const csv = `${lines.join('\n')}\n`
  const form = new FormData()
  form.set('type', 'contacts')
  form.set('delimiter', ',')
  form.set('overrideExisting', 'true')
  form.set('updateOnlyEmptyFields', 'false')
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'contacts.csv')
  const encoded = new Response(form)
  const body = new Uint8Array(await encoded.arrayBuffer())
  const request = (
    method: string,
    path: string,
    extra: { body?: Uint8Array; contentType?: string } = {},
  ) =>
    sandbox.dispatch({
      service: 'connectif',
      method,
      path,
      query: new URLSearchParams(),
      headers: {
        authorization: `apiKey ${keys.connectif}`,
        ...(extra.contentType ? { 'content-type': extra.contentType } : {}),
      },
      body: extra.body,
      baseUrl: 'https://api.connectif.cloud',
      adminUrl: 'https://api.connectif.cloud/__admin',
    })
  let peakHeap = process.memoryUsage().heapUsed
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  }
  let started = performance.now()
  const created = await request('POST', '/imports/', {
    body,
    contentType: encoded.headers.get('content-type') as string,
  })
  const createMs = performance.now() - started
  sample()
  if (created.status !== 201)
    throw new Error(
      `import bench: POST /imports/ answered ${created.status} ${JSON.stringify(created.body)}`,
    )
  const id = (created.body as { id: string }).id
  started = performance.now()
  let job: { status: string; success: number; errors: number }
  for (;;) {
    sandbox.clock.advance('5s')
    const polled = await request('GET', `/imports/${id}`)
    sample()
    job = polled.body as typeof job
    if (job.status === 'finished' || job.status === 'error') break
  }
  const applyMs = performance.now() - started
  return {
    rows,
    fileBytes: body.byteLength,
    createMs,
    applyMs,
    rowsPerSecond: (rows / applyMs) * 1000,
    status: job.status,
    success: job.success,
    errors: job.errors,
    contacts: sandbox.connectif.contacts.size,
    peakHeapMb: peakHeap / 1024 / 1024,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }
}
