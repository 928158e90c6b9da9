/**
 * `martech-sandbox.schema.json`, the published JSON Schema of the config file, written at the
 * package root from `buildConfigSchema()` (mocks/cli/config/config-schema.ts) and the admin
 * document's schemas. Part of `npm run generate`; a test fails when the file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfigSchema, SCHEMA_FILE_NAME } from '../mocks/cli/config/config-schema.ts'
import type { OpenApiDocument } from '../src/openapi/openapi-document.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
export const configSchemaPath = join(root, SCHEMA_FILE_NAME)

export function renderConfigSchema(adminDocument?: OpenApiDocument): string {
  return `${JSON.stringify(buildConfigSchema(adminDocument), null, 2)}\n`
}

export async function isConfigSchemaFresh(rendered: string): Promise<boolean> {
  return (await readFile(configSchemaPath, 'utf8').catch(() => '')) === rendered
}

export async function writeConfigSchema(rendered: string): Promise<void> {
  await writeFile(configSchemaPath, rendered)
}
