/**
 * Generated from openapi/connectif.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
import type { OpenApiDocument } from '../openapi/openapi-document.ts'

/** openapi/connectif.yaml, parsed, for runtime validation. */
const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Connectif REST API",
    "version": "1.0.0",
    "summary": "Contacts, catalogue, purchases, coupons, imports/exports and custom events of a Connectif store.",
    "description": "Public REST API of [Connectif](https://connectif.ai), the e-commerce marketing automation platform: contacts,\ncontact\nfields, products, purchases, coupon sets, bulk imports and exports, custom events and custom integrations.\n\n**Authentication.** Every request carries `Authorization: apiKey {keyId}:{keySecret}`. Keys are created in the\nConnectif UI with per-area permissions; a missing or unknown key gets `401`, a key without the needed permission\n(or a\nblocked account) gets `403`.\n\n**Rate limit.** 100 requests per minute per account, shared by all its API keys. Every response carries\n`X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`; over the limit the API answers `429`\n(\"Requests rate limit reached.\"). Use the import API for bulk work.\n\n**Errors.** `HttpError` (`status`, `title`, `detail`, and for custom errors `code` plus extra fields) for 400,\n403, 404,\n413 and 415; `HttpUnprocessableEntityError` (`detail` + `validationErrors[]`) for 422. Custom codes: `E0101`,\n`E0102`,\n`E0103` (purchases), `E0201` (products), `E0301` (exports), `E0401` (imports), `E0501` (custom events).\n\n**Paths.** The reference writes collection URLs with a trailing slash (`/purchases/`, `/imports/`, ...); some\nclient\ncode calls them without it.\n\n**Conventions of this document.** Facts that come from inference rather than from Connectif's documentation or\nfrom\ncode that calls the real API carry `x-inferred: true` and a description sentence that starts with the word\nInferred\nand says why.\n"
  },
  "externalDocs": {
    "description": "Connectif API documentation",
    "url": "https://api-docs.connectif.cloud/connectif-api/guides/authentication"
  },
  "servers": [
    {
      "url": "https://api.connectif.cloud",
      "description": "Production"
    }
  ],
  "security": [
    {
      "apiKey": []
    }
  ],
  "x-cors": {
    "allowOrigin": "*",
    "description": "CORS for pages that call Connectif: preflights are answered without credentials and every answer carries Access-Control-Allow-Origin. Inferred: Connectif documents no CORS policy; the client script's notifications are sent from every shop's origin, so any origin is allowed.",
    "x-inferred": true
  },
  "tags": [
    {
      "name": "Contacts",
      "description": "Contacts keyed by email or by external id; PATCH is an upsert."
    },
    {
      "name": "Contact fields",
      "description": "Definitions of built-in and custom contact fields."
    },
    {
      "name": "Products",
      "description": "Catalogue products, keyed by the store's `productId` or by Connectif id."
    },
    {
      "name": "Purchases",
      "description": "Purchases made by contacts, keyed by the store's `purchaseId` or by Connectif id."
    },
    {
      "name": "Coupon sets",
      "description": "Read-only coupon sets and their usage counters."
    },
    {
      "name": "Imports",
      "description": "Asynchronous CSV imports of contacts, products and coupons."
    },
    {
      "name": "Exports",
      "description": "Asynchronous exports of contacts, activities and data-explorer reports."
    },
    {
      "name": "Custom events",
      "description": "Events of `receive`-category custom event types sent into Connectif."
    },
    {
      "name": "Custom integrations",
      "description": "Containers of custom event types (webhook integrations)."
    },
    {
      "name": "Custom event types",
      "description": "Definitions of inbound (`receive`) and outbound (`send`) custom events."
    },
    {
      "name": "Workflows",
      "description": "Read-only access to workflows."
    },
    {
      "name": "Store",
      "description": "Details of the store that owns the API key."
    },
    {
      "name": "Browser",
      "description": "What shop pages talk to rather than servers - the client script on the CDN (`cdn.connectif.cloud`), the web push Service Worker script, and the notification endpoint on the account's shard (`{env}-api.connectif.cloud`) the script posts HTML tags and JavaScript events to. The web client id in the path identifies the account; no API key is sent."
    }
  ],
  "paths": {
    "/contacts/{email}": {
      "get": {
        "operationId": "getContact",
        "summary": "Get a contact by email (older route)",
        "description": "Returns the contact whose email is `{email}`. This is the older route, used in the authentication guide's example (`GET https://api.connectif.cloud/contacts/john.doe@example.org`); newer code uses `GET /contacts/email/{email}`.",
        "tags": [
          "Contacts"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/guides/authentication"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactEmail"
          }
        ],
        "responses": {
          "200": {
            "description": "The contact.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Contact"
                },
                "examples": {
                  "contact": {
                    "summary": "Contact with purchase statistics and a custom field",
                    "value": {
                      "id": "64b7f3c2a1e9d80012ab34cd",
                      "_email": "maria.garcia@example.com",
                      "_externalId": "CUST-100482",
                      "_name": "María",
                      "_surname": "García",
                      "_birthdate": "1988-04-12T00:00:00.000Z",
                      "_mobilePhone": "+34612345678",
                      "_emailStatus": "active",
                      "_mobilePhoneStatus": "active",
                      "_newsletterSubscriptionStatus": "subscribed",
                      "_smsSubscriptionStatus": "none",
                      "_points": 120,
                      "_createdAt": "2024-11-03T09:15:22.000Z",
                      "_updatedAt": "2025-02-18T17:42:10.000Z",
                      "_isAnonymous": false,
                      "_hasPushSubscriptions": false,
                      "_emailSoftBounces": 0,
                      "_firstPurchaseDate": "2024-11-03T09:20:41.000Z",
                      "_lastPurchaseDate": "2025-02-18T17:40:03.000Z",
                      "_totalPurchases": 3,
                      "_totalPurchasesAmount": 187.4,
                      "_averagePurchasesAmount": 62.47,
                      "_clv": 241.3,
                      "_pAlive": 0.82,
                      "_churnRate": 18,
                      "_expectedPurchases": 1.6,
                      "_recency": "4",
                      "_frequency": "3",
                      "_monetary": "3",
                      "_rfm": "433",
                      "reskyt-token": "3f2a9c7e5b1d4e8fa0c6b2d9e7f1a3c5"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "patchContact",
        "summary": "Create or update a contact by email (older route)",
        "description": "Partial update of the contact whose email is `{email}`; if the contact does not exist it is created (upsert). Only the fields present in the body change. Custom fields are sent under their contact-field id. Older route; the newer one is `PATCH /contacts/email/{email}`.",
        "tags": [
          "Contacts"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/contacts/patch-contact"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactEmail"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContactPatch"
              },
              "examples": {
                "leadForm": {
                  "summary": "Newsletter lead from a web form",
                  "description": "The typical call made by public lead-forwarding code.",
                  "value": {
                    "_emailStatus": "active",
                    "_name": "María",
                    "_newsletterSubscriptionStatus": "subscribed"
                  }
                },
                "customField": {
                  "summary": "Store the Reskyt device token",
                  "description": "Custom fields are addressed by their contact-field id (here the `reskyt-token` text field of the Reskyt integration).",
                  "value": {
                    "reskyt-token": "3f2a9c7e5b1d4e8fa0c6b2d9e7f1a3c5"
                  }
                },
                "fullProfile": {
                  "summary": "All writable built-in fields",
                  "value": {
                    "_name": "María",
                    "_surname": "García",
                    "_birthdate": "1988-04-12T00:00:00.000Z",
                    "_mobilePhone": "+34612345678",
                    "_emailStatus": "active",
                    "_mobilePhoneStatus": "active",
                    "_newsletterSubscriptionStatus": "subscribed",
                    "_smsSubscriptionStatus": "unsubscribed",
                    "_points": 120,
                    "shoe-size": "41"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ContactUpdated"
          },
          "201": {
            "$ref": "#/components/responses/ContactCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/contacts/email/{email}": {
      "get": {
        "operationId": "getContactByEmail",
        "summary": "Get a contact by email",
        "description": "Returns the contact whose email is `{email}`.",
        "tags": [
          "Contacts"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactEmail"
          }
        ],
        "responses": {
          "200": {
            "description": "The contact.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Contact"
                },
                "examples": {
                  "contact": {
                    "summary": "Contact with purchase statistics and a custom field",
                    "value": {
                      "id": "64b7f3c2a1e9d80012ab34cd",
                      "_email": "maria.garcia@example.com",
                      "_externalId": "CUST-100482",
                      "_name": "María",
                      "_surname": "García",
                      "_birthdate": "1988-04-12T00:00:00.000Z",
                      "_mobilePhone": "+34612345678",
                      "_emailStatus": "active",
                      "_mobilePhoneStatus": "active",
                      "_newsletterSubscriptionStatus": "subscribed",
                      "_smsSubscriptionStatus": "none",
                      "_points": 120,
                      "_createdAt": "2024-11-03T09:15:22.000Z",
                      "_updatedAt": "2025-02-18T17:42:10.000Z",
                      "_isAnonymous": false,
                      "_hasPushSubscriptions": false,
                      "_emailSoftBounces": 0,
                      "_firstPurchaseDate": "2024-11-03T09:20:41.000Z",
                      "_lastPurchaseDate": "2025-02-18T17:40:03.000Z",
                      "_totalPurchases": 3,
                      "_totalPurchasesAmount": 187.4,
                      "_averagePurchasesAmount": 62.47,
                      "_clv": 241.3,
                      "_pAlive": 0.82,
                      "_churnRate": 18,
                      "_expectedPurchases": 1.6,
                      "_recency": "4",
                      "_frequency": "3",
                      "_monetary": "3",
                      "_rfm": "433",
                      "reskyt-token": "3f2a9c7e5b1d4e8fa0c6b2d9e7f1a3c5"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "patchContactByEmail",
        "summary": "Create or update a contact by email",
        "description": "Partial update of the contact whose email is `{email}`; if the contact does not exist it is created (upsert). Besides the `ContactPatch` fields, `_externalId` can be set here.",
        "tags": [
          "Contacts"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/contacts/patch-contact-by-email"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactEmail"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContactPatchByEmail"
              },
              "examples": {
                "leadForm": {
                  "summary": "Newsletter lead from a web form",
                  "description": "The typical call made by public lead-forwarding code.",
                  "value": {
                    "_emailStatus": "active",
                    "_name": "María",
                    "_newsletterSubscriptionStatus": "subscribed"
                  }
                },
                "customField": {
                  "summary": "Store the Reskyt device token",
                  "description": "Custom fields are addressed by their contact-field id (here the `reskyt-token` text field of the Reskyt integration).",
                  "value": {
                    "reskyt-token": "3f2a9c7e5b1d4e8fa0c6b2d9e7f1a3c5"
                  }
                },
                "linkExternalId": {
                  "summary": "Link the store's customer id",
                  "value": {
                    "_externalId": "CUST-100482",
                    "_name": "María",
                    "_surname": "García"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ContactUpdated"
          },
          "201": {
            "$ref": "#/components/responses/ContactCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteContactByEmail",
        "summary": "Delete a contact by email",
        "description": "Deletes the contact whose email is `{email}`.",
        "tags": [
          "Contacts"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactEmail"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/contacts/external-id/{externalId}": {
      "get": {
        "operationId": "getContactByExternalId",
        "summary": "Get a contact by external id",
        "description": "Returns the contact whose `_externalId` is `{externalId}`.",
        "tags": [
          "Contacts"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactExternalId"
          }
        ],
        "responses": {
          "200": {
            "description": "The contact.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Contact"
                },
                "examples": {
                  "contact": {
                    "summary": "Contact with purchase statistics and a custom field",
                    "value": {
                      "id": "64b7f3c2a1e9d80012ab34cd",
                      "_email": "maria.garcia@example.com",
                      "_externalId": "CUST-100482",
                      "_name": "María",
                      "_surname": "García",
                      "_birthdate": "1988-04-12T00:00:00.000Z",
                      "_mobilePhone": "+34612345678",
                      "_emailStatus": "active",
                      "_mobilePhoneStatus": "active",
                      "_newsletterSubscriptionStatus": "subscribed",
                      "_smsSubscriptionStatus": "none",
                      "_points": 120,
                      "_createdAt": "2024-11-03T09:15:22.000Z",
                      "_updatedAt": "2025-02-18T17:42:10.000Z",
                      "_isAnonymous": false,
                      "_hasPushSubscriptions": false,
                      "_emailSoftBounces": 0,
                      "_firstPurchaseDate": "2024-11-03T09:20:41.000Z",
                      "_lastPurchaseDate": "2025-02-18T17:40:03.000Z",
                      "_totalPurchases": 3,
                      "_totalPurchasesAmount": 187.4,
                      "_averagePurchasesAmount": 62.47,
                      "_clv": 241.3,
                      "_pAlive": 0.82,
                      "_churnRate": 18,
                      "_expectedPurchases": 1.6,
                      "_recency": "4",
                      "_frequency": "3",
                      "_monetary": "3",
                      "_rfm": "433",
                      "reskyt-token": "3f2a9c7e5b1d4e8fa0c6b2d9e7f1a3c5"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "patchContactByExternalId",
        "summary": "Create or update a contact by external id",
        "description": "Partial update of the contact whose `_externalId` is `{externalId}`; if the contact does not exist it is created (upsert). Besides the `ContactPatch` fields, `_email` can be set here.",
        "tags": [
          "Contacts"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/contactpatchbyexternalid"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactExternalId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContactPatchByExternalId"
              },
              "examples": {
                "setEmail": {
                  "summary": "Customer registered in the store",
                  "value": {
                    "_email": "maria.garcia@example.com",
                    "_name": "María",
                    "_newsletterSubscriptionStatus": "subscribed"
                  }
                },
                "points": {
                  "summary": "Update loyalty points",
                  "value": {
                    "_points": 150
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ContactUpdated"
          },
          "201": {
            "$ref": "#/components/responses/ContactCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteContactByExternalId",
        "summary": "Delete a contact by external id",
        "description": "Deletes the contact whose `_externalId` is `{externalId}`.",
        "tags": [
          "Contacts"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactExternalId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/contact-fields/": {
      "get": {
        "operationId": "listContactFields",
        "summary": "List contact fields",
        "description": "Lists the contact field definitions of the account, built-in (`custom: false`, ids starting with `_`) and custom. Use the field ids as keys when patching contacts and as CSV headers in contact imports.",
        "tags": [
          "Contact fields"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/contactfieldlist"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of contact fields.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContactFieldList"
                },
                "examples": {
                  "firstPage": {
                    "summary": "First page with a next link",
                    "value": {
                      "links": {
                        "next": "https://api.connectif.cloud/contact-fields/?limit=20&offset=20"
                      },
                      "results": [
                        {
                          "id": "_email",
                          "name": "Email",
                          "type": "email",
                          "custom": false,
                          "readOnly": false,
                          "required": false
                        },
                        {
                          "id": "reskyt-token",
                          "name": "reskyt-token",
                          "type": "text",
                          "custom": true,
                          "readOnly": false,
                          "required": false
                        },
                        {
                          "id": "shoe-size",
                          "name": "Talla de calzado",
                          "type": "radio",
                          "custom": true,
                          "readOnly": false,
                          "required": false,
                          "options": [
                            {
                              "id": "40",
                              "label": "40"
                            },
                            {
                              "id": "41",
                              "label": "41"
                            },
                            {
                              "id": "42",
                              "label": "42"
                            }
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "createContactField",
        "summary": "Create a custom contact field",
        "description": "Creates a custom contact field. Rules from the reference: `id` must start with a letter and may contain letters, digits, `-`, `_` and brackets, at most 150 characters, and `id` itself is reserved; `defaultValue` is required when `required` is true and is not allowed for `email` and `phone` fields.",
        "tags": [
          "Contact fields"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/contact-fields/create-contact-field"
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContactFieldCreation"
              },
              "examples": {
                "reskytToken": {
                  "summary": "Text field that stores the Reskyt device token",
                  "description": "STEP 1 of the Connectif Reskyt integration guide (name and id must both be `reskyt-token`).",
                  "value": {
                    "id": "reskyt-token",
                    "name": "reskyt-token",
                    "type": "text",
                    "required": false
                  }
                },
                "shoeSize": {
                  "summary": "Radio field with options",
                  "value": {
                    "id": "shoe-size",
                    "name": "Talla de calzado",
                    "type": "radio",
                    "required": false,
                    "options": [
                      {
                        "id": "40",
                        "label": "40"
                      },
                      {
                        "id": "41",
                        "label": "41"
                      },
                      {
                        "id": "42",
                        "label": "42"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The field was created. Inferred: the success status is not shown in the captured reference page; `201` is assumed, as on the other documented create endpoints.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContactField"
                },
                "examples": {
                  "reskytToken": {
                    "summary": "Text field for the Reskyt token",
                    "value": {
                      "id": "reskyt-token",
                      "name": "reskyt-token",
                      "type": "text",
                      "custom": true,
                      "readOnly": false,
                      "required": false
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/contact-fields/{id}": {
      "get": {
        "operationId": "getContactField",
        "summary": "Get a contact field",
        "description": "Returns one contact field definition by its id.",
        "tags": [
          "Contact fields"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactFieldId"
          }
        ],
        "responses": {
          "200": {
            "description": "The contact field.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContactField"
                },
                "examples": {
                  "reskytToken": {
                    "summary": "Custom text field",
                    "value": {
                      "id": "reskyt-token",
                      "name": "reskyt-token",
                      "type": "text",
                      "custom": true,
                      "readOnly": false,
                      "required": false
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteContactField",
        "summary": "Delete a contact field",
        "description": "Deletes a custom contact field by its id.",
        "tags": [
          "Contact fields"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactFieldId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/products/product-id/{productId}": {
      "get": {
        "operationId": "getProductByProductId",
        "summary": "Get a product by store product id",
        "description": "Returns the product whose store identifier is `{productId}`.",
        "tags": [
          "Products"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/product"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/StoreProductId"
          }
        ],
        "responses": {
          "200": {
            "description": "The product.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Product"
                },
                "examples": {
                  "product": {
                    "summary": "Catalogue product",
                    "value": {
                      "id": "5cf8c05f5b4cb901091f7d98",
                      "productId": "SKU-48213",
                      "name": "Zapatillas trail running X-Grip",
                      "description": "Zapatillas de trail con suela de alta tracción y drop de 6 mm.",
                      "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                      "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                      "thumbnailUrl": "https://www.tiendaejemplo.es/img/sku-48213-thumb.jpg",
                      "unitPrice": 59.9,
                      "unitPriceOriginal": 79.9,
                      "unitPriceWithoutVAT": 49.5,
                      "discountedAmount": 20,
                      "discountedPercentage": 25.03,
                      "availability": "instock",
                      "inStockUnits": 37,
                      "brand": "X-Grip",
                      "categories": [
                        "Calzado/Running/Trail"
                      ],
                      "tags": [
                        "rebajas",
                        "trail"
                      ],
                      "customField1": "unisex",
                      "priority": 5,
                      "isBlacklisted": false,
                      "publishedAt": "2024-09-01T08:00:00.000Z",
                      "rating": 4.6,
                      "ratingCount": 128,
                      "reviewCount": 54,
                      "relatedExternalProductIds": [
                        "SKU-48214",
                        "SKU-50102"
                      ],
                      "createdAt": "2024-09-01T08:00:05.000Z",
                      "updatedAt": "2025-02-18T07:30:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "patchProductByProductId",
        "summary": "Patch or create a product by store product id",
        "description": "Partial update of the product whose store identifier is `{productId}`; creates it if it does not exist. Every URL (`productDetailUrl`, `imageUrl`, `thumbnailUrl`) must belong to one of the account's authorized domains, otherwise the request fails with `400` and custom code `E0201`.",
        "tags": [
          "Products"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/products/patchsert-product"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/StoreProductId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProductCreation"
              },
              "examples": {
                "fullProduct": {
                  "summary": "Full catalogue entry",
                  "value": {
                    "name": "Zapatillas trail running X-Grip",
                    "description": "Zapatillas de trail con suela de alta tracción y drop de 6 mm.",
                    "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                    "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                    "thumbnailUrl": "https://www.tiendaejemplo.es/img/sku-48213-thumb.jpg",
                    "unitPrice": 59.9,
                    "unitPriceOriginal": 79.9,
                    "unitPriceWithoutVAT": 49.5,
                    "discountedAmount": 20,
                    "discountedPercentage": 25.03,
                    "availability": "instock",
                    "inStockUnits": 37,
                    "brand": "X-Grip",
                    "categories": [
                      "Calzado/Running/Trail"
                    ],
                    "tags": [
                      "rebajas",
                      "trail"
                    ],
                    "customField1": "unisex",
                    "priority": 5,
                    "isBlacklisted": false,
                    "publishedAt": "2024-09-01T08:00:00.000Z",
                    "rating": 4.6,
                    "ratingCount": 128,
                    "reviewCount": 54,
                    "relatedExternalProductIds": [
                      "SKU-48214",
                      "SKU-50102"
                    ]
                  }
                },
                "priceDrop": {
                  "summary": "Price and stock change only",
                  "value": {
                    "unitPrice": 54.9,
                    "unitPriceOriginal": 79.9,
                    "inStockUnits": 12,
                    "availability": "instock"
                  }
                },
                "outOfStock": {
                  "summary": "Mark as out of stock",
                  "value": {
                    "availability": "outofstock",
                    "inStockUnits": 0
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The product existed and was updated. Inferred: the response table of this operation is not documented; the sandbox answers `200` with the full `Product` when it already existed.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Product"
                },
                "examples": {
                  "product": {
                    "summary": "Catalogue product",
                    "value": {
                      "id": "5cf8c05f5b4cb901091f7d98",
                      "productId": "SKU-48213",
                      "name": "Zapatillas trail running X-Grip",
                      "description": "Zapatillas de trail con suela de alta tracción y drop de 6 mm.",
                      "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                      "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                      "thumbnailUrl": "https://www.tiendaejemplo.es/img/sku-48213-thumb.jpg",
                      "unitPrice": 59.9,
                      "unitPriceOriginal": 79.9,
                      "unitPriceWithoutVAT": 49.5,
                      "discountedAmount": 20,
                      "discountedPercentage": 25.03,
                      "availability": "instock",
                      "inStockUnits": 37,
                      "brand": "X-Grip",
                      "categories": [
                        "Calzado/Running/Trail"
                      ],
                      "tags": [
                        "rebajas",
                        "trail"
                      ],
                      "customField1": "unisex",
                      "priority": 5,
                      "isBlacklisted": false,
                      "publishedAt": "2024-09-01T08:00:00.000Z",
                      "rating": 4.6,
                      "ratingCount": 128,
                      "reviewCount": 54,
                      "relatedExternalProductIds": [
                        "SKU-48214",
                        "SKU-50102"
                      ],
                      "createdAt": "2024-09-01T08:00:05.000Z",
                      "updatedAt": "2025-02-18T07:30:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "201": {
            "description": "The product did not exist and was created. Inferred: the response table of this operation is not documented; the sandbox answers `201` with the full `Product` when the PATCH created it.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Product"
                },
                "examples": {
                  "created": {
                    "summary": "Product created by the upsert",
                    "value": {
                      "id": "65d1e9a2c3b2a10019f0e701",
                      "productId": "SKU-50102",
                      "name": "Calcetines técnicos trail (pack 3)",
                      "productDetailUrl": "https://www.tiendaejemplo.es/p/calcetines-tecnicos-trail",
                      "unitPrice": 14.95,
                      "availability": "instock",
                      "categories": [
                        "Calzado/Running/Accesorios"
                      ],
                      "createdAt": "2025-02-18T18:10:00.000Z",
                      "updatedAt": "2025-02-18T18:10:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Bad request: invalid JSON, or a product URL outside the authorized domains (`E0201`).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/E0201Error"
                    },
                    {
                      "$ref": "#/components/schemas/HttpError"
                    }
                  ]
                },
                "examples": {
                  "E0201": {
                    "summary": "URL from a non-authorized domain",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Product URL from non authorized domain.",
                      "code": "E0201",
                      "allowedDomains": [
                        "http://www.mysite.com"
                      ]
                    }
                  },
                  "invalidJson": {
                    "summary": "Body is not JSON",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Invalid JSON in request body."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteProductByProductId",
        "summary": "Delete a product by store product id",
        "description": "Deletes the product whose store identifier is `{productId}`.",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/StoreProductId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/products/{id}": {
      "get": {
        "operationId": "getProduct",
        "summary": "Get a product by Connectif id",
        "description": "Returns the product whose Connectif identifier is `{id}`.",
        "tags": [
          "Products"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/product"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductId"
          }
        ],
        "responses": {
          "200": {
            "description": "The product.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Product"
                },
                "examples": {
                  "product": {
                    "summary": "Catalogue product",
                    "value": {
                      "id": "5cf8c05f5b4cb901091f7d98",
                      "productId": "SKU-48213",
                      "name": "Zapatillas trail running X-Grip",
                      "description": "Zapatillas de trail con suela de alta tracción y drop de 6 mm.",
                      "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                      "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                      "thumbnailUrl": "https://www.tiendaejemplo.es/img/sku-48213-thumb.jpg",
                      "unitPrice": 59.9,
                      "unitPriceOriginal": 79.9,
                      "unitPriceWithoutVAT": 49.5,
                      "discountedAmount": 20,
                      "discountedPercentage": 25.03,
                      "availability": "instock",
                      "inStockUnits": 37,
                      "brand": "X-Grip",
                      "categories": [
                        "Calzado/Running/Trail"
                      ],
                      "tags": [
                        "rebajas",
                        "trail"
                      ],
                      "customField1": "unisex",
                      "priority": 5,
                      "isBlacklisted": false,
                      "publishedAt": "2024-09-01T08:00:00.000Z",
                      "rating": 4.6,
                      "ratingCount": 128,
                      "reviewCount": 54,
                      "relatedExternalProductIds": [
                        "SKU-48214",
                        "SKU-50102"
                      ],
                      "createdAt": "2024-09-01T08:00:05.000Z",
                      "updatedAt": "2025-02-18T07:30:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteProduct",
        "summary": "Delete a product by Connectif id",
        "description": "Deletes the product whose Connectif identifier is `{id}`.",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/purchases/": {
      "post": {
        "operationId": "createPurchase",
        "summary": "Create a purchase",
        "description": "Registers a purchase made by an existing contact, identified by `contactEmail` or `contactExternalId`.\nReferential checks fail with `400` and a custom code: `E0101` the contact does not exist, `E0102` some products\nare not in the catalogue, `E0103` some product URLs are outside the account's authorized domains. The contact's\npurchase statistics (`_totalPurchases`, `_totalPurchasesAmount`, `_averagePurchasesAmount`,\n`_firstPurchaseDate`, `_lastPurchaseDate`) are recalculated. Purchases sent through the API have no web context.\n\nA second purchase with a `purchaseId` that already exists is answered as the `duplicatePurchaseId` example of\nthe `400` response shows (a sandbox choice, marked `x-inferred` there).",
        "tags": [
          "Purchases"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/purchases/post-purchase"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/TriggerPurchaseEvent"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PurchaseCreation"
              },
              "examples": {
                "byEmail": {
                  "summary": "Order of an identified contact",
                  "value": {
                    "purchaseId": "ORD-2025-000731",
                    "purchaseDate": "2025-02-18T17:40:03.000Z",
                    "contactEmail": "maria.garcia@example.com",
                    "cartId": "cart-9f8e7d",
                    "paymentMethod": "credit-card",
                    "totalPrice": 134.75,
                    "totalQuantity": 3,
                    "products": [
                      {
                        "productId": "SKU-48213",
                        "name": "Zapatillas trail running X-Grip",
                        "quantity": 2,
                        "price": 119.8,
                        "unitPrice": 59.9,
                        "unitPriceOriginal": 79.9,
                        "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                        "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                        "brand": "X-Grip",
                        "categories": [
                          "Calzado/Running/Trail"
                        ]
                      },
                      {
                        "productId": "SKU-50102",
                        "name": "Calcetines técnicos trail (pack 3)",
                        "quantity": 1,
                        "price": 14.95,
                        "unitPrice": 14.95,
                        "productDetailUrl": "https://www.tiendaejemplo.es/p/calcetines-tecnicos-trail",
                        "categories": [
                          "Calzado/Running/Accesorios"
                        ]
                      }
                    ]
                  }
                },
                "byExternalId": {
                  "summary": "Order keyed by the store customer id",
                  "value": {
                    "purchaseId": "ORD-2025-000732",
                    "contactExternalId": "CUST-100482",
                    "totalPrice": 59.9,
                    "totalQuantity": 1,
                    "products": [
                      {
                        "productId": "SKU-48213",
                        "name": "Zapatillas trail running X-Grip",
                        "quantity": 1,
                        "price": 59.9,
                        "unitPrice": 59.9,
                        "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The purchase was created; the body exposes its Connectif `id`. Inferred: the success row of the reference's response table was not captured; `201` with the `Purchase` resource is assumed, since the get-by-id page says the Connectif id is exposed by the create endpoint.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Purchase"
                },
                "examples": {
                  "purchase": {
                    "summary": "Purchase of two product lines",
                    "value": {
                      "id": "65d1e0a4c3b2a10019f0e7a2",
                      "purchaseId": "ORD-2025-000731",
                      "purchaseDate": "2025-02-18T17:40:03.000Z",
                      "contactEmail": "maria.garcia@example.com",
                      "cartId": "cart-9f8e7d",
                      "paymentMethod": "credit-card",
                      "totalPrice": 134.75,
                      "totalQuantity": 3,
                      "products": [
                        {
                          "productId": "SKU-48213",
                          "name": "Zapatillas trail running X-Grip",
                          "quantity": 2,
                          "price": 119.8,
                          "unitPrice": 59.9,
                          "unitPriceOriginal": 79.9,
                          "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                          "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                          "brand": "X-Grip",
                          "categories": [
                            "Calzado/Running/Trail"
                          ],
                          "id": "5cf8c05f5b4cb901091f7d98"
                        },
                        {
                          "productId": "SKU-50102",
                          "name": "Calcetines técnicos trail (pack 3)",
                          "quantity": 1,
                          "price": 14.95,
                          "unitPrice": 14.95,
                          "productDetailUrl": "https://www.tiendaejemplo.es/p/calcetines-tecnicos-trail",
                          "categories": [
                            "Calzado/Running/Accesorios"
                          ],
                          "id": "65d1e9a2c3b2a10019f0e701"
                        }
                      ],
                      "contactId": "64b7f3c2a1e9d80012ab34cd",
                      "createdAt": "2025-02-18T17:40:05.000Z",
                      "updatedAt": "2025-02-18T17:40:05.000Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Bad request: invalid JSON, or a referential check failed (`E0101`, `E0102`, `E0103`).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/E0101Error"
                    },
                    {
                      "$ref": "#/components/schemas/E0102Error"
                    },
                    {
                      "$ref": "#/components/schemas/E0103Error"
                    },
                    {
                      "$ref": "#/components/schemas/HttpError"
                    }
                  ]
                },
                "examples": {
                  "E0101": {
                    "summary": "Contact does not exist",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Contact maria.garcia@example.com does not exist.",
                      "code": "E0101"
                    }
                  },
                  "E0101ByExternalId": {
                    "summary": "Contact (by external id) does not exist",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Contact CUST-100482 does not exist.",
                      "code": "E0101"
                    }
                  },
                  "E0102": {
                    "summary": "Products not in the catalogue",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Products SKU-99001, SKU-99002 are not in the catalog.",
                      "code": "E0102",
                      "productIds": [
                        "SKU-99001",
                        "SKU-99002"
                      ]
                    }
                  },
                  "E0103": {
                    "summary": "Product URLs from non-authorized domains",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Product 5cf8c05f5b4cb901091f7d98, 5cf8c05f5b4cb901091f7d99 had URL from non authorized domain.",
                      "code": "E0103",
                      "productIds": [
                        "5cf8c05f5b4cb901091f7d98",
                        "5cf8c05f5b4cb901091f7d99"
                      ],
                      "allowedDomains": [
                        "http://www.mysite.com"
                      ]
                    }
                  },
                  "duplicatePurchaseId": {
                    "summary": "purchaseId already registered",
                    "description": "Inferred: the behaviour for a `purchaseId` that already exists is not documented and no `409` appears anywhere in the reference; the sandbox rejects the second purchase with `400` and an `HttpError` without `code`, detail `Purchase {purchaseId} already exists.`",
                    "x-inferred": true,
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Purchase ORD-2025-000731 already exists."
                    }
                  },
                  "invalidJson": {
                    "summary": "Body is not JSON",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Invalid JSON in request body."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/purchases/{id}": {
      "get": {
        "operationId": "getPurchase",
        "summary": "Get a purchase by Connectif id",
        "description": "Returns the purchase whose Connectif identifier is `{id}` (the id exposed by the create endpoint).",
        "tags": [
          "Purchases"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/purchases/get-purchase"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/PurchaseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The purchase.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Purchase"
                },
                "examples": {
                  "purchase": {
                    "summary": "Purchase of two product lines",
                    "value": {
                      "id": "65d1e0a4c3b2a10019f0e7a2",
                      "purchaseId": "ORD-2025-000731",
                      "purchaseDate": "2025-02-18T17:40:03.000Z",
                      "contactEmail": "maria.garcia@example.com",
                      "cartId": "cart-9f8e7d",
                      "paymentMethod": "credit-card",
                      "totalPrice": 134.75,
                      "totalQuantity": 3,
                      "products": [
                        {
                          "productId": "SKU-48213",
                          "name": "Zapatillas trail running X-Grip",
                          "quantity": 2,
                          "price": 119.8,
                          "unitPrice": 59.9,
                          "unitPriceOriginal": 79.9,
                          "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                          "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                          "brand": "X-Grip",
                          "categories": [
                            "Calzado/Running/Trail"
                          ],
                          "id": "5cf8c05f5b4cb901091f7d98"
                        },
                        {
                          "productId": "SKU-50102",
                          "name": "Calcetines técnicos trail (pack 3)",
                          "quantity": 1,
                          "price": 14.95,
                          "unitPrice": 14.95,
                          "productDetailUrl": "https://www.tiendaejemplo.es/p/calcetines-tecnicos-trail",
                          "categories": [
                            "Calzado/Running/Accesorios"
                          ],
                          "id": "65d1e9a2c3b2a10019f0e701"
                        }
                      ],
                      "contactId": "64b7f3c2a1e9d80012ab34cd",
                      "createdAt": "2025-02-18T17:40:05.000Z",
                      "updatedAt": "2025-02-18T17:40:05.000Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The id in the path is not a valid identifier.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "examples": {
                  "invalidId": {
                    "summary": "Malformed id",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Invalid purchase id."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deletePurchase",
        "summary": "Delete a purchase by Connectif id",
        "description": "Deletes the purchase whose Connectif identifier is `{id}` and recalculates the contact's purchase statistics, CLV/RFM and best-sellers. It does not delete the contact, undo workflows or change the cart.",
        "tags": [
          "Purchases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PurchaseId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/purchases/purchase-id/{purchaseId}": {
      "get": {
        "operationId": "getPurchaseByPurchaseId",
        "summary": "Get a purchase by store purchase id",
        "description": "Returns the purchase whose store identifier is `{purchaseId}`.",
        "tags": [
          "Purchases"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/purchases/get-purchase-by-purchase-id"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/StorePurchaseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The purchase.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Purchase"
                },
                "examples": {
                  "purchase": {
                    "summary": "Purchase of two product lines",
                    "value": {
                      "id": "65d1e0a4c3b2a10019f0e7a2",
                      "purchaseId": "ORD-2025-000731",
                      "purchaseDate": "2025-02-18T17:40:03.000Z",
                      "contactEmail": "maria.garcia@example.com",
                      "cartId": "cart-9f8e7d",
                      "paymentMethod": "credit-card",
                      "totalPrice": 134.75,
                      "totalQuantity": 3,
                      "products": [
                        {
                          "productId": "SKU-48213",
                          "name": "Zapatillas trail running X-Grip",
                          "quantity": 2,
                          "price": 119.8,
                          "unitPrice": 59.9,
                          "unitPriceOriginal": 79.9,
                          "productDetailUrl": "https://www.tiendaejemplo.es/p/zapatillas-trail-x-grip",
                          "imageUrl": "https://www.tiendaejemplo.es/img/sku-48213.jpg",
                          "brand": "X-Grip",
                          "categories": [
                            "Calzado/Running/Trail"
                          ],
                          "id": "5cf8c05f5b4cb901091f7d98"
                        },
                        {
                          "productId": "SKU-50102",
                          "name": "Calcetines técnicos trail (pack 3)",
                          "quantity": 1,
                          "price": 14.95,
                          "unitPrice": 14.95,
                          "productDetailUrl": "https://www.tiendaejemplo.es/p/calcetines-tecnicos-trail",
                          "categories": [
                            "Calzado/Running/Accesorios"
                          ],
                          "id": "65d1e9a2c3b2a10019f0e701"
                        }
                      ],
                      "contactId": "64b7f3c2a1e9d80012ab34cd",
                      "createdAt": "2025-02-18T17:40:05.000Z",
                      "updatedAt": "2025-02-18T17:40:05.000Z"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deletePurchaseByPurchaseId",
        "summary": "Delete a purchase by store purchase id",
        "description": "Deletes the purchase whose store identifier is `{purchaseId}` (one request per purchase; there is no bulk delete). Deletion recalculates the contact's purchase statistics, CLV/RFM and best-sellers; it does not delete the contact, undo workflows or change the cart. The reference lists no `404` for this operation.",
        "tags": [
          "Purchases"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/purchases/delete-purchase-by-external-id"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/StorePurchaseId"
          }
        ],
        "responses": {
          "204": {
            "description": "The purchase was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/coupon-sets/": {
      "get": {
        "operationId": "listCouponSets",
        "summary": "List coupon sets",
        "description": "Lists the account's coupon sets. Coupon sets are read-only through the API: codes are added with an import of `type=coupons`, and coupons are assigned to contacts inside workflows.",
        "tags": [
          "Coupon sets"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/couponsetlist"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of coupon sets.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CouponSetList"
                },
                "examples": {
                  "page": {
                    "summary": "Single page",
                    "value": {
                      "links": {},
                      "results": [
                        {
                          "id": "63a0c1d2e3f4a50012345678",
                          "name": "Bienvenida 10% (códigos únicos)",
                          "type": "multiple",
                          "quantity": 500,
                          "available": 432,
                          "assigned": 68,
                          "createdAt": "2024-10-01T10:00:00.000Z",
                          "updatedAt": "2025-02-18T16:55:12.000Z",
                          "usedInWorkflows": [
                            {
                              "workflowId": "63a0c1d2e3f4a5001234abcd"
                            }
                          ]
                        },
                        {
                          "id": "63a0c1d2e3f4a50012345679",
                          "name": "Verano 15%",
                          "type": "single",
                          "code": "VERANO15",
                          "quantity": null,
                          "available": null,
                          "assigned": 214,
                          "createdAt": "2024-06-01T10:00:00.000Z",
                          "updatedAt": "2024-08-31T21:59:00.000Z",
                          "usedInWorkflows": []
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/coupon-sets/{id}": {
      "get": {
        "operationId": "getCouponSet",
        "summary": "Get a coupon set",
        "description": "Returns one coupon set with its usage counters (`available` and `assigned` are updated in batches, with up to about 10 seconds of lag).",
        "tags": [
          "Coupon sets"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/couponset"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/CouponSetId"
          }
        ],
        "responses": {
          "200": {
            "description": "The coupon set.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CouponSet"
                },
                "examples": {
                  "multiple": {
                    "summary": "Set of unique codes",
                    "value": {
                      "id": "63a0c1d2e3f4a50012345678",
                      "name": "Bienvenida 10% (códigos únicos)",
                      "type": "multiple",
                      "quantity": 500,
                      "available": 432,
                      "assigned": 68,
                      "createdAt": "2024-10-01T10:00:00.000Z",
                      "updatedAt": "2025-02-18T16:55:12.000Z",
                      "usedInWorkflows": [
                        {
                          "workflowId": "63a0c1d2e3f4a5001234abcd"
                        }
                      ]
                    }
                  },
                  "single": {
                    "summary": "Single shared code",
                    "value": {
                      "id": "63a0c1d2e3f4a50012345679",
                      "name": "Verano 15%",
                      "type": "single",
                      "code": "VERANO15",
                      "quantity": null,
                      "available": null,
                      "assigned": 214,
                      "createdAt": "2024-06-01T10:00:00.000Z",
                      "updatedAt": "2024-08-31T21:59:00.000Z",
                      "usedInWorkflows": []
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/imports/": {
      "post": {
        "operationId": "createImport",
        "summary": "Create an import",
        "description": "Uploads a CSV file and queues an asynchronous bulk import of contacts, products or coupons. Poll `GET /imports/{id}` until `status` is `finished` (row problems are counted in `errors` and listed in the file at `errorReportFileUrl`) or `error`. At most 10 imports can be queued per account (`E0401`) and the file may not exceed 50 Mb. Purchases cannot be imported.",
        "tags": [
          "Imports"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/imports/create-import"
        },
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/ImportCreation"
              },
              "encoding": {
                "file": {
                  "contentType": "text/csv"
                }
              },
              "examples": {
                "contacts": {
                  "summary": "Contacts CSV (from the connectif-importer test)",
                  "value": {
                    "type": "contacts",
                    "delimiter": ",",
                    "overrideExisting": true,
                    "updateOnlyEmptyFields": false,
                    "file": "_email,_name,_surname\njohn.doe@example.org,John,Doe\n"
                  }
                },
                "contactsWithCustomField": {
                  "summary": "Contacts CSV with a custom field, semicolon-delimited",
                  "value": {
                    "type": "contacts",
                    "delimiter": ";",
                    "overrideExisting": true,
                    "updateOnlyEmptyFields": true,
                    "file": "_email;_name;reskyt-token\nmaria.garcia@example.com;María;3f2a9c7e5b1d4e8fa0c6b2d9e7f1a3c5\n"
                  }
                },
                "coupons": {
                  "summary": "Coupon codes for a coupon set",
                  "value": {
                    "type": "coupons",
                    "couponSetId": "63a0c1d2e3f4a50012345678",
                    "delimiter": ",",
                    "overrideExisting": false,
                    "updateOnlyEmptyFields": false,
                    "file": "code\nBIENV-7Q2K9\nBIENV-X4M8P\nBIENV-3ZT6R\n"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The import was queued.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Import"
                },
                "examples": {
                  "contacts": {
                    "summary": "Contacts import queued",
                    "value": {
                      "id": "6072374b4d3ceb76e44d4323",
                      "type": "contacts",
                      "status": "queued",
                      "origin": "api",
                      "options": {
                        "delimiter": ",",
                        "overrideExisting": true,
                        "updateOnlyEmptyFields": false
                      },
                      "total": 1000,
                      "success": 0,
                      "errors": 0,
                      "createdAt": "2025-02-18T18:20:00.000Z"
                    }
                  },
                  "coupons": {
                    "summary": "Coupon codes import queued",
                    "value": {
                      "id": "65d1f0c8c3b2a10019f0e811",
                      "type": "coupons",
                      "status": "queued",
                      "origin": "api",
                      "options": {
                        "couponSetId": "63a0c1d2e3f4a50012345678",
                        "delimiter": ";",
                        "overrideExisting": false,
                        "updateOnlyEmptyFields": false
                      },
                      "total": 500,
                      "success": 0,
                      "errors": 0,
                      "createdAt": "2025-02-18T18:25:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Bad request, or the limit of 10 queued imports was reached (`E0401`).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/E0401Error"
                    },
                    {
                      "$ref": "#/components/schemas/HttpError"
                    }
                  ]
                },
                "examples": {
                  "E0401": {
                    "summary": "Too many queued imports",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Limit of 10 queued imports reached. Wait until some of them are finished.",
                      "code": "E0401"
                    }
                  },
                  "malformedBody": {
                    "summary": "Body cannot be parsed",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Malformed multipart body."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "description": "Resource contains validation errors.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpUnprocessableEntityError"
                },
                "examples": {
                  "badDelimiter": {
                    "summary": "Unsupported delimiter",
                    "value": {
                      "status": 422,
                      "title": "Unprocessable entity",
                      "detail": "One or more validation error occurred.",
                      "validationErrors": [
                        {
                          "name": "delimiter",
                          "path": "/delimiter",
                          "reason": "must be equal to one of the allowed values: ',', ';'"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "get": {
        "operationId": "listImports",
        "summary": "List imports",
        "description": "Lists the account's imports, newest first.",
        "tags": [
          "Imports"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/importlist"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of imports.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImportList"
                },
                "examples": {
                  "page": {
                    "summary": "Two imports",
                    "value": {
                      "links": {
                        "next": "https://api.connectif.cloud/imports/?limit=20&offset=20"
                      },
                      "results": [
                        {
                          "id": "65d1f0c8c3b2a10019f0e811",
                          "type": "coupons",
                          "status": "inProgress",
                          "origin": "api",
                          "options": {
                            "couponSetId": "63a0c1d2e3f4a50012345678",
                            "delimiter": ";",
                            "overrideExisting": false,
                            "updateOnlyEmptyFields": false
                          },
                          "total": 500,
                          "success": 250,
                          "errors": 0,
                          "createdAt": "2025-02-18T18:25:00.000Z",
                          "startedAt": "2025-02-18T18:25:01.000Z"
                        },
                        {
                          "id": "6072374b4d3ceb76e44d4323",
                          "type": "contacts",
                          "status": "finished",
                          "origin": "api",
                          "options": {
                            "delimiter": ",",
                            "overrideExisting": true,
                            "updateOnlyEmptyFields": false
                          },
                          "total": 1000,
                          "success": 900,
                          "errors": 100,
                          "errorReportFileUrl": "https://site.com/error-report.csv",
                          "createdAt": "2025-02-18T18:20:00.000Z",
                          "startedAt": "2025-02-18T18:20:02.000Z",
                          "finishedAt": "2025-02-18T18:21:15.000Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/imports/{id}": {
      "get": {
        "operationId": "getImport",
        "summary": "Get an import",
        "description": "Returns one import; poll it to follow progress.",
        "tags": [
          "Imports"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/import"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ImportId"
          }
        ],
        "responses": {
          "200": {
            "description": "The import.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Import"
                },
                "examples": {
                  "inProgress": {
                    "summary": "Coupons import in progress",
                    "value": {
                      "id": "65d1f0c8c3b2a10019f0e811",
                      "type": "coupons",
                      "status": "inProgress",
                      "origin": "api",
                      "options": {
                        "couponSetId": "63a0c1d2e3f4a50012345678",
                        "delimiter": ";",
                        "overrideExisting": false,
                        "updateOnlyEmptyFields": false
                      },
                      "total": 500,
                      "success": 250,
                      "errors": 0,
                      "createdAt": "2025-02-18T18:25:00.000Z",
                      "startedAt": "2025-02-18T18:25:01.000Z"
                    }
                  },
                  "finishedWithErrors": {
                    "summary": "Finished with row errors",
                    "value": {
                      "id": "6072374b4d3ceb76e44d4323",
                      "type": "contacts",
                      "status": "finished",
                      "origin": "api",
                      "options": {
                        "delimiter": ",",
                        "overrideExisting": true,
                        "updateOnlyEmptyFields": false
                      },
                      "total": 1000,
                      "success": 900,
                      "errors": 100,
                      "errorReportFileUrl": "https://site.com/error-report.csv",
                      "createdAt": "2025-02-18T18:20:00.000Z",
                      "startedAt": "2025-02-18T18:20:02.000Z",
                      "finishedAt": "2025-02-18T18:21:15.000Z"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteImport",
        "summary": "Delete an import",
        "description": "Deletes an import (requires the Imports \"Delete\" permission of the API key). Inferred: a queued or running import is cancelled (`status: cancelled`, rows already applied stay); a finished one is removed.",
        "x-inferred": true,
        "tags": [
          "Imports"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ImportId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/exports/": {
      "post": {
        "operationId": "createExport",
        "summary": "Create an export",
        "description": "Queues an asynchronous export of contacts or activities. `fromDate` and `toDate` are required for `activities` and the range may not exceed 31 days; `segmentId` applies to both types. At most 5 exports can be queued per account (`E0301`). Poll `GET /exports/{id}` until `status` is `finished` and download the ZIP at `fileUrl`.",
        "tags": [
          "Exports"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/exports/create-export"
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExportCreation"
              },
              "examples": {
                "contactsOfSegment": {
                  "summary": "Contacts of a segment",
                  "value": {
                    "exportType": "contacts",
                    "delimiter": ",",
                    "dateFormat": "ISO",
                    "filters": {
                      "segmentId": "63a0c1d2e3f4a50012340001"
                    },
                    "version": "v1"
                  }
                },
                "activities": {
                  "summary": "Purchase and email-open activities of February",
                  "value": {
                    "exportType": "activities",
                    "delimiter": ";",
                    "dateFormat": "ISO",
                    "filters": {
                      "fromDate": "2025-02-01T00:00:00.000Z",
                      "toDate": "2025-02-18T23:59:59.999Z",
                      "activityTypes": [
                        "purchase",
                        "email-open"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The export was queued.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Export"
                },
                "examples": {
                  "contacts": {
                    "summary": "Contacts export queued",
                    "value": {
                      "id": "65d1f2b7c3b2a10019f0e8b1",
                      "exportType": "contacts",
                      "status": "queued",
                      "progress": 0,
                      "total": 0,
                      "filters": {
                        "segmentId": "63a0c1d2e3f4a50012340001"
                      },
                      "origin": "api",
                      "createdAt": "2025-02-18T18:30:00.000Z",
                      "dateFormat": "ISO",
                      "delimiter": ",",
                      "version": "v1"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Bad request, or the limit of 5 queued exports was reached (`E0301`).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/E0301Error"
                    },
                    {
                      "$ref": "#/components/schemas/HttpError"
                    }
                  ]
                },
                "examples": {
                  "E0301": {
                    "summary": "Too many queued exports",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Limit of 5 queued exports reached. Wait until some of them are completed or deleted.",
                      "code": "E0301"
                    }
                  },
                  "rangeTooLong": {
                    "summary": "Activities range over 31 days",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "The date range may not exceed 31 days."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "description": "The request has the wrong `Content-Type`. Inferred: the captured reference page shows only 201, 400 and 401; this response is assumed to exist as on `POST /exports/type/data-explorer`.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "examples": {
                  "notJson": {
                    "summary": "Missing JSON content type",
                    "value": {
                      "status": 415,
                      "title": "Unsupported Media Type",
                      "detail": "Request without application/json Content-Type header"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "Resource contains validation errors: a malformed `segmentId` is evidenced by a public client's test of the real API. Inferred: the other reasons (a missing or reversed range, one over 31 days) are the sandbox's.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpUnprocessableEntityError"
                },
                "examples": {
                  "missingFromDate": {
                    "summary": "Activities export without fromDate",
                    "value": {
                      "status": 422,
                      "title": "Unprocessable entity",
                      "detail": "One or more validation error occurred.",
                      "validationErrors": [
                        {
                          "name": "fromDate",
                          "path": "/filters/fromDate",
                          "reason": "is required when exportType is activities"
                        }
                      ]
                    }
                  },
                  "malformedSegmentId": {
                    "summary": "A segmentId that is not an ObjectId",
                    "value": {
                      "status": 422,
                      "title": "Unprocessable entity",
                      "detail": "One or more validation error occurred.",
                      "validationErrors": [
                        {
                          "name": "segmentId",
                          "path": "/filters/segmentId",
                          "reason": "Value is not valid"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "get": {
        "operationId": "listExports",
        "summary": "List exports",
        "description": "Lists the account's exports, newest first.",
        "tags": [
          "Exports"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/exportlist"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of exports.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportList"
                },
                "examples": {
                  "page": {
                    "summary": "Second page",
                    "value": {
                      "links": {
                        "prev": "https://api.connectif.cloud/exports/?limit=20&offset=0"
                      },
                      "results": [
                        {
                          "id": "65d1f2b7c3b2a10019f0e8b1",
                          "exportType": "contacts",
                          "status": "queued",
                          "progress": 0,
                          "total": 0,
                          "filters": {
                            "segmentId": "63a0c1d2e3f4a50012340001"
                          },
                          "origin": "api",
                          "createdAt": "2025-02-18T18:30:00.000Z",
                          "dateFormat": "ISO",
                          "delimiter": ",",
                          "version": "v1"
                        },
                        {
                          "id": "65d1f3aac3b2a10019f0e8c2",
                          "exportType": "activities",
                          "status": "finished",
                          "progress": 15230,
                          "total": 15230,
                          "fileUrl": "https://exports.connectif.cloud/65d1f3aac3b2a10019f0e8c2/export-activities.zip?expires=1708287000&signature=3b1f0c",
                          "fileName": "export-activities-2025-02-18",
                          "fileExtension": "zip",
                          "filters": {
                            "fromDate": "2025-02-01T00:00:00.000Z",
                            "toDate": "2025-02-18T23:59:59.999Z",
                            "activityTypes": [
                              "purchase",
                              "email-open"
                            ]
                          },
                          "origin": "api",
                          "createdAt": "2025-02-18T18:35:00.000Z",
                          "finishedAt": "2025-02-18T18:36:12.000Z",
                          "dateFormat": "ISO",
                          "delimiter": ";",
                          "version": "v1"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/exports/type/data-explorer": {
      "post": {
        "operationId": "createDataExplorerExport",
        "summary": "Create a data-explorer export",
        "description": "Queues an export of a data-explorer report. `fromDate` and `toDate` are `YYYY-MM-DD` dates in the account's timezone and the range may not exceed 31 days. The request must have `Content-Type: application/json`, otherwise `415`.",
        "tags": [
          "Exports"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/exports/create-data-explorer-export"
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DataExplorerExportCreation"
              },
              "examples": {
                "report": {
                  "summary": "February report",
                  "value": {
                    "delimiter": ",",
                    "filters": {
                      "reportId": "64f0a9b8c7d6e50012aa0042",
                      "fromDate": "2025-02-01",
                      "toDate": "2025-02-18"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The export was queued.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Export"
                },
                "examples": {
                  "queued": {
                    "summary": "Report export queued",
                    "value": {
                      "id": "65d1f4d1c3b2a10019f0e8d3",
                      "exportType": "data-explorer",
                      "status": "queued",
                      "progress": 0,
                      "total": 0,
                      "filters": {
                        "reportId": "64f0a9b8c7d6e50012aa0042",
                        "fromDate": "2025-02-01",
                        "toDate": "2025-02-18"
                      },
                      "origin": "api",
                      "createdAt": "2025-02-18T18:40:00.000Z",
                      "delimiter": ","
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/exports/{id}": {
      "get": {
        "operationId": "getExport",
        "summary": "Get an export",
        "description": "Returns one export. When it is `finished`, `fileUrl` holds a download link to a ZIP of CSV files; a new URL is generated on every GET and is valid for 100 minutes.",
        "tags": [
          "Exports"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/export"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ExportId"
          }
        ],
        "responses": {
          "200": {
            "description": "The export.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Export"
                },
                "examples": {
                  "queued": {
                    "summary": "Still queued",
                    "value": {
                      "id": "65d1f2b7c3b2a10019f0e8b1",
                      "exportType": "contacts",
                      "status": "queued",
                      "progress": 0,
                      "total": 0,
                      "filters": {
                        "segmentId": "63a0c1d2e3f4a50012340001"
                      },
                      "origin": "api",
                      "createdAt": "2025-02-18T18:30:00.000Z",
                      "dateFormat": "ISO",
                      "delimiter": ",",
                      "version": "v1"
                    }
                  },
                  "finished": {
                    "summary": "Finished, with download URL",
                    "value": {
                      "id": "65d1f3aac3b2a10019f0e8c2",
                      "exportType": "activities",
                      "status": "finished",
                      "progress": 15230,
                      "total": 15230,
                      "fileUrl": "https://exports.connectif.cloud/65d1f3aac3b2a10019f0e8c2/export-activities.zip?expires=1708287000&signature=3b1f0c",
                      "fileName": "export-activities-2025-02-18",
                      "fileExtension": "zip",
                      "filters": {
                        "fromDate": "2025-02-01T00:00:00.000Z",
                        "toDate": "2025-02-18T23:59:59.999Z",
                        "activityTypes": [
                          "purchase",
                          "email-open"
                        ]
                      },
                      "origin": "api",
                      "createdAt": "2025-02-18T18:35:00.000Z",
                      "finishedAt": "2025-02-18T18:36:12.000Z",
                      "dateFormat": "ISO",
                      "delimiter": ";",
                      "version": "v1"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteExport",
        "summary": "Delete an export",
        "description": "Deletes an export; deleting queued exports frees room under the limit of 5 queued exports (`E0301`).",
        "tags": [
          "Exports"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ExportId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/custom-events/alias/{alias}": {
      "post": {
        "operationId": "createCustomEventByAlias",
        "summary": "Send a custom event by event type alias",
        "description": "Sends one event of a `receive`-category custom event type into Connectif. The body is a flat object keyed by the event type's field ids; validation is strict (unknown fields are rejected) and the event type must have a required `email` field marked as primary key. With `createContact=false` (the default) an unknown contact fails with `400` `E0501`; with `true` the contact is created. Events received through the API have no web context in workflows, and the endpoint is not meant to be called from browsers. The support centre limits an event to 512 KB.",
        "tags": [
          "Custom events"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/custom-events/create-custom-event-by-alias"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomEventTypeAlias"
          },
          {
            "$ref": "#/components/parameters/CreateContact"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCustomEvent"
              },
              "examples": {
                "storeVisit": {
                  "summary": "Visit to a physical store",
                  "value": {
                    "email": "maria.garcia@example.com",
                    "storeName": "Madrid - Gran Vía",
                    "ticketAmount": 42.5,
                    "visitDate": "2025-02-18T11:30:00.000Z",
                    "visitReason": "purchase"
                  }
                },
                "minimal": {
                  "summary": "Only the required fields",
                  "value": {
                    "email": "lucia.martin@example.com",
                    "storeName": "Valencia - Colón"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The event was created.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateCustomEventResponse"
                },
                "examples": {
                  "created": {
                    "summary": "Event stored",
                    "value": {
                      "id": "65d1f9e0c3b2a10019f0e9c4",
                      "eventTypeId": "65c0a1b2c3d4e50011223366",
                      "contactId": "64b7f3c2a1e9d80012ab34cd",
                      "createdAt": "2025-02-18T18:50:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Bad request, or the contact does not exist and `createContact` is false (`E0501`).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/E0501Error"
                    },
                    {
                      "$ref": "#/components/schemas/HttpError"
                    }
                  ]
                },
                "examples": {
                  "E0501": {
                    "summary": "Contact does not exist",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Contact does not exist.",
                      "code": "E0501"
                    }
                  },
                  "invalidJson": {
                    "summary": "Body is not JSON",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Invalid JSON in request body."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "description": "No custom event type has this alias.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "examples": {
                  "aliasNotFound": {
                    "summary": "Unknown alias",
                    "value": {
                      "status": 404,
                      "title": "Not Found",
                      "detail": "Custom event type not found."
                    }
                  }
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/CustomEventTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "description": "Resource contains validation errors.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpUnprocessableEntityError"
                },
                "examples": {
                  "unknownField": {
                    "summary": "Field not defined in the event type",
                    "value": {
                      "status": 422,
                      "title": "Unprocessable entity",
                      "detail": "One or more validation error occurred.",
                      "validationErrors": [
                        {
                          "name": "couponCode",
                          "path": "/couponCode",
                          "reason": "is not a field of this event type"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/custom-events/id/{id}": {
      "post": {
        "operationId": "createCustomEventById",
        "summary": "Send a custom event by event type id",
        "description": "Same as `createCustomEventByAlias`, addressing the event type by its id. Sends one event of a `receive`-category custom event type into Connectif. The body is a flat object keyed by the event type's field ids; validation is strict (unknown fields are rejected) and the event type must have a required `email` field marked as primary key. With `createContact=false` (the default) an unknown contact fails with `400` `E0501`; with `true` the contact is created. Events received through the API have no web context in workflows, and the endpoint is not meant to be called from browsers. The support centre limits an event to 512 KB.",
        "tags": [
          "Custom events"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomEventTypeId"
          },
          {
            "$ref": "#/components/parameters/CreateContact"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCustomEvent"
              },
              "examples": {
                "storeVisit": {
                  "summary": "Visit to a physical store",
                  "value": {
                    "email": "maria.garcia@example.com",
                    "storeName": "Madrid - Gran Vía",
                    "ticketAmount": 42.5,
                    "visitDate": "2025-02-18T11:30:00.000Z",
                    "visitReason": "purchase"
                  }
                },
                "minimal": {
                  "summary": "Only the required fields",
                  "value": {
                    "email": "lucia.martin@example.com",
                    "storeName": "Valencia - Colón"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The event was created. Inferred: only the path is evidenced (client code); the responses are assumed identical to `createCustomEventByAlias`.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateCustomEventResponse"
                },
                "examples": {
                  "created": {
                    "summary": "Event stored",
                    "value": {
                      "id": "65d1f9e0c3b2a10019f0e9c4",
                      "eventTypeId": "65c0a1b2c3d4e50011223366",
                      "contactId": "64b7f3c2a1e9d80012ab34cd",
                      "createdAt": "2025-02-18T18:50:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Bad request, or the contact does not exist and `createContact` is false (`E0501`).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/E0501Error"
                    },
                    {
                      "$ref": "#/components/schemas/HttpError"
                    }
                  ]
                },
                "examples": {
                  "E0501": {
                    "summary": "Contact does not exist",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Contact does not exist.",
                      "code": "E0501"
                    }
                  },
                  "invalidJson": {
                    "summary": "Body is not JSON",
                    "value": {
                      "status": 400,
                      "title": "Bad Request",
                      "detail": "Invalid JSON in request body."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "description": "No custom event type has this id. Inferred: only the path is evidenced (client code); the responses are assumed identical to `createCustomEventByAlias`.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "examples": {
                  "typeNotFound": {
                    "summary": "Unknown event type id",
                    "value": {
                      "status": 404,
                      "title": "Not Found",
                      "detail": "Custom event type not found."
                    }
                  }
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/CustomEventTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "description": "Resource contains validation errors. Inferred: only the path is evidenced (client code); the responses are assumed identical to `createCustomEventByAlias`.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpUnprocessableEntityError"
                },
                "examples": {
                  "unknownField": {
                    "summary": "Field not defined in the event type",
                    "value": {
                      "status": 422,
                      "title": "Unprocessable entity",
                      "detail": "One or more validation error occurred.",
                      "validationErrors": [
                        {
                          "name": "couponCode",
                          "path": "/couponCode",
                          "reason": "is not a field of this event type"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/custom-integrations/": {
      "post": {
        "operationId": "createCustomIntegration",
        "summary": "Create a custom integration",
        "description": "Creates a custom integration (the container of custom event types, shown in \"Integrations > Custom integrations (webhooks)\").",
        "tags": [
          "Custom integrations"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/custom-integrations/create-custom-integration"
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CustomIntegrationCreation"
              },
              "examples": {
                "reskyt": {
                  "summary": "Integration for Reskyt pushes",
                  "value": {
                    "name": "Reskyt",
                    "description": "Push notifications nativas a través de la app de Reskyt",
                    "color": "#2f80ed",
                    "imageUri": null,
                    "eventsEnabled": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The integration was created.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomIntegration"
                },
                "examples": {
                  "reskyt": {
                    "summary": "Reskyt integration",
                    "value": {
                      "id": "65c0a1b2c3d4e50011223344",
                      "name": "Reskyt",
                      "description": "Push notifications nativas a través de la app de Reskyt",
                      "color": "#2f80ed",
                      "imageUri": null,
                      "eventsEnabled": true
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "get": {
        "operationId": "listCustomIntegrations",
        "summary": "List custom integrations",
        "description": "Lists the account's custom integrations.",
        "tags": [
          "Custom integrations"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of custom integrations.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomIntegrationList"
                },
                "examples": {
                  "page": {
                    "summary": "Two integrations",
                    "value": {
                      "links": {},
                      "results": [
                        {
                          "id": "65c0a1b2c3d4e50011223344",
                          "name": "Reskyt",
                          "description": "Push notifications nativas a través de la app de Reskyt",
                          "color": "#2f80ed",
                          "imageUri": null,
                          "eventsEnabled": true
                        },
                        {
                          "id": "65c0a1b2c3d4e50011223345",
                          "name": "TPV tiendas físicas",
                          "description": "Visitas y tickets de las tiendas físicas",
                          "color": "#27ae60",
                          "imageUri": "https://cdn.tiendaejemplo.es/brand/tpv.png",
                          "eventsEnabled": true
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/custom-integrations/{id}": {
      "get": {
        "operationId": "getCustomIntegration",
        "summary": "Get a custom integration",
        "description": "Returns one custom integration.",
        "tags": [
          "Custom integrations"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomIntegrationId"
          }
        ],
        "responses": {
          "200": {
            "description": "The integration.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomIntegration"
                },
                "examples": {
                  "reskyt": {
                    "summary": "Reskyt integration",
                    "value": {
                      "id": "65c0a1b2c3d4e50011223344",
                      "name": "Reskyt",
                      "description": "Push notifications nativas a través de la app de Reskyt",
                      "color": "#2f80ed",
                      "imageUri": null,
                      "eventsEnabled": true
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "patchCustomIntegration",
        "summary": "Update a custom integration",
        "description": "Partial update of a custom integration.",
        "tags": [
          "Custom integrations"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/custom-integrations/patch-custom-integration"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomIntegrationId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CustomIntegrationUpdate"
              },
              "examples": {
                "disableEvents": {
                  "summary": "Pause the integration's events",
                  "value": {
                    "eventsEnabled": false
                  }
                },
                "rebrand": {
                  "summary": "New colour and image",
                  "value": {
                    "color": "#eb5757",
                    "imageUri": "https://cdn.tiendaejemplo.es/brand/reskyt.png"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated integration.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomIntegration"
                },
                "examples": {
                  "disabled": {
                    "summary": "Events disabled",
                    "value": {
                      "id": "65c0a1b2c3d4e50011223344",
                      "name": "Reskyt",
                      "description": "Push notifications nativas a través de la app de Reskyt",
                      "color": "#2f80ed",
                      "imageUri": null,
                      "eventsEnabled": false
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteCustomIntegration",
        "summary": "Delete a custom integration",
        "description": "Deletes a custom integration.",
        "tags": [
          "Custom integrations"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomIntegrationId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/custom-integrations/{id}/custom-event-types/": {
      "post": {
        "operationId": "createCustomEventType",
        "summary": "Create a custom event type",
        "description": "Creates a custom event type inside the custom integration `{id}`.\n\n- `send` category: Connectif sends the event to `webhookUrl` with the `webhookHeaders` added (e.g. an\n  `x-api-key` header); `alias` is forbidden.\n- `receive` category: events come in through the public API (`POST /custom-events/alias/{alias}`), a webhook or\n  a web/mobile app; `alias` is required.\n\nOnly one field can be the primary key and it must be of type `email`; it is required when `receiveType` is\nwebhook or api. `jsonPointerPath` (RFC 6901, e.g. `/tokens/0`) tells Connectif where to read a field's value.",
        "tags": [
          "Custom event types"
        ],
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/reference/custom-event-types/create-custom-event-type"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomIntegrationId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CustomEventTypeCreation"
              },
              "examples": {
                "reskytPush": {
                  "summary": "Outbound event that posts a push to Reskyt",
                  "description": "STEP 3 of the Connectif Reskyt integration guide: header `x-api-key` with the Reskyt API value, text fields `title` and `tokens` (mandatory, JSON pointer `/tokens/0`), `url`, `dateEnd`, `pictureUrl` and `utmCampaign`. Inferred: the URL of Reskyt's JSON push API is not documented; the legacy push URL `https://app.reskyt.com/api/push` is used.",
                  "x-inferred": true,
                  "value": {
                    "name": "Enviar push Reskyt",
                    "category": "send",
                    "webhookUrl": "https://app.reskyt.com/api/push",
                    "webhookHeaders": [
                      {
                        "name": "x-api-key",
                        "value": "rk_live_4f9d2a7c81e3"
                      }
                    ],
                    "fields": [
                      {
                        "id": "title",
                        "name": "title",
                        "type": "text",
                        "required": true
                      },
                      {
                        "id": "url",
                        "name": "url",
                        "type": "text",
                        "required": false
                      },
                      {
                        "id": "dateEnd",
                        "name": "dateEnd",
                        "type": "text",
                        "required": false
                      },
                      {
                        "id": "pictureUrl",
                        "name": "pictureUrl",
                        "type": "text",
                        "required": false
                      },
                      {
                        "id": "tokens",
                        "name": "tokens",
                        "type": "text",
                        "required": true,
                        "jsonPointerPath": "/tokens/0"
                      },
                      {
                        "id": "utmCampaign",
                        "name": "utmCampaign",
                        "type": "text",
                        "required": false
                      }
                    ]
                  }
                },
                "storeVisit": {
                  "summary": "Inbound event received through the API",
                  "value": {
                    "name": "Visita a tienda física",
                    "category": "receive",
                    "alias": "store-visit",
                    "receiveType": "api",
                    "fields": [
                      {
                        "id": "email",
                        "name": "Email",
                        "type": "email",
                        "required": true,
                        "isPrimaryKey": true
                      },
                      {
                        "id": "storeName",
                        "name": "Tienda",
                        "type": "text",
                        "required": true
                      },
                      {
                        "id": "ticketAmount",
                        "name": "Importe del ticket",
                        "type": "decimal",
                        "required": false
                      },
                      {
                        "id": "visitDate",
                        "name": "Fecha de la visita",
                        "type": "date",
                        "required": false
                      },
                      {
                        "id": "visitReason",
                        "name": "Motivo",
                        "type": "radio",
                        "required": false,
                        "options": [
                          {
                            "id": "purchase",
                            "label": "Compra"
                          },
                          {
                            "id": "return",
                            "label": "Devolución"
                          }
                        ]
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The event type was created. Inferred: the success status is not shown in the captured reference page; `201` is assumed, as on `POST /custom-integrations/`.",
            "x-inferred": true,
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomEventType"
                },
                "examples": {
                  "reskytPush": {
                    "summary": "Outbound Reskyt push event",
                    "value": {
                      "id": "65c0a1b2c3d4e50011223355",
                      "name": "Enviar push Reskyt",
                      "category": "send",
                      "webhookUrl": "https://app.reskyt.com/api/push",
                      "webhookHeaders": [
                        {
                          "name": "x-api-key",
                          "value": "rk_live_4f9d2a7c81e3"
                        }
                      ],
                      "fields": [
                        {
                          "id": "title",
                          "name": "title",
                          "type": "text",
                          "required": true
                        },
                        {
                          "id": "url",
                          "name": "url",
                          "type": "text",
                          "required": false
                        },
                        {
                          "id": "dateEnd",
                          "name": "dateEnd",
                          "type": "text",
                          "required": false
                        },
                        {
                          "id": "pictureUrl",
                          "name": "pictureUrl",
                          "type": "text",
                          "required": false
                        },
                        {
                          "id": "tokens",
                          "name": "tokens",
                          "type": "text",
                          "required": true,
                          "jsonPointerPath": "/tokens/0"
                        },
                        {
                          "id": "utmCampaign",
                          "name": "utmCampaign",
                          "type": "text",
                          "required": false
                        }
                      ],
                      "createdAt": "2025-02-10T09:00:00.000Z",
                      "updatedAt": "2025-02-10T09:00:00.000Z"
                    }
                  },
                  "storeVisit": {
                    "summary": "Inbound API event",
                    "value": {
                      "id": "65c0a1b2c3d4e50011223366",
                      "name": "Visita a tienda física",
                      "category": "receive",
                      "alias": "store-visit",
                      "receiveType": "api",
                      "fields": [
                        {
                          "id": "email",
                          "name": "Email",
                          "type": "email",
                          "required": true,
                          "isPrimaryKey": true
                        },
                        {
                          "id": "storeName",
                          "name": "Tienda",
                          "type": "text",
                          "required": true
                        },
                        {
                          "id": "ticketAmount",
                          "name": "Importe del ticket",
                          "type": "decimal",
                          "required": false
                        },
                        {
                          "id": "visitDate",
                          "name": "Fecha de la visita",
                          "type": "date",
                          "required": false
                        },
                        {
                          "id": "visitReason",
                          "name": "Motivo",
                          "type": "radio",
                          "required": false,
                          "options": [
                            {
                              "id": "purchase",
                              "label": "Compra"
                            },
                            {
                              "id": "return",
                              "label": "Devolución"
                            }
                          ]
                        }
                      ],
                      "createdAt": "2025-02-11T12:00:00.000Z",
                      "updatedAt": "2025-02-11T12:00:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/custom-event-types/": {
      "get": {
        "operationId": "listCustomEventTypes",
        "summary": "List custom event types",
        "description": "Lists the custom event types of all custom integrations of the account. Inferred: the reference documents the `CustomEventType` and `CustomEventTypeList` resources but the captured pages do not show this route; the path follows client code (timbal-ai/timbal), which calls the top-level `/custom-event-types/` collection.",
        "tags": [
          "Custom event types"
        ],
        "x-inferred": true,
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/customeventtypelist"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of custom event types.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomEventTypeList"
                },
                "examples": {
                  "page": {
                    "summary": "Outbound and inbound types",
                    "value": {
                      "links": {},
                      "results": [
                        {
                          "id": "65c0a1b2c3d4e50011223355",
                          "name": "Enviar push Reskyt",
                          "category": "send",
                          "webhookUrl": "https://app.reskyt.com/api/push",
                          "webhookHeaders": [
                            {
                              "name": "x-api-key",
                              "value": "rk_live_4f9d2a7c81e3"
                            }
                          ],
                          "fields": [
                            {
                              "id": "title",
                              "name": "title",
                              "type": "text",
                              "required": true
                            },
                            {
                              "id": "url",
                              "name": "url",
                              "type": "text",
                              "required": false
                            },
                            {
                              "id": "dateEnd",
                              "name": "dateEnd",
                              "type": "text",
                              "required": false
                            },
                            {
                              "id": "pictureUrl",
                              "name": "pictureUrl",
                              "type": "text",
                              "required": false
                            },
                            {
                              "id": "tokens",
                              "name": "tokens",
                              "type": "text",
                              "required": true,
                              "jsonPointerPath": "/tokens/0"
                            },
                            {
                              "id": "utmCampaign",
                              "name": "utmCampaign",
                              "type": "text",
                              "required": false
                            }
                          ],
                          "createdAt": "2025-02-10T09:00:00.000Z",
                          "updatedAt": "2025-02-10T09:00:00.000Z"
                        },
                        {
                          "id": "65c0a1b2c3d4e50011223366",
                          "name": "Visita a tienda física",
                          "category": "receive",
                          "alias": "store-visit",
                          "receiveType": "api",
                          "fields": [
                            {
                              "id": "email",
                              "name": "Email",
                              "type": "email",
                              "required": true,
                              "isPrimaryKey": true
                            },
                            {
                              "id": "storeName",
                              "name": "Tienda",
                              "type": "text",
                              "required": true
                            },
                            {
                              "id": "ticketAmount",
                              "name": "Importe del ticket",
                              "type": "decimal",
                              "required": false
                            },
                            {
                              "id": "visitDate",
                              "name": "Fecha de la visita",
                              "type": "date",
                              "required": false
                            },
                            {
                              "id": "visitReason",
                              "name": "Motivo",
                              "type": "radio",
                              "required": false,
                              "options": [
                                {
                                  "id": "purchase",
                                  "label": "Compra"
                                },
                                {
                                  "id": "return",
                                  "label": "Devolución"
                                }
                              ]
                            }
                          ],
                          "createdAt": "2025-02-11T12:00:00.000Z",
                          "updatedAt": "2025-02-11T12:00:00.000Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/custom-event-types/{id}": {
      "get": {
        "operationId": "getCustomEventType",
        "summary": "Get a custom event type",
        "description": "Returns one custom event type. Inferred: the reference documents the `CustomEventType` and `CustomEventTypeList` resources but the captured pages do not show this route; the path follows client code (timbal-ai/timbal), which calls the top-level `/custom-event-types/` collection.",
        "tags": [
          "Custom event types"
        ],
        "x-inferred": true,
        "externalDocs": {
          "description": "Connectif API reference",
          "url": "https://api-docs.connectif.cloud/connectif-api/resources/customeventtype"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomEventTypeId"
          }
        ],
        "responses": {
          "200": {
            "description": "The event type.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomEventType"
                },
                "examples": {
                  "reskytPush": {
                    "summary": "Outbound Reskyt push event",
                    "value": {
                      "id": "65c0a1b2c3d4e50011223355",
                      "name": "Enviar push Reskyt",
                      "category": "send",
                      "webhookUrl": "https://app.reskyt.com/api/push",
                      "webhookHeaders": [
                        {
                          "name": "x-api-key",
                          "value": "rk_live_4f9d2a7c81e3"
                        }
                      ],
                      "fields": [
                        {
                          "id": "title",
                          "name": "title",
                          "type": "text",
                          "required": true
                        },
                        {
                          "id": "url",
                          "name": "url",
                          "type": "text",
                          "required": false
                        },
                        {
                          "id": "dateEnd",
                          "name": "dateEnd",
                          "type": "text",
                          "required": false
                        },
                        {
                          "id": "pictureUrl",
                          "name": "pictureUrl",
                          "type": "text",
                          "required": false
                        },
                        {
                          "id": "tokens",
                          "name": "tokens",
                          "type": "text",
                          "required": true,
                          "jsonPointerPath": "/tokens/0"
                        },
                        {
                          "id": "utmCampaign",
                          "name": "utmCampaign",
                          "type": "text",
                          "required": false
                        }
                      ],
                      "createdAt": "2025-02-10T09:00:00.000Z",
                      "updatedAt": "2025-02-10T09:00:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteCustomEventType",
        "summary": "Delete a custom event type",
        "description": "Deletes one custom event type. Inferred: the reference documents the `CustomEventType` and `CustomEventTypeList` resources but the captured pages do not show this route; the path follows client code (timbal-ai/timbal), which calls the top-level `/custom-event-types/` collection.",
        "tags": [
          "Custom event types"
        ],
        "x-inferred": true,
        "parameters": [
          {
            "$ref": "#/components/parameters/CustomEventTypeId"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContentInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/workflows/": {
      "get": {
        "operationId": "listWorkflows",
        "summary": "List workflows",
        "description": "Lists the account's workflows (read only).",
        "tags": [
          "Workflows"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of workflows.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowList"
                },
                "examples": {
                  "page": {
                    "summary": "One workflow",
                    "value": {
                      "links": {},
                      "results": [
                        {
                          "id": "63a0c1d2e3f4a5001234abcd",
                          "name": "Bienvenida newsletter",
                          "status": "active",
                          "createdAt": "2024-10-01T10:05:00.000Z",
                          "updatedAt": "2025-01-12T08:00:00.000Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntityInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/workflows/{id}": {
      "get": {
        "operationId": "getWorkflow",
        "summary": "Get a workflow",
        "description": "Returns one workflow (read only).",
        "tags": [
          "Workflows"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          }
        ],
        "responses": {
          "200": {
            "description": "The workflow.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Workflow"
                },
                "examples": {
                  "welcome": {
                    "summary": "Welcome workflow",
                    "value": {
                      "id": "63a0c1d2e3f4a5001234abcd",
                      "name": "Bienvenida newsletter",
                      "status": "active",
                      "createdAt": "2024-10-01T10:05:00.000Z",
                      "updatedAt": "2025-01-12T08:00:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFoundInferred"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/store/": {
      "get": {
        "operationId": "getStore",
        "summary": "Get the store",
        "description": "Returns the details of the store (account) that owns the API key; client code uses it as a health check.",
        "tags": [
          "Store"
        ],
        "responses": {
          "200": {
            "description": "The store.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Store"
                },
                "examples": {
                  "store": {
                    "summary": "Store details",
                    "value": {
                      "id": "5f1e2d3c4b5a697887766554",
                      "name": "Tienda Ejemplo",
                      "url": "https://www.tiendaejemplo.es",
                      "timezone": "Europe/Madrid",
                      "allowedDomains": [
                        "https://www.tiendaejemplo.es"
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/{env}/client-script/{token}": {
      "get": {
        "operationId": "getClientScript",
        "summary": "Get the client script of a web client id",
        "description": "The JavaScript a shop loads on every page (`https://cdn.connectif.cloud/{env}/client-script/{token}`); it defines `window.connectif` and `window.initializeConnectif` and ends with the account's configuration (`window.connectifConfiguration={…};window.initializeConnectif(window.connectifConfiguration);`). The sandbox serves its own emulation of the script, configured from the account's web settings.",
        "tags": [
          "Browser"
        ],
        "security": [],
        "servers": [
          {
            "url": "https://cdn.connectif.cloud",
            "description": "Connectif's CDN"
          }
        ],
        "parameters": [
          {
            "name": "env",
            "in": "path",
            "required": true,
            "description": "The account's data-centre shard, as in `eu1`, `eu6` or `cl1`.",
            "schema": {
              "type": "string"
            },
            "example": "eu1"
          },
          {
            "name": "token",
            "in": "path",
            "required": true,
            "description": "The account's web client id (a UUID).",
            "schema": {
              "type": "string"
            },
            "example": "2f6a3c2e-8d7b-4f7e-9a51-4c1f0b9e2d11"
          }
        ],
        "responses": {
          "200": {
            "description": "The client script.",
            "content": {
              "application/javascript": {
                "schema": {
                  "type": "string"
                },
                "example": "window.connectifConfiguration={\"token\":\"2f6a3c2e-8d7b-4f7e-9a51-4c1f0b9e2d11\"};window.initializeConnectif(window.connectifConfiguration);"
              }
            }
          },
          "404": {
            "description": "No account has this web client id. Inferred: what the CDN answers for an unknown token is not documented.",
            "x-inferred": true,
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                },
                "example": "Unknown web client id."
              }
            }
          }
        }
      }
    },
    "/scripts/service-worker.js": {
      "get": {
        "operationId": "getServiceWorkerScript",
        "summary": "Get the web push Service Worker script",
        "description": "The Service Worker a shop imports from a file on its own origin (`importScripts(\"https://cdn.connectif.cloud/scripts/service-worker.js\")`) so that web pushes show notifications and open their link when clicked.",
        "tags": [
          "Browser"
        ],
        "security": [],
        "servers": [
          {
            "url": "https://cdn.connectif.cloud",
            "description": "Connectif's CDN"
          }
        ],
        "responses": {
          "200": {
            "description": "The Service Worker script.",
            "content": {
              "application/javascript": {
                "schema": {
                  "type": "string"
                },
                "example": "self.addEventListener('push', function (event) { /* … */ });"
              }
            }
          },
          "405": {
            "description": "A method other than GET.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "example": {
                  "status": 405,
                  "title": "Method Not Allowed",
                  "detail": "Method POST not allowed on /scripts/service-worker.js."
                }
              }
            }
          }
        }
      }
    },
    "/integration-type/system/scrippet-notification/{token}": {
      "post": {
        "operationId": "sendScrippetNotification",
        "summary": "Send the page's tags and events (client script)",
        "description": "What the client script posts on each page and on each `connectif.managed.sendEvents(events, {entityInfo, cart})` call, as `text/plain` so that browsers send it without a preflight. `entityInfo` updates the browser's contact (found by `trackerId`; `primaryKey` identifies it by email; custom fields must exist, as in the REST API), `events` become the contact's activities, `cart` is the cart's current state and `pushSubscription` the browser's web push subscription. The answer names the tracker id the browser keeps and the content to show.",
        "tags": [
          "Browser"
        ],
        "security": [],
        "servers": [
          {
            "url": "https://{env}-api.connectif.cloud",
            "description": "The account's shard",
            "variables": {
              "env": {
                "default": "eu1"
              }
            }
          }
        ],
        "parameters": [
          {
            "name": "token",
            "in": "path",
            "required": true,
            "description": "The account's web client id (a UUID).",
            "schema": {
              "type": "string"
            },
            "example": "2f6a3c2e-8d7b-4f7e-9a51-4c1f0b9e2d11"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/plain": {
              "schema": {
                "type": "string",
                "description": "A JSON object: `entityInfo`, `cart`, `pushSubscription`, `events`, `bannerPlaceholders`, `pageInfo` and `browserInfo`."
              },
              "example": "{\"entityInfo\":{\"reskyt-token\":\"5d41402abc4b2a76b9719d911017c592\",\"trackerId\":\"64a1f3aac3b2a10019f0e8c2\"},\"events\":[],\"bannerPlaceholders\":[],\"pageInfo\":{\"categories\":[],\"title\":\"Shop\",\"keywords\":[],\"tags\":[]},\"browserInfo\":{\"url\":\"https%3A%2F%2Fshop.example.com%2F\",\"device\":\"mobile\"}}"
            }
          }
        },
        "responses": {
          "200": {
            "description": "The notification was applied.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScrippetNotificationAnswer"
                },
                "examples": {
                  "nothingToShow": {
                    "summary": "No web content for this page",
                    "value": {
                      "trackerId": "64a1f3aac3b2a10019f0e8c2",
                      "webModals": {},
                      "banners": [],
                      "webContents": []
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The body is not a JSON object. Inferred: Connectif's answer to a malformed notification is not documented.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "example": {
                  "status": 400,
                  "title": "Bad Request",
                  "detail": "The notification must be a JSON object: Unexpected token 'x', \"x\" is not valid JSON."
                }
              }
            }
          },
          "404": {
            "description": "No account has this web client id. Inferred: the real answer to an unknown token is not documented.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "example": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Unknown web client id."
                }
              }
            }
          },
          "413": {
            "description": "The notification is larger than the sandbox accepts. Inferred: Connectif's limit is not documented; the sandbox's is its default body limit.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "example": {
                  "status": 413,
                  "title": "Payload Too Large",
                  "detail": "Request body is too large."
                }
              }
            }
          },
          "415": {
            "description": "The body is not `text/plain`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpError"
                },
                "example": {
                  "status": 415,
                  "title": "Unsupported Media Type",
                  "detail": "Request without text/plain Content-Type header"
                }
              }
            }
          },
          "422": {
            "description": "The body is empty.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HttpUnprocessableEntityError"
                },
                "example": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "body",
                      "path": "/",
                      "reason": "is required"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "apiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "The header value is `apiKey {keyId}:{keySecret}`: the word `apiKey`, a space, then the key id and key secret joined by `:` (the Connectif UI's copy button yields `{keyId}:{keySecret}` already joined). Example: `Authorization: apiKey 5f1e2d3c:9b8a7c6d5e4f`."
      }
    },
    "headers": {
      "X-RateLimit-Limit": {
        "description": "Requests allowed per minute for the account (100). The limit is shared by all API keys of the account.",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 100
      },
      "X-RateLimit-Remaining": {
        "description": "Requests left in the current window.",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 98
      },
      "X-RateLimit-Reset": {
        "description": "When the current window resets, as a Unix timestamp in seconds. Inferred: the rate-limit guide only shows the example value `1580919168`, whose magnitude matches epoch seconds.",
        "x-inferred": true,
        "required": true,
        "schema": {
          "type": "integer",
          "format": "int64",
          "minimum": 0
        },
        "example": 1580919168
      }
    },
    "parameters": {
      "ContactEmail": {
        "name": "email",
        "in": "path",
        "required": true,
        "description": "Email of the contact (URL-encoded).",
        "schema": {
          "type": "string",
          "format": "email"
        },
        "example": "maria.garcia@example.com"
      },
      "ContactExternalId": {
        "name": "externalId",
        "in": "path",
        "required": true,
        "description": "The contact's `_externalId` (the store's customer id, URL-encoded).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "CUST-100482"
      },
      "ContactFieldId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Id of the contact field (the key used in contact bodies and CSV headers).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "reskyt-token"
      },
      "StoreProductId": {
        "name": "productId",
        "in": "path",
        "required": true,
        "description": "The product's identifier in the store (`productId`, URL-encoded).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "SKU-48213"
      },
      "ProductId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Connectif identifier of the product.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "5cf8c05f5b4cb901091f7d98"
      },
      "PurchaseId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Connectif identifier of the purchase.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "65d1e0a4c3b2a10019f0e7a2"
      },
      "StorePurchaseId": {
        "name": "purchaseId",
        "in": "path",
        "required": true,
        "description": "The purchase's identifier in the store (`purchaseId`, URL-encoded).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "ORD-2025-000731"
      },
      "CouponSetId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Identifier of the coupon set.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "63a0c1d2e3f4a50012345678"
      },
      "ImportId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Identifier of the import.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "6072374b4d3ceb76e44d4323"
      },
      "ExportId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Identifier of the export.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "65d1f2b7c3b2a10019f0e8b1"
      },
      "CustomEventTypeAlias": {
        "name": "alias",
        "in": "path",
        "required": true,
        "description": "Alias of a `receive`-category custom event type.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "store-visit"
      },
      "CustomEventTypeId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Identifier of the custom event type.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "65c0a1b2c3d4e50011223366"
      },
      "CustomIntegrationId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Identifier of the custom integration.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "65c0a1b2c3d4e50011223344"
      },
      "WorkflowId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Identifier of the workflow.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "63a0c1d2e3f4a5001234abcd"
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.",
        "x-inferred": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        },
        "example": 20
      },
      "Offset": {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).",
        "x-inferred": true,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "default": 0
        },
        "example": 0
      },
      "TriggerPurchaseEvent": {
        "name": "triggerPurchaseEvent",
        "in": "query",
        "required": false,
        "description": "Whether the purchase fires the workflows' \"On-Purchase\" trigger. Other side effects (e.g. entering a segment) may still happen when false.",
        "schema": {
          "type": "boolean",
          "default": true
        },
        "example": false
      },
      "CreateContact": {
        "name": "createContact",
        "in": "query",
        "required": false,
        "description": "Create the contact when it does not exist. When false, an unknown contact fails with `400` `E0501`.",
        "schema": {
          "type": "boolean",
          "default": false
        },
        "example": true
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Bad request: the body is not valid JSON or breaks a business rule.",
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "invalidJson": {
                "summary": "Body is not JSON",
                "value": {
                  "status": 400,
                  "title": "Bad Request",
                  "detail": "Invalid JSON in request body."
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Not authorized to access API (missing or unknown API key). Inferred: the reference documents no response body for 401; client test mocks answer `text/plain` `Unauthorized`, and so does the sandbox.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "text/plain": {
            "schema": {
              "type": "string"
            },
            "examples": {
              "unauthorized": {
                "summary": "Plain-text body",
                "value": "Unauthorized"
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "Permission not granted to the API Key or account has been blocked.",
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "forbidden": {
                "summary": "Key without the needed scope",
                "value": {
                  "status": 403,
                  "title": "Forbidden",
                  "detail": "Permission not granted to the API Key or account has been blocked."
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "The resource does not exist.",
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "purchaseNotFound": {
                "summary": "Unknown purchase",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Purchase not found."
                }
              },
              "integrationNotFound": {
                "summary": "Unknown custom integration",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Custom integration not found."
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "Maximum allowed size is 50Mb.",
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "tooLarge": {
                "summary": "File over 50 Mb",
                "value": {
                  "status": 413,
                  "title": "Payload Too Large",
                  "detail": "Maximum allowed size is 50Mb"
                }
              }
            }
          }
        }
      },
      "PayloadTooLargeInferred": {
        "description": "The body is over the endpoint's size limit. Inferred: only imports (50 Mb) and custom events (512 Kb) document a limit; the sandbox applies 50 Mb to every other body and answers like the import limit.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "tooLarge": {
                "summary": "Body over 50 Mb",
                "value": {
                  "status": 413,
                  "title": "Payload Too Large",
                  "detail": "Maximum allowed size is 50Mb."
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request has the wrong `Content-Type` (not `multipart/form-data` for imports, not `application/json` for JSON endpoints).",
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "notJson": {
                "summary": "JSON endpoint without JSON content type",
                "value": {
                  "status": 415,
                  "title": "Unsupported Media Type",
                  "detail": "Request without application/json Content-Type header"
                }
              },
              "notMultipart": {
                "summary": "Import not sent as multipart",
                "value": {
                  "status": 415,
                  "title": "Unsupported Media Type",
                  "detail": "Request without multipart/form-data Content-Type header"
                }
              }
            }
          }
        }
      },
      "UnprocessableEntity": {
        "description": "Resource contains validation errors.",
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpUnprocessableEntityError"
            },
            "examples": {
              "rangeTooLong": {
                "summary": "Date range over 31 days",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "toDate",
                      "path": "/filters/toDate",
                      "reason": "the range between fromDate and toDate may not exceed 31 days"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Requests rate limit reached (100 requests per minute per account). Inferred: no body is documented for 429; the sandbox answers an `HttpError`.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "rateLimited": {
                "summary": "Over 100 requests in the minute",
                "value": {
                  "status": 429,
                  "title": "Too Many Requests",
                  "detail": "Requests rate limit reached."
                }
              }
            }
          }
        }
      },
      "NotFoundInferred": {
        "description": "No resource has this id or key. Inferred: the response table of the operations using this response is not documented (or was not captured); an unknown id or key is answered `404` with an `HttpError` body, as on the documented purchase lookups.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "contactNotFound": {
                "summary": "No contact with this key",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Contact not found."
                }
              },
              "fieldNotFound": {
                "summary": "Unknown field id",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Contact field not found."
                }
              },
              "productNotFound": {
                "summary": "Unknown product",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Product not found."
                }
              },
              "purchaseNotFound": {
                "summary": "Unknown purchase",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Purchase not found."
                }
              },
              "couponSetNotFound": {
                "summary": "Unknown coupon set",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Coupon set not found."
                }
              },
              "importNotFound": {
                "summary": "Unknown import",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Import not found."
                }
              },
              "exportNotFound": {
                "summary": "Unknown export",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Export not found."
                }
              },
              "integrationNotFound": {
                "summary": "Unknown integration",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Custom integration not found."
                }
              },
              "eventTypeNotFound": {
                "summary": "Unknown event type",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Custom event type not found."
                }
              },
              "workflowNotFound": {
                "summary": "Unknown workflow",
                "value": {
                  "status": 404,
                  "title": "Not Found",
                  "detail": "Workflow not found."
                }
              }
            }
          }
        }
      },
      "ContactUpdated": {
        "description": "The contact existed and was updated. Inferred: the response tables of the contact PATCH reference pages were not captured; the sandbox answers `200` with the full `Contact` when the contact already existed.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Contact"
            },
            "examples": {
              "contact": {
                "summary": "Contact with purchase statistics and a custom field",
                "value": {
                  "id": "64b7f3c2a1e9d80012ab34cd",
                  "_email": "maria.garcia@example.com",
                  "_externalId": "CUST-100482",
                  "_name": "María",
                  "_surname": "García",
                  "_birthdate": "1988-04-12T00:00:00.000Z",
                  "_mobilePhone": "+34612345678",
                  "_emailStatus": "active",
                  "_mobilePhoneStatus": "active",
                  "_newsletterSubscriptionStatus": "subscribed",
                  "_smsSubscriptionStatus": "none",
                  "_points": 120,
                  "_createdAt": "2024-11-03T09:15:22.000Z",
                  "_updatedAt": "2025-02-18T17:42:10.000Z",
                  "_isAnonymous": false,
                  "_hasPushSubscriptions": false,
                  "_emailSoftBounces": 0,
                  "_firstPurchaseDate": "2024-11-03T09:20:41.000Z",
                  "_lastPurchaseDate": "2025-02-18T17:40:03.000Z",
                  "_totalPurchases": 3,
                  "_totalPurchasesAmount": 187.4,
                  "_averagePurchasesAmount": 62.47,
                  "_clv": 241.3,
                  "_pAlive": 0.82,
                  "_churnRate": 18,
                  "_expectedPurchases": 1.6,
                  "_recency": "4",
                  "_frequency": "3",
                  "_monetary": "3",
                  "_rfm": "433",
                  "reskyt-token": "3f2a9c7e5b1d4e8fa0c6b2d9e7f1a3c5"
                }
              }
            }
          }
        }
      },
      "ContactCreated": {
        "description": "The contact did not exist and was created. Inferred: the response tables of the contact PATCH reference pages were not captured; the sandbox answers `201` with the full `Contact` when the PATCH created it.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Contact"
            },
            "examples": {
              "created": {
                "summary": "Contact created by the upsert",
                "value": {
                  "id": "65d1e7f0c3b2a10019f0e6d1",
                  "_email": "lucia.martin@example.com",
                  "_name": "Lucía",
                  "_emailStatus": "active",
                  "_newsletterSubscriptionStatus": "subscribed",
                  "_smsSubscriptionStatus": "none",
                  "_points": 0,
                  "_createdAt": "2025-02-18T18:02:51.000Z",
                  "_updatedAt": "2025-02-18T18:02:51.000Z",
                  "_isAnonymous": false,
                  "_hasPushSubscriptions": false,
                  "_emailSoftBounces": 0,
                  "_totalPurchases": 0,
                  "_totalPurchasesAmount": 0,
                  "_averagePurchasesAmount": 0,
                  "_churnRate": null
                }
              }
            }
          }
        }
      },
      "BadRequestInferred": {
        "description": "Bad request: the body is not valid JSON. Inferred: the response table of the operations using this response is not documented; a body that is not valid JSON is assumed to be answered like on the documented endpoints (`400` + `HttpError`).",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "invalidJson": {
                "summary": "Body is not JSON",
                "value": {
                  "status": 400,
                  "title": "Bad Request",
                  "detail": "Invalid JSON in request body."
                }
              }
            }
          }
        }
      },
      "UnprocessableEntityInferred": {
        "description": "Resource contains validation errors. Inferred: the response table of the operations using this response is not documented; schema violations are assumed to be answered like on the documented endpoints (`422` + `HttpUnprocessableEntityError`).",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpUnprocessableEntityError"
            },
            "examples": {
              "badQuery": {
                "summary": "A list with `limit` over 100: parameters are checked like bodies, named `query.<name>`",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "limit",
                      "path": "/query/limit",
                      "reason": "must be <= 100"
                    }
                  ]
                }
              },
              "badEnum": {
                "summary": "Contact PATCH: unknown `_emailStatus` value",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "_emailStatus",
                      "path": "/_emailStatus",
                      "reason": "must be equal to one of the allowed values: active, bounced, paused, banned"
                    }
                  ]
                }
              },
              "badId": {
                "summary": "createContactField: id does not start with a letter",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "id",
                      "path": "/id",
                      "reason": "must start with a letter and contain only letters, digits, '-', '_' and brackets"
                    }
                  ]
                }
              },
              "badAvailability": {
                "summary": "patchProductByProductId: read-only availability value sent on write",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "availability",
                      "path": "/availability",
                      "reason": "must be equal to one of the allowed values: instock, outofstock"
                    }
                  ]
                }
              },
              "missingTotalPrice": {
                "summary": "createPurchase: required field missing",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "totalPrice",
                      "path": "/totalPrice",
                      "reason": "is required"
                    }
                  ]
                }
              },
              "missingName": {
                "summary": "createCustomIntegration: name missing",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "name",
                      "path": "/name",
                      "reason": "is required"
                    }
                  ]
                }
              },
              "wrongType": {
                "summary": "patchCustomIntegration: `eventsEnabled` is not a boolean",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "eventsEnabled",
                      "path": "/eventsEnabled",
                      "reason": "must be boolean"
                    }
                  ]
                }
              },
              "aliasOnSend": {
                "summary": "createCustomEventType: alias sent for a send-category type",
                "value": {
                  "status": 422,
                  "title": "Unprocessable entity",
                  "detail": "One or more validation error occurred.",
                  "validationErrors": [
                    {
                      "name": "alias",
                      "path": "/alias",
                      "reason": "is not allowed when category is send"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "NoContentInferred": {
        "description": "The resource was deleted. Inferred: the status of the deletes using this response is not documented; `204 No Content` is assumed, as on the documented `DELETE /purchases/purchase-id/{purchaseId}`.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        }
      },
      "CustomEventTooLarge": {
        "description": "The event is too large. Inferred: the reference's 413 row says \"Maximum allowed size is 50Mb\", while the support centre limits an event received through the API to 512 KB; the sandbox rejects bodies over 512 KB, with the documented message.",
        "x-inferred": true,
        "headers": {
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "tooLarge": {
                "summary": "Event over the size limit",
                "value": {
                  "status": 413,
                  "title": "Payload Too Large",
                  "detail": "Maximum allowed size is 50Mb"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "HttpError": {
        "type": "object",
        "description": "Error body used for 400, 403, 404, 413, 415 (RFC 7807-like; no `type` or `instance`). Custom errors add `code` (`E0xxx`) and, for some codes, extra fields such as `productIds` or `allowedDomains`.",
        "required": [
          "status",
          "title",
          "detail"
        ],
        "properties": {
          "status": {
            "type": "integer",
            "description": "HTTP status code.",
            "minimum": 400,
            "maximum": 599
          },
          "title": {
            "type": "string",
            "description": "HTTP status text."
          },
          "detail": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "code": {
            "type": "string",
            "description": "Custom error code (`E0xxx`), only on custom errors."
          }
        },
        "additionalProperties": true,
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Contact maria.garcia@example.com does not exist.",
            "code": "E0101"
          }
        ]
      },
      "ValidationError": {
        "type": "object",
        "description": "One validation problem, as a public client's test of the real API records it (`{\"name\":\"segmentId\",\"path\":\"/filters/segmentId\",\"reason\":\"Value is not valid\"}`).",
        "required": [
          "name",
          "path",
          "reason"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The property that is invalid (the last segment of `path`); empty for the whole body."
          },
          "path": {
            "type": "string",
            "description": "JSON pointer to the invalid value in the body (`/filters/segmentId`). Inferred: a query or path parameter is placed under its location (`/query/limit`); only body pointers are evidenced.",
            "x-inferred": true
          },
          "reason": {
            "type": "string",
            "description": "Why the value is invalid. A malformed ObjectId (`segmentId`) is `Value is not valid`, as the real API answers; other wordings are the sandbox's. Inferred: only that one reason is evidenced.",
            "x-inferred": true
          }
        }
      },
      "HttpUnprocessableEntityError": {
        "type": "object",
        "description": "Body of `422` responses: the request is well-formed but fails validation. The shape (`status`, `title` `Unprocessable entity`, `detail` `One or more validation error occurred.`, `validationErrors[]` with `name`, `path` and `reason`) is the real API's answer to a malformed `segmentId`, as recorded in a public export client's tests.",
        "required": [
          "detail",
          "validationErrors"
        ],
        "properties": {
          "status": {
            "type": "integer",
            "const": 422,
            "description": "HTTP status code."
          },
          "title": {
            "type": "string",
            "description": "HTTP status text, spelled `Unprocessable entity`."
          },
          "detail": {
            "type": "string",
            "description": "Summary, `One or more validation error occurred.`"
          },
          "validationErrors": {
            "type": "array",
            "description": "The individual problems.",
            "items": {
              "$ref": "#/components/schemas/ValidationError"
            }
          }
        },
        "examples": [
          {
            "status": 422,
            "title": "Unprocessable entity",
            "detail": "One or more validation error occurred.",
            "validationErrors": [
              {
                "name": "_emailStatus",
                "path": "/_emailStatus",
                "reason": "must be equal to one of the allowed values: active, bounced, paused, banned"
              }
            ]
          }
        ]
      },
      "ErrorProductIds": {
        "type": "array",
        "description": "Product ids named by `E0102`/`E0103`. Inferred: the custom-error table calls this extra field `productIds` while the same page's JSON example spells it `productsId`; the sandbox emits `productIds`.",
        "x-inferred": true,
        "items": {
          "type": "string"
        },
        "minItems": 1
      },
      "E0101Error": {
        "title": "E0101 error",
        "description": "Purchase creation: the contact given by `contactEmail` or `contactExternalId` does not exist (older docs mention only `contactEmail`).",
        "allOf": [
          {
            "$ref": "#/components/schemas/HttpError"
          },
          {
            "type": "object",
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "const": "E0101"
              }
            }
          }
        ],
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Contact maria.garcia@example.com does not exist.",
            "code": "E0101"
          }
        ]
      },
      "E0102Error": {
        "title": "E0102 error",
        "description": "Purchase creation: some products are not in the catalogue.",
        "allOf": [
          {
            "$ref": "#/components/schemas/HttpError"
          },
          {
            "type": "object",
            "required": [
              "code",
              "productIds"
            ],
            "properties": {
              "code": {
                "type": "string",
                "const": "E0102"
              },
              "productIds": {
                "$ref": "#/components/schemas/ErrorProductIds"
              }
            }
          }
        ],
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Products SKU-99001, SKU-99002 are not in the catalog.",
            "code": "E0102",
            "productIds": [
              "SKU-99001",
              "SKU-99002"
            ]
          }
        ]
      },
      "E0103Error": {
        "title": "E0103 error",
        "description": "Purchase creation: some product URLs are not in the account's authorized domains.",
        "allOf": [
          {
            "$ref": "#/components/schemas/HttpError"
          },
          {
            "type": "object",
            "required": [
              "code",
              "productIds",
              "allowedDomains"
            ],
            "properties": {
              "code": {
                "type": "string",
                "const": "E0103"
              },
              "productIds": {
                "$ref": "#/components/schemas/ErrorProductIds"
              },
              "allowedDomains": {
                "type": "array",
                "description": "The account's authorized domains.",
                "items": {
                  "type": "string",
                  "format": "uri"
                },
                "minItems": 1
              }
            }
          }
        ],
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Product 5cf8c05f5b4cb901091f7d98, 5cf8c05f5b4cb901091f7d99 had URL from non authorized domain.",
            "code": "E0103",
            "productIds": [
              "5cf8c05f5b4cb901091f7d98",
              "5cf8c05f5b4cb901091f7d99"
            ],
            "allowedDomains": [
              "http://www.mysite.com"
            ]
          }
        ]
      },
      "E0201Error": {
        "title": "E0201 error",
        "description": "Product create/patch: a product URL is from a non-authorized domain.",
        "allOf": [
          {
            "$ref": "#/components/schemas/HttpError"
          },
          {
            "type": "object",
            "required": [
              "code",
              "allowedDomains"
            ],
            "properties": {
              "code": {
                "type": "string",
                "const": "E0201"
              },
              "allowedDomains": {
                "type": "array",
                "description": "The account's authorized domains.",
                "items": {
                  "type": "string",
                  "format": "uri"
                },
                "minItems": 1
              }
            }
          }
        ],
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Product URL from non authorized domain.",
            "code": "E0201",
            "allowedDomains": [
              "http://www.mysite.com"
            ]
          }
        ]
      },
      "E0301Error": {
        "title": "E0301 error",
        "description": "Export creation: the limit of 5 queued exports was reached.",
        "allOf": [
          {
            "$ref": "#/components/schemas/HttpError"
          },
          {
            "type": "object",
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "const": "E0301"
              }
            }
          }
        ],
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Limit of 5 queued exports reached. Wait until some of them are completed or deleted.",
            "code": "E0301"
          }
        ]
      },
      "E0401Error": {
        "title": "E0401 error",
        "description": "Import creation: the limit of 10 queued imports was reached.",
        "allOf": [
          {
            "$ref": "#/components/schemas/HttpError"
          },
          {
            "type": "object",
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "const": "E0401"
              }
            }
          }
        ],
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Limit of 10 queued imports reached. Wait until some of them are finished.",
            "code": "E0401"
          }
        ]
      },
      "E0501Error": {
        "title": "E0501 error",
        "description": "Custom event creation: the contact does not exist and `createContact` is false.",
        "allOf": [
          {
            "$ref": "#/components/schemas/HttpError"
          },
          {
            "type": "object",
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "const": "E0501"
              }
            }
          }
        ],
        "examples": [
          {
            "status": 400,
            "title": "Bad Request",
            "detail": "Contact does not exist.",
            "code": "E0501"
          }
        ]
      },
      "ListLinks": {
        "type": "object",
        "description": "Navigation links of a list page; a key is omitted when there is no such page.",
        "properties": {
          "next": {
            "type": "string",
            "description": "URL of the next page, present if there are more elements.",
            "format": "uri"
          },
          "prev": {
            "type": "string",
            "description": "URL of the previous page, present if there is a previous page.",
            "format": "uri"
          }
        }
      },
      "CustomFieldValue": {
        "description": "Value of a custom contact field or of a custom event field: string (`text`, `email`, `date`, `radio`, `phone`), number (`decimal`), integer (`integer`), boolean (`boolean`) or array of strings (`checkbox`).",
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "number"
          },
          {
            "type": "integer"
          },
          {
            "type": "boolean"
          },
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        ]
      },
      "FieldOption": {
        "type": "object",
        "description": "Option of a `radio` or `checkbox` field.",
        "required": [
          "id",
          "label"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Option id (the stored value)."
          },
          "label": {
            "type": "string",
            "description": "Label shown in the UI."
          }
        }
      },
      "EmailStatus": {
        "type": "string",
        "description": "Email deliverability status.",
        "enum": [
          "active",
          "bounced",
          "paused",
          "banned"
        ]
      },
      "MobilePhoneStatus": {
        "type": "string",
        "description": "Mobile phone status.",
        "enum": [
          "active",
          "bounced",
          "paused"
        ]
      },
      "SubscriptionStatus": {
        "type": "string",
        "description": "Subscription status (newsletter or SMS).",
        "enum": [
          "subscribed",
          "unsubscribed",
          "none"
        ]
      },
      "ContactPatch": {
        "type": "object",
        "description": "Body of `PATCH /contacts/{email}`. All fields are optional; only those present change. Any other key is a custom contact field, addressed by its contact-field id (see `GET /contact-fields/`); its value type follows the field type: string for `text`, `email`, `date`, `radio` and `phone`; boolean for `boolean`; number for `decimal`; integer for `integer`; array of strings for `checkbox`.",
        "properties": {
          "_name": {
            "type": "string",
            "description": "First name."
          },
          "_surname": {
            "type": "string",
            "description": "Last name."
          },
          "_birthdate": {
            "type": "string",
            "format": "date-time",
            "description": "Birth date (ISO 8601)."
          },
          "_mobilePhone": {
            "type": "string",
            "description": "Mobile phone number in international form.",
            "format": "international"
          },
          "_emailStatus": {
            "$ref": "#/components/schemas/EmailStatus"
          },
          "_mobilePhoneStatus": {
            "$ref": "#/components/schemas/MobilePhoneStatus"
          },
          "_newsletterSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_smsSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_points": {
            "type": "integer",
            "description": "Contact score (points)."
          }
        },
        "additionalProperties": {
          "$ref": "#/components/schemas/CustomFieldValue"
        }
      },
      "ContactPatchByEmail": {
        "type": "object",
        "description": "Body of `PATCH /contacts/email/{email}`: the `ContactPatch` fields plus `_externalId`. Any other key is a custom contact field, addressed by its contact-field id (see `GET /contact-fields/`); its value type follows the field type: string for `text`, `email`, `date`, `radio` and `phone`; boolean for `boolean`; number for `decimal`; integer for `integer`; array of strings for `checkbox`.",
        "properties": {
          "_name": {
            "type": "string",
            "description": "First name."
          },
          "_surname": {
            "type": "string",
            "description": "Last name."
          },
          "_birthdate": {
            "type": "string",
            "format": "date-time",
            "description": "Birth date (ISO 8601)."
          },
          "_mobilePhone": {
            "type": "string",
            "description": "Mobile phone number in international form.",
            "format": "international"
          },
          "_emailStatus": {
            "$ref": "#/components/schemas/EmailStatus"
          },
          "_mobilePhoneStatus": {
            "$ref": "#/components/schemas/MobilePhoneStatus"
          },
          "_newsletterSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_smsSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_points": {
            "type": "integer",
            "description": "Contact score (points)."
          },
          "_externalId": {
            "type": "string",
            "description": "The store's identifier of the contact."
          }
        },
        "additionalProperties": {
          "$ref": "#/components/schemas/CustomFieldValue"
        }
      },
      "ContactPatchByExternalId": {
        "type": "object",
        "description": "Body of `PATCH /contacts/external-id/{externalId}`: the `ContactPatch` fields plus `_email`. Any other key is a custom contact field, addressed by its contact-field id (see `GET /contact-fields/`); its value type follows the field type: string for `text`, `email`, `date`, `radio` and `phone`; boolean for `boolean`; number for `decimal`; integer for `integer`; array of strings for `checkbox`.",
        "properties": {
          "_name": {
            "type": "string",
            "description": "First name."
          },
          "_surname": {
            "type": "string",
            "description": "Last name."
          },
          "_birthdate": {
            "type": "string",
            "format": "date-time",
            "description": "Birth date (ISO 8601)."
          },
          "_mobilePhone": {
            "type": "string",
            "description": "Mobile phone number in international form.",
            "format": "international"
          },
          "_emailStatus": {
            "$ref": "#/components/schemas/EmailStatus"
          },
          "_mobilePhoneStatus": {
            "$ref": "#/components/schemas/MobilePhoneStatus"
          },
          "_newsletterSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_smsSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_points": {
            "type": "integer",
            "description": "Contact score (points)."
          },
          "_email": {
            "type": "string",
            "description": "Email of the contact.",
            "format": "email"
          }
        },
        "additionalProperties": {
          "$ref": "#/components/schemas/CustomFieldValue"
        }
      },
      "Contact": {
        "type": "object",
        "description": "A contact: the writable fields plus read-only, computed ones. Custom fields appear under their contact-field ids.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Connectif identifier.",
            "readOnly": true
          },
          "_email": {
            "type": "string",
            "description": "Email.",
            "format": "email"
          },
          "_externalId": {
            "type": "string",
            "description": "The store's identifier of the contact. Inferred: the contact resource page does not list it; it is returned because the newer routes key contacts by it.",
            "x-inferred": true
          },
          "_name": {
            "type": "string",
            "description": "First name."
          },
          "_surname": {
            "type": "string",
            "description": "Last name."
          },
          "_birthdate": {
            "type": "string",
            "format": "date-time",
            "description": "Birth date (ISO 8601)."
          },
          "_mobilePhone": {
            "type": "string",
            "description": "Mobile phone number in international form.",
            "format": "international"
          },
          "_emailStatus": {
            "$ref": "#/components/schemas/EmailStatus"
          },
          "_mobilePhoneStatus": {
            "$ref": "#/components/schemas/MobilePhoneStatus"
          },
          "_newsletterSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_smsSubscriptionStatus": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "_points": {
            "type": "integer",
            "description": "Contact score (points)."
          },
          "_createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date.",
            "readOnly": true
          },
          "_updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Last update date.",
            "readOnly": true
          },
          "_isAnonymous": {
            "type": "boolean",
            "description": "Whether the contact is anonymous.",
            "readOnly": true
          },
          "_hasPushSubscriptions": {
            "type": "boolean",
            "description": "Whether the contact has web push subscriptions.",
            "readOnly": true
          },
          "_emailBouncedReason": {
            "type": "string",
            "description": "Reason of the last hard bounce.",
            "readOnly": true
          },
          "_emailLastBouncedDate": {
            "type": "string",
            "format": "date-time",
            "description": "Date of the last hard bounce.",
            "readOnly": true
          },
          "_emailLastSoftBounceDate": {
            "type": "string",
            "format": "date-time",
            "description": "Date of the last soft bounce.",
            "readOnly": true
          },
          "_emailLastUnsubscribedDate": {
            "type": "string",
            "format": "date-time",
            "description": "Date of the last unsubscription.",
            "readOnly": true
          },
          "_emailLastUnsubscribedIp": {
            "description": "IP address of the last unsubscription.",
            "readOnly": true,
            "anyOf": [
              {
                "type": "string",
                "format": "ipv4"
              },
              {
                "type": "string",
                "format": "ipv6"
              }
            ]
          },
          "_emailSoftBounces": {
            "type": "integer",
            "description": "Number of soft bounces.",
            "readOnly": true
          },
          "_firstPurchaseDate": {
            "type": "string",
            "format": "date-time",
            "description": "Date of the first purchase.",
            "readOnly": true
          },
          "_lastPurchaseDate": {
            "type": "string",
            "format": "date-time",
            "description": "Date of the last purchase.",
            "readOnly": true
          },
          "_totalPurchases": {
            "type": "integer",
            "description": "Number of purchases.",
            "readOnly": true
          },
          "_totalPurchasesAmount": {
            "type": "number",
            "description": "Sum of the purchase totals.",
            "readOnly": true
          },
          "_averagePurchasesAmount": {
            "type": "number",
            "description": "Average purchase total.",
            "readOnly": true
          },
          "_clv": {
            "type": "number",
            "description": "Customer lifetime value.",
            "readOnly": true
          },
          "_pAlive": {
            "type": "number",
            "description": "Probability that the customer is still active.",
            "readOnly": true
          },
          "_churnRate": {
            "type": [
              "number",
              "null"
            ],
            "description": "Churn rate (0-100); null for contacts without purchases.",
            "minimum": 0,
            "maximum": 100,
            "readOnly": true
          },
          "_expectedPurchases": {
            "type": "number",
            "description": "Expected number of future purchases.",
            "readOnly": true
          },
          "_recency": {
            "type": "string",
            "description": "RFM recency score.",
            "readOnly": true
          },
          "_frequency": {
            "type": "string",
            "description": "RFM frequency score.",
            "readOnly": true
          },
          "_monetary": {
            "type": "string",
            "description": "RFM monetary score.",
            "readOnly": true
          },
          "_rfm": {
            "type": "string",
            "description": "RFM segment.",
            "readOnly": true
          }
        },
        "additionalProperties": {
          "$ref": "#/components/schemas/CustomFieldValue"
        }
      },
      "ContactFieldType": {
        "type": "string",
        "description": "Type of a contact field.",
        "enum": [
          "text",
          "email",
          "date",
          "radio",
          "phone",
          "boolean",
          "decimal",
          "integer",
          "checkbox"
        ]
      },
      "ContactFieldCreation": {
        "type": "object",
        "description": "Body of `POST /contact-fields/`. Inferred: the captured reference does not show which fields are required; `id`, `name` and `type` are required by the sandbox.",
        "x-inferred": true,
        "required": [
          "id",
          "name",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Field id: starts with a letter; letters, digits, `-`, `_` and brackets; at most 150 characters; `id` is reserved.",
            "pattern": "^[A-Za-z][A-Za-z0-9_\\-\\[\\]]*$",
            "maxLength": 150
          },
          "name": {
            "type": "string",
            "description": "Display name."
          },
          "type": {
            "$ref": "#/components/schemas/ContactFieldType"
          },
          "required": {
            "type": "boolean",
            "description": "Whether the field is mandatory."
          },
          "defaultValue": {
            "$ref": "#/components/schemas/CustomFieldValue",
            "description": "Default value; required when `required` is true, not allowed for `email` and `phone` fields."
          },
          "defaultCountryCode": {
            "type": "string",
            "description": "Default country code for `phone` fields (e.g. `ES`)."
          },
          "maxLength": {
            "type": "integer",
            "description": "Maximum length for `text` fields."
          },
          "minValue": {
            "type": "number",
            "description": "Minimum value for `integer` and `decimal` fields."
          },
          "maxValue": {
            "type": "number",
            "description": "Maximum value for `integer` and `decimal` fields."
          },
          "minDate": {
            "type": "string",
            "format": "date-time",
            "description": "Earliest value for `date` fields."
          },
          "maxDate": {
            "type": "string",
            "format": "date-time",
            "description": "Latest value for `date` fields."
          },
          "options": {
            "type": "array",
            "description": "Options of `radio` and `checkbox` fields.",
            "items": {
              "$ref": "#/components/schemas/FieldOption"
            }
          }
        }
      },
      "ContactField": {
        "type": "object",
        "description": "Definition of a contact field (built-in or custom).",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Field id; built-in fields start with `_`."
          },
          "name": {
            "type": "string",
            "description": "Display name."
          },
          "type": {
            "$ref": "#/components/schemas/ContactFieldType"
          },
          "custom": {
            "type": "boolean",
            "description": "False for built-in fields such as `_email`."
          },
          "readOnly": {
            "type": "boolean",
            "description": "Whether the field can be written."
          },
          "required": {
            "type": "boolean",
            "description": "Whether the field is mandatory."
          },
          "defaultValue": {
            "$ref": "#/components/schemas/CustomFieldValue",
            "description": "Default value."
          },
          "defaultCountryCode": {
            "type": "string",
            "description": "Default country code (`phone` fields)."
          },
          "maxLength": {
            "type": "integer",
            "description": "Maximum length (`text` fields)."
          },
          "minValue": {
            "type": "number",
            "description": "Minimum value (`integer`/`decimal` fields)."
          },
          "maxValue": {
            "type": "number",
            "description": "Maximum value (`integer`/`decimal` fields)."
          },
          "minDate": {
            "type": "string",
            "format": "date-time",
            "description": "Earliest value (`date` fields)."
          },
          "maxDate": {
            "type": "string",
            "format": "date-time",
            "description": "Latest value (`date` fields)."
          },
          "options": {
            "type": "array",
            "description": "Options (`radio`/`checkbox` fields).",
            "items": {
              "$ref": "#/components/schemas/FieldOption"
            }
          }
        }
      },
      "ContactFieldList": {
        "type": "object",
        "description": "List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page.",
        "required": [
          "links",
          "results"
        ],
        "properties": {
          "links": {
            "$ref": "#/components/schemas/ListLinks"
          },
          "results": {
            "type": "array",
            "description": "The elements of this page.",
            "items": {
              "$ref": "#/components/schemas/ContactField"
            }
          }
        }
      },
      "ProductAvailabilityWrite": {
        "type": "string",
        "description": "Availability accepted on write.",
        "enum": [
          "instock",
          "outofstock"
        ],
        "default": "instock"
      },
      "ProductAvailability": {
        "type": "string",
        "description": "Availability as read back.",
        "enum": [
          "instock",
          "outofstock",
          "unverified",
          "discontinued"
        ]
      },
      "ProductCreation": {
        "type": "object",
        "description": "Body of `PATCH /products/product-id/{productId}`. All fields are optional; the product's `productId` comes from the path. The same field names are the CSV headers of product imports.",
        "properties": {
          "name": {
            "type": "string",
            "description": "Product name."
          },
          "description": {
            "type": "string",
            "description": "Product description."
          },
          "productDetailUrl": {
            "type": "string",
            "description": "URL of the product page; must be in one of the account's authorized domains.",
            "format": "uri"
          },
          "imageUrl": {
            "type": "string",
            "description": "URL of the product image; must be in one of the account's authorized domains.",
            "format": "uri"
          },
          "thumbnailUrl": {
            "type": "string",
            "description": "URL of the thumbnail; must be in one of the account's authorized domains.",
            "format": "uri"
          },
          "unitPrice": {
            "type": "number",
            "description": "Current unit price."
          },
          "unitPriceOriginal": {
            "type": "number",
            "description": "Unit price before discounts."
          },
          "unitPriceWithoutVAT": {
            "type": "number",
            "description": "Unit price without VAT."
          },
          "discountedAmount": {
            "type": "number",
            "description": "Discount per unit, as an amount."
          },
          "discountedPercentage": {
            "type": "number",
            "description": "Discount per unit, as a percentage (0-100).",
            "minimum": 0,
            "maximum": 100
          },
          "availability": {
            "$ref": "#/components/schemas/ProductAvailabilityWrite"
          },
          "inStockUnits": {
            "type": "integer",
            "description": "Units in stock."
          },
          "brand": {
            "type": "string",
            "description": "Brand."
          },
          "categories": {
            "type": "array",
            "description": "Categories; a hierarchy is written with `/` (e.g. `Pc/Keyboards/Special`).",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "description": "Free tags.",
            "items": {
              "type": "string"
            }
          },
          "customField1": {
            "type": "string",
            "description": "Free custom field 1."
          },
          "customField2": {
            "type": "string",
            "description": "Free custom field 2."
          },
          "customField3": {
            "type": "string",
            "description": "Free custom field 3."
          },
          "priority": {
            "type": "integer",
            "description": "Priority of the product in recommendations."
          },
          "isBlacklisted": {
            "type": "boolean",
            "description": "Excluded from recommendations."
          },
          "publishedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Publication date."
          },
          "rating": {
            "type": "number",
            "description": "Average rating."
          },
          "ratingCount": {
            "type": "integer",
            "description": "Number of ratings."
          },
          "reviewCount": {
            "type": "integer",
            "description": "Number of reviews."
          },
          "relatedExternalProductIds": {
            "type": "array",
            "description": "Store `productId`s of related products.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Product": {
        "type": "object",
        "description": "A catalogue product.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Connectif identifier.",
            "readOnly": true
          },
          "productId": {
            "type": "string",
            "description": "The store's identifier."
          },
          "name": {
            "type": "string",
            "description": "Product name."
          },
          "description": {
            "type": "string",
            "description": "Product description."
          },
          "productDetailUrl": {
            "type": "string",
            "description": "URL of the product page; must be in one of the account's authorized domains.",
            "format": "uri"
          },
          "imageUrl": {
            "type": "string",
            "description": "URL of the product image; must be in one of the account's authorized domains.",
            "format": "uri"
          },
          "thumbnailUrl": {
            "type": "string",
            "description": "URL of the thumbnail; must be in one of the account's authorized domains.",
            "format": "uri"
          },
          "unitPrice": {
            "type": "number",
            "description": "Current unit price."
          },
          "unitPriceOriginal": {
            "type": "number",
            "description": "Unit price before discounts."
          },
          "unitPriceWithoutVAT": {
            "type": "number",
            "description": "Unit price without VAT."
          },
          "discountedAmount": {
            "type": "number",
            "description": "Discount per unit, as an amount."
          },
          "discountedPercentage": {
            "type": "number",
            "description": "Discount per unit, as a percentage (0-100).",
            "minimum": 0,
            "maximum": 100
          },
          "availability": {
            "$ref": "#/components/schemas/ProductAvailability"
          },
          "inStockUnits": {
            "type": "integer",
            "description": "Units in stock."
          },
          "brand": {
            "type": "string",
            "description": "Brand."
          },
          "categories": {
            "type": "array",
            "description": "Categories; a hierarchy is written with `/` (e.g. `Pc/Keyboards/Special`).",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "description": "Free tags.",
            "items": {
              "type": "string"
            }
          },
          "customField1": {
            "type": "string",
            "description": "Free custom field 1."
          },
          "customField2": {
            "type": "string",
            "description": "Free custom field 2."
          },
          "customField3": {
            "type": "string",
            "description": "Free custom field 3."
          },
          "priority": {
            "type": "integer",
            "description": "Priority of the product in recommendations."
          },
          "isBlacklisted": {
            "type": "boolean",
            "description": "Excluded from recommendations."
          },
          "publishedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Publication date."
          },
          "rating": {
            "type": "number",
            "description": "Average rating."
          },
          "ratingCount": {
            "type": "integer",
            "description": "Number of ratings."
          },
          "reviewCount": {
            "type": "integer",
            "description": "Number of reviews."
          },
          "relatedExternalProductIds": {
            "type": "array",
            "description": "Store `productId`s of related products.",
            "items": {
              "type": "string"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date.",
            "readOnly": true
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Last update date.",
            "readOnly": true
          }
        }
      },
      "PurchaseProduct": {
        "type": "object",
        "description": "A line of a purchase. Inferred: the reference's \"Required\" column was not captured; the required fields follow the JavaScript cart/product event model (`quantity`, `price`, `productDetailUrl`, `productId`, `name`, `unitPrice`).",
        "x-inferred": true,
        "required": [
          "productId",
          "name",
          "quantity",
          "price",
          "unitPrice",
          "productDetailUrl"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Connectif identifier of the product (set in responses).",
            "readOnly": true
          },
          "productId": {
            "type": "string",
            "description": "The store's identifier of the product."
          },
          "name": {
            "type": "string",
            "description": "Product name."
          },
          "quantity": {
            "type": "integer",
            "description": "Units bought."
          },
          "price": {
            "type": "number",
            "description": "Line total, usually `quantity` × `unitPrice`."
          },
          "unitPrice": {
            "type": "number",
            "description": "Unit price paid."
          },
          "unitPriceOriginal": {
            "type": "number",
            "description": "Unit price before discounts."
          },
          "unitPriceWithoutVAT": {
            "type": "number",
            "description": "Unit price without VAT."
          },
          "discountedAmount": {
            "type": "number",
            "description": "Discount per unit, as an amount."
          },
          "discountedPercentage": {
            "type": "number",
            "description": "Discount per unit, as a percentage (0-100).",
            "minimum": 0,
            "maximum": 100
          },
          "productDetailUrl": {
            "type": "string",
            "description": "URL of the product page.",
            "format": "uri"
          },
          "imageUrl": {
            "type": "string",
            "description": "URL of the product image.",
            "format": "uri"
          },
          "thumbnailUrl": {
            "type": "string",
            "description": "URL of the thumbnail.",
            "format": "uri"
          },
          "description": {
            "type": "string",
            "description": "Product description."
          },
          "brand": {
            "type": "string",
            "description": "Brand."
          },
          "categories": {
            "type": "array",
            "description": "Categories; a hierarchy is written with `/` (e.g. `Pc/Keyboards/Special`).",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "description": "Free tags.",
            "items": {
              "type": "string"
            }
          },
          "customField1": {
            "type": "string",
            "description": "Free custom field 1."
          },
          "customField2": {
            "type": "string",
            "description": "Free custom field 2."
          },
          "customField3": {
            "type": "string",
            "description": "Free custom field 3."
          },
          "publishedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Publication date."
          },
          "rating": {
            "type": "number",
            "description": "Average rating."
          },
          "ratingCount": {
            "type": "integer",
            "description": "Number of ratings."
          },
          "reviewCount": {
            "type": "integer",
            "description": "Number of reviews."
          }
        }
      },
      "PurchaseCreation": {
        "description": "Body of `POST /purchases/`. The contact must already exist (`E0101` otherwise). Inferred: the reference's \"Required\" column was not captured; `purchaseId`, `totalQuantity`, `totalPrice` and `products` are required as in the JavaScript \"purchase made\" event, plus one of `contactEmail` / `contactExternalId`.",
        "x-inferred": true,
        "allOf": [
          {
            "type": "object",
            "required": [
              "purchaseId",
              "totalQuantity",
              "totalPrice",
              "products"
            ],
            "properties": {
              "purchaseId": {
                "type": "string",
                "description": "The store's identifier of the order."
              },
              "purchaseDate": {
                "type": "string",
                "format": "date-time",
                "description": "Date of the purchase (ISO 8601)."
              },
              "contactEmail": {
                "type": "string",
                "description": "Email of the buying contact.",
                "format": "email"
              },
              "contactExternalId": {
                "type": "string",
                "description": "`_externalId` of the buying contact (alternative to `contactEmail`)."
              },
              "cartId": {
                "type": "string",
                "description": "Identifier of the cart."
              },
              "paymentMethod": {
                "type": "string",
                "description": "Payment method."
              },
              "totalPrice": {
                "type": "number",
                "description": "Order total."
              },
              "totalQuantity": {
                "type": "integer",
                "description": "Total units, counting repeated units of the same product.",
                "minimum": 0
              },
              "products": {
                "type": "array",
                "description": "Purchased lines.",
                "items": {
                  "$ref": "#/components/schemas/PurchaseProduct"
                }
              }
            }
          },
          {
            "anyOf": [
              {
                "type": "object",
                "required": [
                  "contactEmail"
                ],
                "properties": {
                  "contactEmail": {
                    "type": "string",
                    "format": "email"
                  }
                },
                "additionalProperties": true
              },
              {
                "type": "object",
                "required": [
                  "contactExternalId"
                ],
                "properties": {
                  "contactExternalId": {
                    "type": "string"
                  }
                },
                "additionalProperties": true
              }
            ]
          }
        ]
      },
      "Purchase": {
        "type": "object",
        "description": "A purchase: the creation fields plus Connectif ids and timestamps (`contactEmail` and `contactId` may be missing).",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Connectif identifier.",
            "readOnly": true
          },
          "purchaseId": {
            "type": "string",
            "description": "The store's identifier of the order."
          },
          "purchaseDate": {
            "type": "string",
            "format": "date-time",
            "description": "Date of the purchase."
          },
          "contactId": {
            "type": "string",
            "description": "Connectif identifier of the contact.",
            "readOnly": true
          },
          "contactEmail": {
            "type": "string",
            "description": "Email of the contact.",
            "format": "email"
          },
          "contactExternalId": {
            "type": "string",
            "description": "`_externalId` of the contact."
          },
          "cartId": {
            "type": "string",
            "description": "Identifier of the cart."
          },
          "paymentMethod": {
            "type": "string",
            "description": "Payment method."
          },
          "totalPrice": {
            "type": "number",
            "description": "Order total."
          },
          "totalQuantity": {
            "type": "integer",
            "description": "Total units."
          },
          "products": {
            "type": "array",
            "description": "Purchased lines, each with its Connectif product `id`.",
            "items": {
              "$ref": "#/components/schemas/PurchaseProduct"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date.",
            "readOnly": true
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Last update date.",
            "readOnly": true
          }
        }
      },
      "CouponSet": {
        "type": "object",
        "description": "A coupon set. `available` and `assigned` are updated in batches (up to about 10 s of lag).",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier."
          },
          "name": {
            "type": "string",
            "description": "Name."
          },
          "type": {
            "type": "string",
            "description": "`single`: one shared code; `multiple`: unique codes.",
            "enum": [
              "single",
              "multiple"
            ]
          },
          "code": {
            "type": "string",
            "description": "The shared code (single sets only)."
          },
          "quantity": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Number of coupons; null for a single set with unlimited use."
          },
          "available": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Coupons still available; null for a single set with unlimited use."
          },
          "assigned": {
            "type": "integer",
            "description": "Coupons assigned to contacts.",
            "minimum": 0
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Last update date."
          },
          "usedInWorkflows": {
            "type": "array",
            "description": "Workflows that use the set.",
            "items": {
              "type": "object",
              "required": [
                "workflowId"
              ],
              "properties": {
                "workflowId": {
                  "type": "string",
                  "description": "Identifier of a workflow using the set."
                }
              }
            }
          }
        }
      },
      "CouponSetList": {
        "type": "object",
        "description": "List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page.",
        "required": [
          "links",
          "results"
        ],
        "properties": {
          "links": {
            "$ref": "#/components/schemas/ListLinks"
          },
          "results": {
            "type": "array",
            "description": "The elements of this page.",
            "items": {
              "$ref": "#/components/schemas/CouponSet"
            }
          }
        }
      },
      "ImportType": {
        "type": "string",
        "description": "What the import loads.",
        "enum": [
          "contacts",
          "products",
          "coupons"
        ]
      },
      "CsvDelimiter": {
        "type": "string",
        "description": "CSV column delimiter.",
        "enum": [
          ",",
          ";"
        ]
      },
      "ImportCreation": {
        "description": "Multipart form of `POST /imports/`. Booleans travel as the strings `true` / `false`.",
        "allOf": [
          {
            "type": "object",
            "required": [
              "type",
              "overrideExisting",
              "updateOnlyEmptyFields",
              "delimiter",
              "file"
            ],
            "properties": {
              "type": {
                "$ref": "#/components/schemas/ImportType"
              },
              "overrideExisting": {
                "type": "boolean",
                "description": "Overwrite existing elements."
              },
              "updateOnlyEmptyFields": {
                "type": "boolean",
                "description": "Only fill fields that are empty; may be true only if `overrideExisting` is true."
              },
              "delimiter": {
                "$ref": "#/components/schemas/CsvDelimiter"
              },
              "couponSetId": {
                "type": "string",
                "description": "Coupon set that receives the codes; required when `type` is `coupons`."
              },
              "file": {
                "type": "string",
                "format": "binary",
                "contentMediaType": "text/csv",
                "x-inferred": true,
                "description": "UTF-8 CSV whose header row holds field ids: contacts need `_email`; products use the product field names; coupons have a single `code` column. At most 50 Mb. Inferred: list cells (checkbox fields, `categories`, `tags`) separate values with `|`; an empty cell leaves the field as it is."
              }
            }
          },
          {
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "enum": [
                      "contacts",
                      "products"
                    ]
                  }
                },
                "additionalProperties": true
              },
              {
                "type": "object",
                "required": [
                  "couponSetId"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "coupons"
                  },
                  "couponSetId": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "additionalProperties": true
              }
            ]
          }
        ]
      },
      "ImportOptions": {
        "type": "object",
        "description": "Options the import was created with.",
        "properties": {
          "couponSetId": {
            "type": "string",
            "description": "Coupon set (coupon imports)."
          },
          "delimiter": {
            "$ref": "#/components/schemas/CsvDelimiter"
          },
          "overrideExisting": {
            "type": "boolean",
            "description": "Overwrite existing elements."
          },
          "updateOnlyEmptyFields": {
            "type": "boolean",
            "description": "Only fill empty fields."
          }
        }
      },
      "Import": {
        "type": "object",
        "description": "An asynchronous import job. Rows with problems do not fail the job; they are counted in `errors`.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier."
          },
          "type": {
            "$ref": "#/components/schemas/ImportType"
          },
          "status": {
            "type": "string",
            "x-inferred": true,
            "description": "Job status. Inferred: the real pace is unknown; the sandbox starts a job 1 s of sandbox time after it is created (or after the account's previous job ends), runs the account's jobs one at a time, and applies 20,000 rows per second of sandbox time. Rows with problems are counted in `errors`; the good rows still land.",
            "enum": [
              "queued",
              "inProgress",
              "finished",
              "error",
              "cancelled"
            ]
          },
          "origin": {
            "type": "string",
            "description": "Where the import was created.",
            "enum": [
              "api",
              "app"
            ]
          },
          "options": {
            "$ref": "#/components/schemas/ImportOptions"
          },
          "total": {
            "type": "integer",
            "description": "Rows in the file.",
            "minimum": 0
          },
          "success": {
            "type": "integer",
            "description": "Rows imported.",
            "minimum": 0
          },
          "errors": {
            "type": "integer",
            "description": "Rows rejected.",
            "minimum": 0
          },
          "errorReportFileUrl": {
            "type": "string",
            "description": "Download URL of the file listing the rejected rows.",
            "format": "uri"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date."
          },
          "startedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When processing started."
          },
          "finishedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When processing finished."
          },
          "cancelledAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the import was cancelled."
          }
        }
      },
      "ImportList": {
        "type": "object",
        "description": "List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page.",
        "required": [
          "links",
          "results"
        ],
        "properties": {
          "links": {
            "$ref": "#/components/schemas/ListLinks"
          },
          "results": {
            "type": "array",
            "description": "The elements of this page.",
            "items": {
              "$ref": "#/components/schemas/Import"
            }
          }
        }
      },
      "ExportDateFormat": {
        "type": "string",
        "description": "Format of dates in the exported CSV.",
        "enum": [
          "ISO",
          "L",
          "LL",
          "LLL"
        ]
      },
      "ExportVersion": {
        "type": "string",
        "description": "Export file format version. Inferred: the reference lists `v1` and `v2` (default `v1`), but the support centre documents contact export versions up to V5 and client code sends `v6`, so any `v<n>` is accepted.",
        "x-inferred": true,
        "pattern": "^v[1-9][0-9]*$",
        "default": "v1",
        "examples": [
          "v1",
          "v2"
        ]
      },
      "ExportCreation": {
        "description": "Body of `POST /exports/`. `fromDate` and `toDate` are required for `activities` and may be at most 31 days apart. Inferred: which other fields are required is not shown in the captured reference page; only `exportType` is required by the sandbox.",
        "x-inferred": true,
        "allOf": [
          {
            "type": "object",
            "required": [
              "exportType"
            ],
            "properties": {
              "exportType": {
                "type": "string",
                "description": "What to export.",
                "enum": [
                  "contacts",
                  "activities"
                ]
              },
              "delimiter": {
                "$ref": "#/components/schemas/CsvDelimiter"
              },
              "dateFormat": {
                "$ref": "#/components/schemas/ExportDateFormat"
              },
              "filters": {
                "type": "object",
                "description": "Filters.",
                "properties": {
                  "segmentId": {
                    "$ref": "#/components/schemas/SegmentId"
                  },
                  "fromDate": {
                    "$ref": "#/components/schemas/ExportRangeDate"
                  },
                  "toDate": {
                    "$ref": "#/components/schemas/ExportRangeDate"
                  },
                  "activityTypes": {
                    "type": "array",
                    "description": "Activity types to include (activities).",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "version": {
                "$ref": "#/components/schemas/ExportVersion"
              }
            }
          },
          {
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "exportType": {
                    "type": "string",
                    "const": "contacts"
                  }
                },
                "additionalProperties": true
              },
              {
                "type": "object",
                "required": [
                  "filters"
                ],
                "properties": {
                  "exportType": {
                    "type": "string",
                    "const": "activities"
                  },
                  "filters": {
                    "type": "object",
                    "description": "The range's formats are checked once, in the first branch.",
                    "required": [
                      "fromDate",
                      "toDate"
                    ],
                    "properties": {
                      "fromDate": {
                        "type": "string"
                      },
                      "toDate": {
                        "type": "string"
                      }
                    },
                    "additionalProperties": true
                  }
                },
                "additionalProperties": true
              }
            ]
          }
        ]
      },
      "SegmentId": {
        "type": "string",
        "description": "Only contacts of this segment (both export types), a 24-hex ObjectId. A malformed one is a 422 (`/filters/segmentId`, `Value is not valid`), as a public export client's test of the real API records. In the sandbox, segments are defined with `POST /__admin/connectif/segments` or a fixture file. Inferred, what the real API does with a well-formed id that names no segment is not known; the sandbox exports nothing for it.",
        "x-inferred": true,
        "pattern": "^[0-9a-fA-F]{24}$",
        "example": "643e76bfc1d60cb6ca7832fb"
      },
      "ExportRangeDate": {
        "description": "A bound of an activities export's range (`fromDate`, `toDate`): an ISO 8601 date-time, or a date (`YYYY-MM-DD`). Inferred: the reference documents date-time; public clients also send dates, evidenced only by their own mocks. The sandbox accepts both and reads a date as the whole day in the store's timezone: `fromDate` from its first instant, `toDate` to its last, so `2026-03-01`..`2026-03-31` is 31 days.",
        "x-inferred": true,
        "anyOf": [
          {
            "type": "string",
            "format": "date-time"
          },
          {
            "type": "string",
            "format": "date"
          }
        ],
        "examples": [
          "2026-03-01T00:00:00.000Z",
          "2026-03-01"
        ]
      },
      "DataExplorerExportCreation": {
        "type": "object",
        "description": "Body of `POST /exports/type/data-explorer`. Inferred: the captured reference page does not show which fields are required; `filters` with `reportId`, `fromDate` and `toDate` is required by the sandbox.",
        "x-inferred": true,
        "required": [
          "filters"
        ],
        "properties": {
          "delimiter": {
            "$ref": "#/components/schemas/CsvDelimiter"
          },
          "filters": {
            "type": "object",
            "description": "Report and date range.",
            "required": [
              "reportId",
              "fromDate",
              "toDate"
            ],
            "properties": {
              "reportId": {
                "type": "string",
                "description": "Data-explorer report id."
              },
              "fromDate": {
                "type": "string",
                "description": "First day (`YYYY-MM-DD`, account timezone).",
                "format": "date"
              },
              "toDate": {
                "type": "string",
                "description": "Last day (`YYYY-MM-DD`, account timezone); at most 31 days after `fromDate`.",
                "format": "date"
              }
            }
          }
        }
      },
      "Export": {
        "type": "object",
        "description": "An asynchronous export job.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier."
          },
          "exportType": {
            "type": "string",
            "description": "What is exported.",
            "enum": [
              "contacts",
              "activities",
              "banner-stats",
              "form-stats",
              "modal-stats",
              "push-stats",
              "webhooks-execution-logs",
              "data-explorer"
            ]
          },
          "status": {
            "type": "string",
            "description": "Job status (values seen in client code).",
            "enum": [
              "queued",
              "inProgress",
              "finished",
              "error"
            ]
          },
          "progress": {
            "type": "integer",
            "description": "Elements processed so far.",
            "minimum": 0
          },
          "total": {
            "type": "integer",
            "description": "Elements to process.",
            "minimum": 0
          },
          "fileUrl": {
            "type": "string",
            "description": "Download URL of the ZIP with the CSV file(s); present only when finished. A new URL is generated on every GET and is valid for 100 minutes.",
            "format": "uri"
          },
          "fileName": {
            "type": "string",
            "description": "File name."
          },
          "fileExtension": {
            "type": "string",
            "description": "File extension."
          },
          "filters": {
            "type": "object",
            "description": "Filters the export was created with.",
            "properties": {
              "activityTypes": {
                "type": "array",
                "description": "Activity types.",
                "items": {
                  "type": "string"
                }
              },
              "fromDate": {
                "type": "string",
                "description": "Start of the range as sent (date-time or `YYYY-MM-DD`)."
              },
              "reportId": {
                "type": "string",
                "description": "Data-explorer report id."
              },
              "segmentId": {
                "type": "string",
                "description": "Segment id."
              },
              "toDate": {
                "type": "string",
                "description": "End of the range as sent (date-time or `YYYY-MM-DD`)."
              }
            }
          },
          "origin": {
            "type": "string",
            "description": "Where the export was created."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date."
          },
          "finishedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the export finished."
          },
          "dateFormat": {
            "$ref": "#/components/schemas/ExportDateFormat"
          },
          "delimiter": {
            "$ref": "#/components/schemas/CsvDelimiter"
          },
          "version": {
            "$ref": "#/components/schemas/ExportVersion"
          }
        }
      },
      "ExportList": {
        "type": "object",
        "description": "List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page.",
        "required": [
          "links",
          "results"
        ],
        "properties": {
          "links": {
            "$ref": "#/components/schemas/ListLinks"
          },
          "results": {
            "type": "array",
            "description": "The elements of this page.",
            "items": {
              "$ref": "#/components/schemas/Export"
            }
          }
        }
      },
      "CreateCustomEvent": {
        "type": "object",
        "description": "Body of the custom-event endpoints: a flat object keyed by the event type's field ids. Values follow the field type (string, number, integer, boolean, or array of strings for checkbox). Unknown fields are rejected.",
        "additionalProperties": {
          "$ref": "#/components/schemas/CustomFieldValue"
        }
      },
      "CreateCustomEventResponse": {
        "type": "object",
        "description": "Body of a successful custom-event creation. Inferred: the resource is named in the reference but its fields were not captured; the sandbox returns the stored event's id, its event type and the contact it was attached to.",
        "x-inferred": true,
        "required": [
          "id",
          "eventTypeId",
          "contactId",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier of the stored event."
          },
          "eventTypeId": {
            "type": "string",
            "description": "Identifier of the custom event type."
          },
          "contactId": {
            "type": "string",
            "description": "Identifier of the contact the event was attached to (created if `createContact` was true)."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the event was stored."
          }
        }
      },
      "CustomIntegrationCreation": {
        "type": "object",
        "description": "Body of `POST /custom-integrations/`. Inferred: the captured reference does not show which fields are required; only `name` is required by the sandbox.",
        "x-inferred": true,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Integration name."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "color": {
            "type": "string",
            "description": "Colour shown in the UI (e.g. `#2f80ed`)."
          },
          "imageUri": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "description": "Custom image; null when there is none."
          },
          "eventsEnabled": {
            "type": "boolean",
            "description": "Whether the integration's events are enabled."
          }
        }
      },
      "CustomIntegrationUpdate": {
        "type": "object",
        "description": "Body of `PATCH /custom-integrations/{id}`; only the fields present change.",
        "properties": {
          "name": {
            "type": "string",
            "description": "Integration name."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "color": {
            "type": "string",
            "description": "Colour shown in the UI."
          },
          "imageUri": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "description": "Custom image; null when there is none."
          },
          "eventsEnabled": {
            "type": "boolean",
            "description": "Whether the integration's events are enabled."
          }
        }
      },
      "CustomIntegration": {
        "type": "object",
        "description": "A custom integration.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier."
          },
          "name": {
            "type": "string",
            "description": "Integration name."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "color": {
            "type": "string",
            "description": "Colour shown in the UI."
          },
          "imageUri": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "description": "Custom image; null when there is none."
          },
          "eventsEnabled": {
            "type": "boolean",
            "description": "Whether the integration's events are enabled."
          }
        }
      },
      "CustomIntegrationList": {
        "type": "object",
        "description": "List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. Inferred: no list resource is documented for this collection; the shape of the documented lists (`links` + `results`) is assumed.",
        "x-inferred": true,
        "required": [
          "links",
          "results"
        ],
        "properties": {
          "links": {
            "$ref": "#/components/schemas/ListLinks"
          },
          "results": {
            "type": "array",
            "description": "The elements of this page.",
            "items": {
              "$ref": "#/components/schemas/CustomIntegration"
            }
          }
        }
      },
      "CustomEventCategory": {
        "type": "string",
        "description": "`send`: Connectif sends the event to an external webhook; `receive`: Connectif receives it.",
        "enum": [
          "send",
          "receive"
        ]
      },
      "CustomEventReceiveType": {
        "type": "string",
        "description": "How a `receive` event arrives. Inferred: the enum values are not visible in the reference; the support centre names the contexts Public API, Webhook and Web or Mobile App.",
        "x-inferred": true,
        "enum": [
          "api",
          "webhook",
          "web"
        ]
      },
      "CustomEventFieldType": {
        "type": "string",
        "description": "Type of a custom event field. Inferred: the values are not listed in the captured pages; the contact field types are assumed (the documented value types and `email` primary key, `phone` country code and `radio`/`checkbox` options match them).",
        "x-inferred": true,
        "enum": [
          "text",
          "email",
          "date",
          "radio",
          "phone",
          "boolean",
          "decimal",
          "integer",
          "checkbox"
        ]
      },
      "WebhookHeader": {
        "type": "object",
        "description": "HTTP header added to the outbound webhook call.",
        "required": [
          "name",
          "value"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Header name, e.g. `x-api-key`."
          },
          "value": {
            "type": "string",
            "description": "Header value."
          }
        }
      },
      "CustomEventTypeField": {
        "type": "object",
        "description": "A field of a custom event type. Inferred: which field attributes are required is not shown; `id`, `name` and `type` are required by the sandbox.",
        "x-inferred": true,
        "required": [
          "id",
          "name",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Field id (the key in event bodies)."
          },
          "name": {
            "type": "string",
            "description": "Display name."
          },
          "type": {
            "$ref": "#/components/schemas/CustomEventFieldType"
          },
          "required": {
            "type": "boolean",
            "description": "Whether the field is mandatory."
          },
          "isPrimaryKey": {
            "type": "boolean",
            "description": "Primary key of the event; at most one field, of type `email`."
          },
          "jsonPointerPath": {
            "type": "string",
            "description": "JSON Pointer (RFC 6901) for extracting the field value, e.g. `/tokens/0`."
          },
          "defaultCountryCode": {
            "type": "string",
            "description": "Default country code (`phone` fields)."
          },
          "options": {
            "type": "array",
            "description": "Options (`radio`/`checkbox` fields).",
            "items": {
              "$ref": "#/components/schemas/FieldOption"
            }
          }
        }
      },
      "CustomEventTypeCreation": {
        "type": "object",
        "description": "Body of `POST /custom-integrations/{id}/custom-event-types/`. `alias` is required for `receive` and forbidden for `send`; `webhookUrl` and `webhookHeaders` configure `send` events. Inferred: which fields are required is not shown in the captured page; `name`, `category` and `fields` are required by the sandbox.",
        "x-inferred": true,
        "required": [
          "name",
          "category",
          "fields"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Event type name."
          },
          "icon": {
            "type": "string",
            "description": "Icon shown in the UI."
          },
          "category": {
            "$ref": "#/components/schemas/CustomEventCategory"
          },
          "alias": {
            "type": "string",
            "description": "Alias used by `POST /custom-events/alias/{alias}` (receive only)."
          },
          "receiveType": {
            "$ref": "#/components/schemas/CustomEventReceiveType"
          },
          "webhookUrl": {
            "type": "string",
            "description": "URL Connectif calls for `send` events.",
            "format": "uri"
          },
          "webhookHeaders": {
            "type": "array",
            "description": "Headers added to the webhook call.",
            "items": {
              "$ref": "#/components/schemas/WebhookHeader"
            }
          },
          "fields": {
            "type": "array",
            "description": "Fields of the event.",
            "items": {
              "$ref": "#/components/schemas/CustomEventTypeField"
            }
          }
        }
      },
      "CustomEventType": {
        "type": "object",
        "description": "A custom event type.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier."
          },
          "name": {
            "type": "string",
            "description": "Event type name."
          },
          "icon": {
            "type": "string",
            "description": "Icon shown in the UI."
          },
          "category": {
            "$ref": "#/components/schemas/CustomEventCategory"
          },
          "alias": {
            "type": "string",
            "description": "Alias (receive only)."
          },
          "receiveType": {
            "$ref": "#/components/schemas/CustomEventReceiveType"
          },
          "webhookUrl": {
            "type": "string",
            "description": "URL Connectif calls for `send` events.",
            "format": "uri"
          },
          "webhookHeaders": {
            "type": "array",
            "description": "Headers added to the webhook call.",
            "items": {
              "$ref": "#/components/schemas/WebhookHeader"
            }
          },
          "fields": {
            "type": "array",
            "description": "Fields of the event.",
            "items": {
              "$ref": "#/components/schemas/CustomEventTypeField"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Last update date."
          }
        }
      },
      "CustomEventTypeList": {
        "type": "object",
        "description": "List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page.",
        "required": [
          "links",
          "results"
        ],
        "properties": {
          "links": {
            "$ref": "#/components/schemas/ListLinks"
          },
          "results": {
            "type": "array",
            "description": "The elements of this page.",
            "items": {
              "$ref": "#/components/schemas/CustomEventType"
            }
          }
        }
      },
      "Workflow": {
        "type": "object",
        "description": "A workflow (read only). Inferred: only the routes are known from client code; the fields are the sandbox's choice.",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier."
          },
          "name": {
            "type": "string",
            "description": "Workflow name."
          },
          "status": {
            "type": "string",
            "description": "Workflow status as shown in the UI (e.g. `active`)."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Last update date."
          }
        }
      },
      "WorkflowList": {
        "type": "object",
        "description": "List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. Inferred: no list resource is documented for this collection; the shape of the documented lists (`links` + `results`) is assumed.",
        "x-inferred": true,
        "required": [
          "links",
          "results"
        ],
        "properties": {
          "links": {
            "$ref": "#/components/schemas/ListLinks"
          },
          "results": {
            "type": "array",
            "description": "The elements of this page.",
            "items": {
              "$ref": "#/components/schemas/Workflow"
            }
          }
        }
      },
      "ScrippetNotificationAnswer": {
        "type": "object",
        "description": "What the client script reads back - the browser's tracker id (kept in localStorage `cn_tracker`) and the web content to show. The sandbox shows none.",
        "required": [
          "trackerId",
          "webModals",
          "banners",
          "webContents"
        ],
        "properties": {
          "trackerId": {
            "type": "string",
            "description": "The browser's tracker id (24 characters)."
          },
          "webModals": {
            "type": "object",
            "description": "Modals by trigger (`immediate`, `onLeavePage`, `onScroll`, `onTimer`)."
          },
          "banners": {
            "type": "array",
            "items": {
              "type": "object"
            }
          },
          "webContents": {
            "type": "array",
            "items": {
              "type": "object"
            }
          }
        }
      },
      "Store": {
        "type": "object",
        "description": "The store (account) that owns the API key. Inferred: only the route is known from client code; the fields are the sandbox's choice (the timezone and authorized domains are facts the API relies on elsewhere).",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Identifier."
          },
          "name": {
            "type": "string",
            "description": "Store name."
          },
          "url": {
            "type": "string",
            "description": "Store website.",
            "format": "uri"
          },
          "timezone": {
            "type": "string",
            "description": "IANA timezone of the account (used by data-explorer date filters)."
          },
          "allowedDomains": {
            "type": "array",
            "description": "Authorized domains for product URLs (`E0103`, `E0201`).",
            "items": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      }
    }
  }
}

export default document
