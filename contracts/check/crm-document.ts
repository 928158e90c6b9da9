/**
 * The OpenAPI document a CRM pact (consumer `jivochat`, provider `crm`) is checked against,
 * derived from openapi/jivochat.yaml. That document describes Jivo's calls as `webhooks`, which
 * swagger-mock-validator does not read; a CRM serves them all at one URL, so this is the
 * reference CRM's operation (the same replies) at the pact's path, with its request body pinned
 * to `WebhookEvent` (the reference CRM leaves it open and parses it itself).
 *
 * @note The validator's ajv rejects `discriminator.mapping`, so `WebhookEvent` goes without its
 * discriminator here; its `oneOf` stays exact, since each event pins `event_name` with `const`.
 */
import { jivochatServiceDocument } from '../../mocks/jivochat/service-document.ts'

/** The path CRM pacts use for the endpoint (`verify-crm` sends to the `--url` instead). */
export const CRM_PACT_PATH = '/'

export function createCrmDocument(): Record<string, unknown> {
  const { components, paths } = jivochatServiceDocument
  const receive = paths?.['/crm']?.post as Record<string, unknown>
  const schemas = components?.schemas ?? {}
  const { discriminator: _discriminator, ...webhookEvent } = schemas.WebhookEvent as Record<
    string,
    unknown
  >
  return {
    ...jivochatServiceDocument,
    servers: [{ url: 'https://crm.example', description: "The integrator's CRM endpoint." }],
    components: { ...components, schemas: { ...schemas, WebhookEvent: webhookEvent } },
    webhooks: undefined,
    paths: {
      [CRM_PACT_PATH]: {
        post: {
          ...receive,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } },
            },
          },
        },
      },
    },
  }
}
