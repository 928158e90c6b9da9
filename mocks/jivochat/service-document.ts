/**
 * The document the engine routes the reference CRM by, derived at load time from the generated
 * openapi/jivochat.yaml. That spec has only `webhooks` (Jivo is the client), and the engine builds
 * route tables from `paths`, so this adds the one path a CRM serves, `POST /crm` (served at
 * `/jivochat/crm`), and keeps every component and webhook of the original. No schema is restated.
 *
 * @note The request body schema is deliberately unconstrained: the route validates the body itself
 * with `parseJivoWebhook`, as an integrator's CRM would. That picks the one event schema by
 * `event_name` and names only its violations, where the engine validating against the
 * `WebhookEvent` oneOf would report every branch's mismatch (eight events' worth of noise), and
 * it answers Jivo-style (`{"result":"<error text>"}`) from the CRM's own code. The engine still
 * checks that the body is present and is JSON (see errors.ts).
 */

import jivochatDocument from '../../src/generated/jivochat.document.ts'
import type { components } from '../../src/generated/jivochat.ts'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'

export const RECEIVE_OPERATION_ID = 'receiveCrmWebhook'

/** The one operation of the document below, as openapi-typescript would type it. */
export interface CrmOperations {
  receiveCrmWebhook: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never }
    /** Unconstrained: the route parses it with parseJivoWebhook. */
    requestBody: { content: { 'application/json': unknown } }
    responses: {
      200: {
        content: {
          'application/json': components['schemas']['CrmReply'] | components['schemas']['AckReply']
        }
      }
      400: { content: { 'application/json': components['schemas']['AckReply'] } }
      413: { content: { 'application/json': components['schemas']['AckReply'] } }
      415: { content: { 'application/json': components['schemas']['AckReply'] } }
    }
  }
}

export const jivochatServiceDocument: OpenApiDocument = {
  ...jivochatDocument,
  info: {
    ...jivochatDocument.info,
    title: `${jivochatDocument.info.title}: martech-sandbox reference CRM`,
  },
  servers: [{ url: 'https://jivochat.sandbox.local', description: 'The sandbox (no real host).' }],
  paths: {
    '/crm': {
      post: {
        operationId: RECEIVE_OPERATION_ID,
        tags: ['CRM'],
        summary: 'The reference CRM endpoint: receives every JivoChat webhook',
        description:
          'One URL for every event, as Jivo sends them. The body is any `WebhookEvent` (#/components/schemas/WebhookEvent), validated by the route with parseJivoWebhook; the reply is a `CrmReply` for chat_accepted and chat_updated and an `AckReply` otherwise.',
        security: [],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                description:
                  'A WebhookEvent (#/components/schemas/WebhookEvent). Left unconstrained here: the route parses it with parseJivoWebhook.',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The CRM reply Jivo reads.',
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
          '400': {
            description: 'A body Jivo could not have sent; `result` says why.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AckReply' } },
            },
          },
          '413': {
            description:
              'The body is over 1 MB; `result` says so. Jivo documents no limit: a webhook is a few kilobytes.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AckReply' } },
            },
          },
          '415': {
            description: 'The body is not sent as JSON (Content-Type); `result` says what came.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AckReply' } },
            },
          },
        },
      },
    },
  },
}
