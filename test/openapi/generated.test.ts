/** src/generated/ is what `npm run generate` makes from openapi/*.yaml today. */
import { expect, it } from 'vitest'
import { isReadmeFresh, renderReadme, tagsInBlocks } from '../../scripts/generate-admin-readme.ts'
import { findStaleRouteMaps, renderRouteMaps } from '../../scripts/generate-route-maps.ts'
import { findStaleFiles, renderGeneratedFiles } from '../../scripts/generate-types.ts'
import { loadOpenApiDocuments } from '../support/openapi-documents.ts'

it('src/generated is fresh (run `npm run generate` after editing a spec)', {
  timeout: 60_000,
}, async () => {
  expect(await findStaleFiles(await renderGeneratedFiles())).toEqual([])
})

it('reports a generated file that differs from what the YAML produces', async () => {
  const files = await renderGeneratedFiles()
  files.set('connectif.ts', `${files.get('connectif.ts')}\n// edited`)
  expect(await findStaleFiles(files)).toContain('connectif.ts')
})

it('every route map is what the specs derive (run `npm run generate` after editing a spec)', async () => {
  expect(await findStaleRouteMaps(await renderRouteMaps())).toEqual([])
})

it('the README lists every admin operation, as openapi/admin.yaml describes it', async () => {
  const readme = await renderReadme()
  expect(await isReadmeFresh(readme)).toBe(true)
  const document = loadOpenApiDocuments().find((d) => d.service === 'admin')?.document
  const tags = (document?.tags ?? []) as Array<{ name: string }>
  expect(tagsInBlocks(readme).sort()).toEqual(tags.map((tag) => tag.name).sort())
})
