/**
 * Standalone (precompiled) validators for what the package's root entry checks at run time: Jivo's
 * webhook events and the CRM reply. `parseJivoWebhook()` and `crmReply()` then run without
 * loading ajv or compiling a schema, so `import 'martech-sandbox'` stays light (no ajv, no engine).
 * Called by `generate-types.ts`, which writes and freshness-checks everything in `src/generated/`.
 */
import standaloneCode from 'ajv/dist/standalone/index.js'
import type { OpenApiDocument } from '../src/openapi/openapi-document.ts'
import { createAjv } from '../src/openapi/schema-validator.ts'

/** `export const ChatAcceptedEvent = …` for each webhook event, plus CrmReply and AckReply. */
export function renderJivochatValidators(document: OpenApiDocument, header: string): string {
  const id = 'openapi:jivochat'
  const ajv = createAjv(document, id, { code: { source: true, esm: true } })
  const mapping =
    (
      document.components?.schemas?.WebhookEvent as
        | { discriminator?: { mapping?: Record<string, string> } }
        | undefined
    )?.discriminator?.mapping ?? {}
  const names = [
    ...new Set([
      ...Object.values(mapping).map((pointer) => pointer.replace('#/components/schemas/', '')),
      'CrmReply',
      'AckReply',
    ]),
  ]
  const refs = Object.fromEntries(names.map((name) => [name, `${id}#/components/schemas/${name}`]))
  // ajv's standalone output reaches its format checks with require(); the ESM file imports them.
  const code = (standaloneCode as unknown as typeof standaloneCode.default)(ajv, refs).replaceAll(
    'require("ajv-formats/dist/formats").fullFormats',
    'fullFormats',
  )
  if (code.includes('require(')) throw new Error('standalone validators still require() a module')
  return `${header}// @ts-nocheck\nimport { fullFormats } from 'ajv-formats/dist/formats.js'\n\n/** event_name → the schema name its validator is exported as. */\nexport const eventSchemaNames = ${JSON.stringify(Object.fromEntries(Object.entries(mapping).map(([event, pointer]) => [event, pointer.replace('#/components/schemas/', '')])), null, 2)}\n\n${code}\n`
}
