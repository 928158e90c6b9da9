/**
 * What every consumer suite shares: a PactV4 whose file lands in `contracts/pacts/` once the
 * suite has passed, and a text-body helper for the bodies Pact's builder cannot express.
 *
 * Pact writes into a fresh scratch directory (it merges into an existing file, so an interaction
 * removed from a suite would otherwise linger), and the finished file replaces the committed one
 * in one rename: the provider verification, running in parallel, reads either the old file or the
 * new one, never half of one. A suite with a failed test leaves the committed pact as it was.
 */
import '../no-tracking.ts'
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PactV4 } from '@pact-foundation/pact'
import type {
  V4RequestBuilder,
  V4ResponseBuilder,
} from '@pact-foundation/pact/src/v4/http/types.js'
import { afterAll, afterEach } from 'vitest'

export const PACT_DIR = fileURLToPath(new URL('../pacts/', import.meta.url))

export function consumerPact(provider: string, consumer = 'shop-integration'): PactV4 {
  const scratch = mkdtempSync(join(tmpdir(), 'martech-sandbox-pact-'))
  const name = `${consumer}-${provider}.json`
  let failed = false
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') failed = true
  })
  afterAll(() => {
    if (!failed) {
      writeFileSync(`${PACT_DIR}.${name}.tmp`, readFileSync(join(scratch, name)))
      renameSync(`${PACT_DIR}.${name}.tmp`, `${PACT_DIR}${name}`)
    }
    rmSync(scratch, { recursive: true, force: true })
  })
  return new PactV4({ consumer, provider, dir: scratch, logLevel: 'error' })
}

interface BuilderInternals {
  interaction?: {
    withRequestBody?(body: string, contentType: string): void
    withResponseBody?(body: string, contentType: string): void
  }
}

/**
 * Sets a body as text with its content type: a multipart or url-encoded form a request sends, the
 * bare `1` a response answers.
 *
 * @note pact-js 17's `body()` stores bytes and matches them by detected content type only (a
 * `contentType` matcher at `$`, which multipart matching applies to every part: "`true` detected
 * as application/json"), and `multipartBody()` takes a single file part. The interaction's
 * text-body calls, which `jsonBody()` itself uses, record the content as it is and let the mock
 * server and the Verifier compare it (multipart part by part, forms field by field).
 */
export function textBody(
  builder: V4RequestBuilder | V4ResponseBuilder,
  contentType: string,
  body: string,
): void {
  const interaction = (builder as unknown as BuilderInternals).interaction
  // Only the request builder has query().
  const set = 'query' in builder ? interaction?.withRequestBody : interaction?.withResponseBody
  if (typeof set !== 'function')
    throw new TypeError(
      '[martech-sandbox] Failed to set "text body": this pact-js builder has no interaction text-body call. Check the version pinned in package.json.',
    )
  set.call(interaction, body, contentType)
}

/** A multipart/form-data body with a fixed boundary, so the pact file is the same on every run. */
export function multipartForm(
  boundary: string,
  fields: Record<string, string>,
  file: { name: string; filename: string; contentType: string; content: string },
): string {
  let body = ''
  for (const [name, value] of Object.entries(fields))
    body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  body += `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n${file.content}\r\n`
  return `${body}--${boundary}--\r\n`
}
