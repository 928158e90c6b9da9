/**
 * The OpenAPI document a CRM pact (consumer `jivochat`, provider `crm`) is checked against,
 * derived from openapi/jivochat.yaml. That document describes Jivo's calls as `webhooks`, which
 * swagger-mock-validator does not read; a CRM serves them all at one URL, so this is the same
 * components with that one path: any `WebhookEvent` in, a `CrmReply` or `AckReply` out.
 */
import jivochatDocument from '../../src/generated/jivochat.document.ts'

/** The path CRM pacts use for the endpoint (`verify-crm` sends to the `--url` instead). */
export const CRM_PACT_PATH = '/'

export function createCrmDocument(): Record<string, unknown> {
  return {
    ...jivochatDocument,
    servers: [{ url: 'https://crm.example', description: "The integrator's CRM endpoint." }],
    webhooks: undefined,
    paths: {
      [CRM_PACT_PATH]: {
        post: {
          operationId: 'receiveJivoWebhook',
          summary: 'Every JivoChat webhook, at the one URL the channel is configured with',
          security: [],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } },
            },
          },
          responses: {
            '200': {
              description: 'The reply Jivo reads.',
              content: {
                'application/json': {
                  schema: {
                    anyOf: [
                      { $ref: '#/components/schemas/CrmReply' },
                      { $ref: '#/components/schemas/AckReply' },
                    ],
                  },
                },
              },
            },
          },
        },
      },
    },
  }
}
