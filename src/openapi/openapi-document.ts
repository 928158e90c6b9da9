/**
 * The parts of an OpenAPI 3.1 document that martech-sandbox reads at run time. The generated
 * `src/generated/<service>.document.ts` modules are typed with it.
 */
export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; [key: string]: unknown }
  servers?: Array<{ url: string; description?: string }>
  paths?: Record<string, Record<string, unknown>>
  webhooks?: Record<string, Record<string, unknown>>
  components?: {
    schemas?: Record<string, unknown>
    [key: string]: unknown
  }
  [key: string]: unknown
}
