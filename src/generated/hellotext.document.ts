/**
 * Generated from openapi/hellotext.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
import type { OpenApiDocument } from '../openapi/openapi-document.ts'

/** openapi/hellotext.yaml, parsed, for runtime validation. */
const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Hellotext API",
    "version": "v1",
    "summary": "Hellotext REST API (private token) and the public browser API that hellotext.js calls (Business ID).",
    "description": "Contract of the Hellotext API as martech-sandbox mocks it. Compiled from the research notes (`/work/shared/research/hellotext-reskyt.md`, part A), which read the Hellotext help centre (current and 2022 texts), the beginning of the API reference (https://www.hellotext.com/api) and the vendor's own clients (hellotext.js, hellotext-wordpress, vtex-checkout, ios-sdk).\n\n**Two credentials, both sent as `Authorization: Bearer <x>`.** The private authorization token (created under Settings → Authorization Tokens, shown once, scoped to one business; the docs' example is `ALK_eSMRuwJ2Al...`) authenticates every private route and is the global default (`privateToken`). The public Business ID (8 characters, e.g. `4ONLdN32`) is the bearer for the public browser routes `/v1/track/*` and `/v1/public/*` (`businessId`).\n\n**Ids** are 8 base62 characters (`vxqQJ3Yg`). **Errors** come back as `{\"errors\":[{\"type\":…,\"message\":…,\"parameter\":…}]}`. **Lists** are sorted newest first, 25 items per page by default, and take `limit`, `starting_after` and `ending_before`. **Money** is in decimal major units (`89.90`) with an ISO-4217 `currency`, never cents. **Timestamps** sent in `tracked_at` are Unix seconds or ISO-8601 with a zone (no milliseconds). The private API has no idempotency-key parameter.\n\nOperations, parameters, responses, examples and schemas marked `x-inferred: true` are design choices of the sandbox where the research found no source; their descriptions say why."
  },
  "servers": [
    {
      "url": "https://api.hellotext.com",
      "description": "Production. Every route is under `/v1`, except the WooCommerce link `/integrations/woo`."
    }
  ],
  "security": [
    {
      "privateToken": []
    }
  ],
  "x-cors": {
    "allowOrigin": "*",
    "description": "CORS for pages that call Hellotext: preflights are answered without credentials and every answer carries Access-Control-Allow-Origin. Inferred: Hellotext documents no CORS policy; its browser SDK sends Authorization and JSON from every shop's origin, so any origin is allowed.",
    "x-inferred": true
  },
  "tags": [
    {
      "name": "Profiles",
      "description": "Customer profiles (`/v1/profiles`) and custom profile properties (`/v1/properties`)."
    },
    {
      "name": "Sessions",
      "description": "Attaching a browser session to a profile, so that its anonymous events move to the profile."
    },
    {
      "name": "Events",
      "description": "Server-side attribution events (`/v1/attribution/events`). Every built-in action is listed in the `BuiltInAction` schema."
    },
    {
      "name": "Products",
      "description": "Product catalogue and product variants (`/v1/attribution/products`, `/v1/attribution/variants`)."
    },
    {
      "name": "Orders",
      "description": "Orders and their items (`/v1/attribution/orders`)."
    },
    {
      "name": "Carts",
      "description": "Carts created by `cart.*` events (`/v1/attribution/carts`)."
    },
    {
      "name": "Coupons",
      "description": "Coupons that `coupon.redeemed` events refer to (`/v1/coupons`)."
    },
    {
      "name": "Messages",
      "description": "Sending SMS, WhatsApp, Instagram and Mercado Libre messages (`/v1/messages`)."
    },
    {
      "name": "Templates",
      "description": "Message templates (`/v1/templates`)."
    },
    {
      "name": "Actions",
      "description": "Custom tracking actions (`appointment.booked`). The path is inferred."
    },
    {
      "name": "Objects",
      "description": "Custom object structures (e.g. `appointment`). The path is inferred."
    },
    {
      "name": "WordPress",
      "description": "Routes only the WooCommerce plugin (hellotext-wordpress) calls with the private token."
    },
    {
      "name": "Public tracking",
      "description": "Browser tracking routes of hellotext.js, the WooCommerce plugin and the iOS SDK, authenticated with the Business ID (`/v1/track/*`, `/v1/public/identifications`, `/v1/public/acks`)."
    },
    {
      "name": "Public widgets",
      "description": "Public routes hellotext.js uses for business metadata, forms, popups and web push, authenticated with the Business ID."
    }
  ],
  "paths": {
    "/v1/profiles": {
      "get": {
        "operationId": "listProfiles",
        "summary": "List profiles",
        "description": "Profiles of the business, newest first.",
        "tags": [
          "Profiles"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of profiles. An empty page is a valid answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProfileList"
                },
                "examples": {
                  "page": {
                    "summary": "A page of two profiles (`?starting_after=BvYeyVYz&limit=10`)",
                    "value": [
                      {
                        "id": "MzYwlE50",
                        "type": "profile",
                        "first_name": "Lucía",
                        "last_name": "Fernández",
                        "emails": [
                          "lucia@example.com"
                        ],
                        "phones": [
                          "+59899000001"
                        ],
                        "lists": [
                          "WooCommerce"
                        ],
                        "tags": [],
                        "properties": {},
                        "subscription": "unconfirmed",
                        "created_at": 1786104000
                      },
                      {
                        "id": "Qa2Zr7Lk",
                        "type": "profile",
                        "first_name": "Martín",
                        "last_name": "Suárez",
                        "emails": [
                          "martin@example.com"
                        ],
                        "phones": [],
                        "lists": [],
                        "tags": [
                          "vip"
                        ],
                        "properties": {
                          "Customer ID": "C-1042"
                        },
                        "subscription": "subscribed",
                        "created_at": 1786017600
                      }
                    ]
                  },
                  "empty": {
                    "summary": "No profile after the cursor",
                    "value": []
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "post": {
        "operationId": "createProfile",
        "summary": "Create a profile",
        "description": "Creates a profile, or matches an existing one by phone or email. Creating a profile does not subscribe it. Some property updates finish in the background, so read the profile back before relying on them.",
        "tags": [
          "Profiles"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProfileInput"
              },
              "examples": {
                "woocommerce": {
                  "summary": "As the WooCommerce plugin sends it (plain email and phone)",
                  "value": {
                    "first_name": "Lucía",
                    "last_name": "Fernández",
                    "email": "lucia@example.com",
                    "phone": "+59899000001",
                    "reference": "1042",
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "lists": [
                      "WooCommerce"
                    ]
                  }
                },
                "customStore": {
                  "summary": "As the 2026 custom-store guide sends it (labelled email and phone, custom property)",
                  "value": {
                    "first_name": "Martín",
                    "last_name": "Suárez",
                    "email": {
                      "primary": "martin@example.com"
                    },
                    "phone": {
                      "mobile": "+59899000002"
                    },
                    "property_by_id": {
                      "Pr6jF3zD": "C-1042"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/ProfileCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/profiles/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "getProfile",
        "summary": "Retrieve a profile",
        "tags": [
          "Profiles"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ProfileOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateProfile",
        "summary": "Update a profile",
        "description": "Changes the given fields. Some property updates finish in the background.",
        "tags": [
          "Profiles"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProfileInput"
              },
              "examples": {
                "rename": {
                  "summary": "Fix the last name and set a custom property",
                  "value": {
                    "last_name": "Fernández Díaz",
                    "property_by_id": {
                      "Pr6jF3zD": "C-1042"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ProfileOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/properties": {
      "post": {
        "operationId": "createProperty",
        "summary": "Define a custom profile property",
        "description": "Defines a custom profile property; its `id` is then used as the key of `property_by_id` when creating or updating profiles.",
        "tags": [
          "Profiles"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PropertyInput"
              },
              "examples": {
                "customerId": {
                  "summary": "A unique text property (help-centre example)",
                  "value": {
                    "name": "Customer ID",
                    "kind": "text",
                    "unique": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The property was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2).",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Property"
                },
                "examples": {
                  "customerId": {
                    "summary": "The created property",
                    "value": {
                      "id": "Pr6jF3zD",
                      "name": "Customer ID",
                      "kind": "text",
                      "unique": true
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "description": "Validation failed, e.g. a property with that name already exists.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "nameTaken": {
                    "summary": "Duplicate property name",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_not_unique",
                          "message": "This value is already used by another property.",
                          "description": "This value is already used by another property.",
                          "parameter": "name"
                        }
                      ]
                    }
                  },
                  "nameMissing": {
                    "summary": "Missing name",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_missing",
                          "message": "This parameter is required.",
                          "description": "This parameter is required.",
                          "parameter": "name"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/sessions/{session}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionPath"
        }
      ],
      "patch": {
        "operationId": "attachSession",
        "summary": "Attach a session to a profile",
        "description": "Links a browser session (the SDK's UUID or an existing session id) to a profile. Attaching moves the session's anonymous events and carts to the profile in the background.\n\nQuirks: the session must already be known to the server (tracking or identification must have reached it; the UUID the browser generates is not enough), otherwise 404. The answer is 200 **even when the server refused to change the owner**: a session that belongs to another profile is not moved (an anonymous contact may be merged into the target instead). In the live API the response's `profile` holds an internal numeric contact id or null; the sandbox returns the public profile id (see `Session.profile`).",
        "tags": [
          "Sessions"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AttachSessionRequest"
              },
              "examples": {
                "helpCentre": {
                  "summary": "Help-centre form",
                  "value": {
                    "profile": "MzYwlE50"
                  }
                },
                "woocommerce": {
                  "summary": "WooCommerce plugin form (repeats the session id)",
                  "value": {
                    "profile": "MzYwlE50",
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The session object (also when the owner was not changed).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                },
                "examples": {
                  "attached": {
                    "summary": "Session attached (sandbox returns the public profile id)",
                    "value": {
                      "id": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                      "type": "session",
                      "profile": "MzYwlE50",
                      "created_at": 1786104000
                    }
                  },
                  "liveInternalId": {
                    "summary": "As the live API answers today (internal numeric contact id)",
                    "value": {
                      "id": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                      "type": "session",
                      "profile": 48213,
                      "created_at": 1786104000
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
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "post": {
        "operationId": "attachSessionLegacy",
        "summary": "Attach a session to a profile (2022 form)",
        "description": "The 2022 help-centre form of `attachSession`: `POST` instead of `PATCH`, answering 201 with the session object. The Spanish 2022 page names the body key `profile_id`. Newer sources use `PATCH` and 200 only.",
        "deprecated": true,
        "tags": [
          "Sessions"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AttachSessionLegacyRequest"
              },
              "examples": {
                "english2022": {
                  "summary": "2022 English page",
                  "value": {
                    "profile": "MzYwlE50"
                  }
                },
                "spanish2022": {
                  "summary": "2022 Spanish page",
                  "value": {
                    "profile_id": "MzYwlE50"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The session object, as the 2022 docs show it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                },
                "examples": {
                  "docs2022": {
                    "summary": "The 2022 docs' response",
                    "value": {
                      "id": "WBAkaqNz",
                      "type": "session",
                      "profile": "MzYwlE50",
                      "created_at": 1665684173
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
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/events": {
      "post": {
        "operationId": "trackEvent",
        "summary": "Track an event server-side",
        "description": "Records an action (a built-in action from `BuiltInAction` or an existing custom action) for a profile, or for a session whose events move to its profile once attached. The body must be JSON; form data is not equivalent.\n\n**Two generations of this contract, one operation.** The request body is `oneOf` two named schemas that no realistic body matches both of:\n- **`TrackEvent2022`**, the December 2022 help-centre text (the Spanish tracking guide):\n  legacy keys `product` / `product_id`, `profile` / `profile_id`, `session_id`. The 2022\n  generation answers **HTTP 201 `{\"state\":\"ok\"}`**. martech-sandbox serves this generation by\n  default.\n\n- **`TrackEvent`**, the current contract (2023+ SDK docs, 2026 help centre): `profile` or\n  `session`, `object` or `object_parameters`, `object_type`, `amount`, `currency`,\n  `metadata`, `tracked_at`, `url`. The current generation answers **HTTP 200\n  `{\"status\":\"received\"}`**. The current docs say explicitly not to use `profile_id` or\n  `session_id`.\n\n\nEither acknowledgement means \"accepted for asynchronous processing\": it is not proof that the event was stored, and it returns no event, object or order id. `object_parameters` may create a product, cart or order even if the event later fails. Built-in order lifecycle actions on identified profiles are de-duplicated per (order, action): a repeated `order.shipped` for the same order adds nothing. Otherwise there is no idempotency.\n\nErrors: 401 bad token; 403 plan without API access; 404 unknown action or unknown session (a session exists on the server only after tracking or identification reached it); 422 missing parameters, a bad profile, session or object, a profile/session mismatch, `currency` without `amount`, or a bad `tracked_at`.\n\n**Which generation answers, in martech-sandbox.** The body's shape says which generation it is written for: a legacy key (`product`, `product_id`, `profile_id`, `session_id`) makes a 2022 body, a current-only key (`session`, `object`, `object_parameters`, `object_type`, `amount`, `currency`, `metadata`, `tracked_at`, `url`) a current body, and a body with only `action` and `profile` is neutral. The generation the sandbox plays is chosen per account (the `hellotext.generation` account setting, `2022` unless changed) and per request with the sandbox-only `X-Sandbox-Hellotext-Generation` header. A neutral body is acknowledged by the selected generation. The other generation's parameters are ignored, with a warning in the request's journal entry (`GET /__admin/requests`), since the APIs of either era ignored parameters they did not know (the 2022 one answers `page.viewed` with `url` 201); an account whose `hellotext.strict` setting is true gets 422 instead (see the `generationMismatch` example). A body mixing both generations' keys breaks both schemas and is 422 either way.",
        "tags": [
          "Events"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/SandboxGenerationHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/TrackEvent2022"
                  },
                  {
                    "$ref": "#/components/schemas/TrackEvent"
                  }
                ]
              },
              "examples": {
                "purchaseByProfile2022": {
                  "summary": "2022 generation, tracking by profile (Spanish tracking guide)",
                  "description": "Answered 201 `{\"state\":\"ok\"}`.",
                  "value": {
                    "action": "product.purchased",
                    "product": "vxqQJ3Yg",
                    "profile": "MzYwlE50"
                  }
                },
                "purchaseBySession2022": {
                  "summary": "2022 generation, tracking by session (Spanish tracking guide)",
                  "description": "Answered 201 `{\"state\":\"ok\"}`.",
                  "value": {
                    "action": "product.purchased",
                    "product_id": "vxqQJ3Yg",
                    "session_id": "bBJn9vR15yPaYkWmR2QK0jopMeNxrA6l"
                  }
                },
                "orderPlaced": {
                  "summary": "Current generation, order placed by a profile",
                  "description": "Answered 200 `{\"status\":\"received\"}`.",
                  "value": {
                    "action": "order.placed",
                    "profile": "MzYwlE50",
                    "object": "Kp3xW9aQ",
                    "amount": 89.9,
                    "currency": "USD",
                    "tracked_at": 1786104000
                  }
                },
                "productViewedBySession": {
                  "summary": "Current generation, product viewed in an anonymous session",
                  "description": "Answered 200 `{\"status\":\"received\"}`.",
                  "value": {
                    "action": "product.viewed",
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "object": "vxqQJ3Yg"
                  }
                },
                "customObjectInline": {
                  "summary": "Current generation, custom action with an inline custom object",
                  "description": "Answered 200 `{\"status\":\"received\"}`.",
                  "value": {
                    "action": "appointment.booked",
                    "profile": "MzYwlE50",
                    "object_type": "appointment",
                    "object_parameters": {
                      "reference": "APT-1042",
                      "room": "Room 3"
                    }
                  }
                },
                "subscribed": {
                  "summary": "Current generation, consent change (no object)",
                  "description": "Answered 200 `{\"status\":\"received\"}`.",
                  "value": {
                    "action": "subscribed",
                    "profile": "MzYwlE50",
                    "tracked_at": "2026-08-14T10:30:00-03:00"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Current generation: the event was accepted for asynchronous processing. martech-sandbox answers it to a `TrackEvent` body while the current generation is selected. No id is returned.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Received"
                },
                "examples": {
                  "received": {
                    "summary": "Current acknowledgement",
                    "value": {
                      "status": "received"
                    }
                  }
                }
              }
            }
          },
          "201": {
            "description": "2022 generation: the event was accepted. martech-sandbox answers it to a `TrackEvent2022` body, and to a neutral body (`action` and `profile` only) while the 2022 generation is selected, which is the default.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrackEventState"
                },
                "examples": {
                  "stateOk": {
                    "summary": "2022 acknowledgement",
                    "value": {
                      "state": "ok"
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
            "description": "The action name is unknown to the business, or the session, profile or object is not known to the server.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "unknownAction": {
                    "summary": "Unknown action name",
                    "value": {
                      "errors": [
                        {
                          "type": "not_found",
                          "message": "No action with this name exists for the business.",
                          "description": "No action with this name exists for the business.",
                          "parameter": "action"
                        }
                      ]
                    }
                  },
                  "unknownSession": {
                    "summary": "Session not yet known to the server",
                    "value": {
                      "errors": [
                        {
                          "type": "not_found",
                          "message": "The session was not found.",
                          "description": "The session was not found.",
                          "parameter": "session"
                        }
                      ]
                    }
                  },
                  "unknownSession2022": {
                    "summary": "Session not found (2022 field name)",
                    "value": {
                      "errors": [
                        {
                          "type": "not_found",
                          "message": "The session was not found.",
                          "description": "The session was not found.",
                          "parameter": "session_id"
                        }
                      ]
                    }
                  },
                  "unknownProfile": {
                    "summary": "Profile id not found in the business",
                    "description": "Inferred: the tracking guide lists only unknown action and unknown session under 404 and puts a bad profile under 422, while the status table answers 404 for any business-scoped id that is not found; the sandbox answers 404 for a well-formed profile id it does not know, and 422 for an empty one.",
                    "x-inferred": true,
                    "value": {
                      "errors": [
                        {
                          "type": "not_found",
                          "message": "The profile was not found.",
                          "description": "The profile was not found.",
                          "parameter": "profile"
                        }
                      ]
                    }
                  },
                  "unknownObject": {
                    "summary": "Object id not found in the business",
                    "description": "Inferred: the tracking guide puts a bad object under 422; as for a profile, the sandbox answers 404 for a well-formed object id the business does not know, and 422 (`invalidObject`) for an object of another type. The 2022 generation names the parameter `product` or `product_id`.",
                    "x-inferred": true,
                    "value": {
                      "errors": [
                        {
                          "type": "not_found",
                          "message": "The object was not found.",
                          "description": "The object was not found.",
                          "parameter": "object"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "description": "The parameters were understood but failed validation: missing action or identity, a bad profile, session or object, a profile/session mismatch, `currency` without `amount`, a bad `tracked_at`, or both `object` and `object_parameters`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "missingAction": {
                    "summary": "No action",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_missing",
                          "message": "This parameter is required.",
                          "description": "This parameter is required.",
                          "parameter": "action"
                        }
                      ]
                    }
                  },
                  "missingProfileOrSession": {
                    "summary": "Neither profile nor session",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_missing",
                          "message": "Either profile or session is required.",
                          "description": "Either profile or session is required.",
                          "parameter": "profile"
                        }
                      ]
                    }
                  },
                  "emptyProfile": {
                    "summary": "Bad (empty) profile",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_invalid_empty",
                          "message": "This required parameter has an empty value. Provide a valid value for the parameter.",
                          "description": "This required parameter has an empty value. Provide a valid value for the parameter.",
                          "parameter": "profile"
                        }
                      ]
                    }
                  },
                  "profileSessionMismatch": {
                    "summary": "The session belongs to another profile",
                    "description": "Inferred: the guide documents the rejection but not its error type; `not_allowed` (the object's state forbids the operation) is the closest documented type.",
                    "x-inferred": true,
                    "value": {
                      "errors": [
                        {
                          "type": "not_allowed",
                          "message": "The session belongs to another profile.",
                          "description": "The session belongs to another profile.",
                          "parameter": "session"
                        }
                      ]
                    }
                  },
                  "currencyWithoutAmount": {
                    "summary": "currency sent without amount",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_missing",
                          "message": "amount is required when currency is given.",
                          "description": "amount is required when currency is given.",
                          "parameter": "amount"
                        }
                      ]
                    }
                  },
                  "invalidTrackedAt": {
                    "summary": "tracked_at in milliseconds (or without a zone)",
                    "value": {
                      "errors": [
                        {
                          "type": "invalid",
                          "message": "Use Unix seconds or ISO-8601 with a time zone.",
                          "description": "Use Unix seconds or ISO-8601 with a time zone.",
                          "parameter": "tracked_at"
                        }
                      ]
                    }
                  },
                  "invalidObject": {
                    "summary": "object is not an object of the action's type",
                    "value": {
                      "errors": [
                        {
                          "type": "invalid",
                          "message": "The object does not match the action's object type.",
                          "description": "The object does not match the action's object type.",
                          "parameter": "object"
                        }
                      ]
                    }
                  },
                  "objectAndObjectParameters": {
                    "summary": "Both object and object_parameters",
                    "value": {
                      "errors": [
                        {
                          "type": "ambiguous_parameter",
                          "message": "Send object or object_parameters, not both.",
                          "description": "Send object or object_parameters, not both.",
                          "parameter": "object_parameters"
                        }
                      ]
                    }
                  },
                  "generationMismatch": {
                    "summary": "A 2022 body while the current generation is selected, strict account (sandbox only)",
                    "description": "Inferred: an account with `hellotext.strict: true` gets the other generation's parameters refused with 422, naming the body's first key of that generation (`session`, `object`, … in a 2022 request); by default they are ignored with a journal warning, as the APIs of either era ignored what they did not know.",
                    "x-inferred": true,
                    "value": {
                      "errors": [
                        {
                          "type": "invalid",
                          "message": "This parameter belongs to the 2022 tracking API; this request is answered by the current one (X-Sandbox-Hellotext-Generation).",
                          "description": "This parameter belongs to the 2022 tracking API; this request is answered by the current one (X-Sandbox-Hellotext-Generation).",
                          "parameter": "product"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "get": {
        "operationId": "listEvents",
        "summary": "List tracked events",
        "description": "Tracked events, newest first. Inferred: the research only knows that \"the event list uses a cursor\" (help centre); the path, the response shape and the absence of filters are the sandbox's choices (research A3).",
        "x-inferred": true,
        "tags": [
          "Events"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventList"
                },
                "examples": {
                  "page": {
                    "summary": "Two events of one profile",
                    "value": [
                      {
                        "id": "Ev3nT8qA",
                        "action": "order.placed",
                        "profile": "MzYwlE50",
                        "session": null,
                        "object": "Kp3xW9aQ",
                        "object_type": "order",
                        "amount": 89.9,
                        "currency": "USD",
                        "metadata": {},
                        "tracked_at": 1786104000,
                        "created_at": 1786104002
                      },
                      {
                        "id": "Ev2mR5wK",
                        "action": "product.viewed",
                        "profile": "MzYwlE50",
                        "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                        "object": "vxqQJ3Yg",
                        "object_type": "product",
                        "amount": null,
                        "currency": null,
                        "metadata": {},
                        "tracked_at": 1786100400,
                        "created_at": 1786100401
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/products": {
      "get": {
        "operationId": "listProducts",
        "summary": "List products",
        "description": "Products, newest first; used for reconciliation. Inferred: the help centre mentions a paginated product list but the route itself is not documented (research A3).",
        "x-inferred": true,
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of products.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductList"
                },
                "examples": {
                  "page": {
                    "summary": "One product",
                    "value": [
                      {
                        "id": "vxqQJ3Yg",
                        "name": "Trail running shoes",
                        "reference": "SKU-1042",
                        "sku": "TRS-42-BLK",
                        "source": "custom_store",
                        "url": "https://shop.example.com/products/trail-running-shoes",
                        "image_url": "https://shop.example.com/images/trs-42-blk.jpg",
                        "price": {
                          "amount": 89.9,
                          "currency": "USD"
                        },
                        "categories": [
                          "Shoes",
                          "Running"
                        ],
                        "collection": [
                          "Autumn 2026"
                        ],
                        "tags": [
                          "outdoor"
                        ],
                        "brand": "Rocío Sport",
                        "metadata": {},
                        "variants": []
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "post": {
        "operationId": "createProduct",
        "summary": "Create a product",
        "description": "Creates a product. `image_url` must be public (Hellotext downloads it). A `reference` can repeat across sources; (`source`, `reference`) is unique. There are no stock or availability fields.",
        "tags": [
          "Products"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProductInput"
              },
              "examples": {
                "withVariants": {
                  "summary": "A product with two variants",
                  "value": {
                    "name": "Trail running shoes",
                    "reference": "SKU-1042",
                    "sku": "TRS-42",
                    "source": "custom_store",
                    "url": "https://shop.example.com/products/trail-running-shoes",
                    "image_url": "https://shop.example.com/images/trs-42.jpg",
                    "price": {
                      "amount": 89.9,
                      "currency": "USD"
                    },
                    "categories": [
                      "Shoes",
                      "Running"
                    ],
                    "collection": [
                      "Autumn 2026"
                    ],
                    "tags": [
                      "outdoor"
                    ],
                    "brand": "Rocío Sport",
                    "metadata": {
                      "season": "autumn"
                    },
                    "variants": [
                      {
                        "name": "Black / 42",
                        "reference": "SKU-1042-BLK-42",
                        "sku": "TRS-42-BLK",
                        "price": {
                          "amount": 89.9,
                          "currency": "USD"
                        }
                      },
                      {
                        "name": "Blue / 42",
                        "reference": "SKU-1042-BLU-42",
                        "sku": "TRS-42-BLU",
                        "price": {
                          "amount": 94.9,
                          "currency": "USD"
                        }
                      }
                    ]
                  }
                },
                "minimal": {
                  "summary": "Only the required name",
                  "value": {
                    "name": "Gift card"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The product was created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Product"
                },
                "examples": {
                  "created": {
                    "summary": "The created product (default variant first)",
                    "value": {
                      "id": "vxqQJ3Yg",
                      "name": "Trail running shoes",
                      "reference": "SKU-1042",
                      "sku": "TRS-42",
                      "source": "custom_store",
                      "url": "https://shop.example.com/products/trail-running-shoes",
                      "image_url": "https://shop.example.com/images/trs-42.jpg",
                      "price": {
                        "amount": 89.9,
                        "currency": "USD"
                      },
                      "categories": [
                        "Shoes",
                        "Running"
                      ],
                      "collection": [
                        "Autumn 2026"
                      ],
                      "tags": [
                        "outdoor"
                      ],
                      "brand": "Rocío Sport",
                      "metadata": {
                        "season": "autumn"
                      },
                      "variants": [
                        {
                          "id": "Vr0dF4uL",
                          "name": "Trail running shoes",
                          "reference": "SKU-1042",
                          "sku": "TRS-42",
                          "price": {
                            "amount": 89.9,
                            "currency": "USD"
                          }
                        },
                        {
                          "id": "Vr7nT2bE",
                          "name": "Black / 42",
                          "reference": "SKU-1042-BLK-42",
                          "sku": "TRS-42-BLK",
                          "price": {
                            "amount": 89.9,
                            "currency": "USD"
                          }
                        },
                        {
                          "id": "Vr8pU3cF",
                          "name": "Blue / 42",
                          "reference": "SKU-1042-BLU-42",
                          "sku": "TRS-42-BLU",
                          "price": {
                            "amount": 94.9,
                            "currency": "USD"
                          }
                        }
                      ]
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "description": "Validation failed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "nameMissing": {
                    "summary": "No name",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_missing",
                          "message": "This parameter is required.",
                          "description": "This parameter is required.",
                          "parameter": "name"
                        }
                      ]
                    }
                  },
                  "referenceTaken": {
                    "summary": "(source, reference) already used",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_not_unique",
                          "message": "Another product of this source already uses this reference.",
                          "description": "Another product of this source already uses this reference.",
                          "parameter": "reference"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/products/{id}": {
      "get": {
        "operationId": "getProduct",
        "summary": "Retrieve a product",
        "description": "The path key may be the product's id, its `reference` or its `sku`.",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductKeyPath"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ProductOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateProduct",
        "summary": "Update a product",
        "description": "The path key may be the product's id, its `reference` or its `sku`. `variants: []` deletes every variant; omitting `variants` leaves them as they are.",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductKeyPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProductUpdate"
              },
              "examples": {
                "reprice": {
                  "summary": "New price",
                  "value": {
                    "price": {
                      "amount": 79.9,
                      "currency": "USD"
                    }
                  }
                },
                "dropVariants": {
                  "summary": "Delete every variant",
                  "value": {
                    "variants": []
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ProductOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deleteProduct",
        "summary": "Delete a product",
        "description": "Inferred: the help centre mentions deleting products but documents neither the route nor its answer; the sandbox takes the id only and returns the deleted product (research A3).",
        "x-inferred": true,
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ProductOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/products/{product_id}/variants": {
      "post": {
        "operationId": "createVariant",
        "summary": "Add a variant to a product",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VariantInput"
              },
              "examples": {
                "size43": {
                  "summary": "A new size",
                  "value": {
                    "name": "Black / 43",
                    "reference": "SKU-1042-BLK-43",
                    "sku": "TRS-43-BLK",
                    "price": {
                      "amount": 89.9,
                      "currency": "USD"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The variant was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2).",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Variant"
                },
                "examples": {
                  "created": {
                    "summary": "The created variant",
                    "value": {
                      "id": "Vr9qW4dG",
                      "name": "Black / 43",
                      "reference": "SKU-1042-BLK-43",
                      "sku": "TRS-43-BLK",
                      "price": {
                        "amount": 89.9,
                        "currency": "USD"
                      }
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/variants/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "getVariant",
        "summary": "Retrieve a variant",
        "tags": [
          "Products"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/VariantOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateVariant",
        "summary": "Update a variant",
        "tags": [
          "Products"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VariantInput"
              },
              "examples": {
                "reprice": {
                  "summary": "New price",
                  "value": {
                    "price": {
                      "amount": 84.9,
                      "currency": "USD"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/VariantOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deleteVariant",
        "summary": "Delete a variant",
        "tags": [
          "Products"
        ],
        "responses": {
          "200": {
            "description": "The variant was deleted. Inferred: the answer to a delete is not documented; the sandbox returns the deleted variant.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Variant"
                },
                "examples": {
                  "deleted": {
                    "summary": "The deleted variant",
                    "value": {
                      "id": "Vr7nT2bE",
                      "name": "Black / 42",
                      "reference": "SKU-1042-BLK-42",
                      "sku": "TRS-42-BLK",
                      "price": {
                        "amount": 89.9,
                        "currency": "USD"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/orders": {
      "get": {
        "operationId": "listOrders",
        "summary": "List orders",
        "description": "Orders, newest first. Inferred: the help centre mentions a paginated order list but the route itself is not documented (research A3).",
        "x-inferred": true,
        "tags": [
          "Orders"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of orders.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OrderList"
                },
                "examples": {
                  "page": {
                    "summary": "One order",
                    "value": [
                      {
                        "id": "Kp3xW9aQ",
                        "reference": "1042",
                        "source": "custom_store",
                        "name": "#1042",
                        "delivery": "deliver",
                        "payment_method": "credit_card",
                        "sales_channel": "web",
                        "metadata": {},
                        "items": [
                          {
                            "id": "Lm4sQ8wZ",
                            "product": "vxqQJ3Yg",
                            "quantity": 1,
                            "price": {
                              "amount": 89.9,
                              "currency": "USD"
                            }
                          }
                        ],
                        "total": {
                          "amount": 89.9,
                          "currency": "USD"
                        },
                        "created_at": 1786104000
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "post": {
        "operationId": "createOrder",
        "summary": "Create an order",
        "description": "Creates an order. There is **no `total` parameter**: the total is computed from the items (an item without `price` uses the product's current price) and `getOrder` returns it. The WooCommerce plugin and vtex-checkout still send `total` or `amount`/`currency`; the sandbox tolerates and ignores them. `delivery` is required for `source: custom_store`. Creating an order tracks no event: send `order.placed` to `trackEvent` for that.",
        "tags": [
          "Orders"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderInput"
              },
              "examples": {
                "customStore": {
                  "summary": "Custom-store order, one item by product id and one inline product",
                  "value": {
                    "reference": "1042",
                    "source": "custom_store",
                    "name": "#1042",
                    "delivery": "deliver",
                    "payment_method": "credit_card",
                    "sales_channel": "web",
                    "metadata": {
                      "coupon": "AUTUMN10"
                    },
                    "items": [
                      {
                        "product": "vxqQJ3Yg",
                        "quantity": 1
                      },
                      {
                        "product": {
                          "name": "Running socks",
                          "reference": "SKU-2001",
                          "source": "custom_store",
                          "price": {
                            "amount": 9.9,
                            "currency": "USD"
                          }
                        },
                        "quantity": 2,
                        "price": {
                          "amount": 8.5,
                          "currency": "USD"
                        }
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
            "description": "The order was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2).",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Order"
                },
                "examples": {
                  "created": {
                    "summary": "The created order with its computed total",
                    "value": {
                      "id": "Kp3xW9aQ",
                      "reference": "1042",
                      "source": "custom_store",
                      "name": "#1042",
                      "delivery": "deliver",
                      "payment_method": "credit_card",
                      "sales_channel": "web",
                      "metadata": {
                        "coupon": "AUTUMN10"
                      },
                      "items": [
                        {
                          "id": "Lm4sQ8wZ",
                          "product": "vxqQJ3Yg",
                          "quantity": 1,
                          "price": {
                            "amount": 89.9,
                            "currency": "USD"
                          }
                        },
                        {
                          "id": "Lm5tR9xA",
                          "product": "Pd2kS7mN",
                          "quantity": 2,
                          "price": {
                            "amount": 8.5,
                            "currency": "USD"
                          }
                        }
                      ],
                      "total": {
                        "amount": 106.9,
                        "currency": "USD"
                      },
                      "created_at": 1786104000
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "description": "Validation failed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "deliveryMissing": {
                    "summary": "custom_store order without delivery",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_missing",
                          "message": "This parameter is required.",
                          "description": "This parameter is required.",
                          "parameter": "delivery"
                        }
                      ]
                    }
                  },
                  "referenceTaken": {
                    "summary": "(source, reference) already used",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_not_unique",
                          "message": "Another order of this source already uses this reference.",
                          "description": "Another order of this source already uses this reference.",
                          "parameter": "reference"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/orders/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "getOrder",
        "summary": "Retrieve an order",
        "tags": [
          "Orders"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/OrderOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateOrder",
        "summary": "Update an order",
        "description": "Fixes the order's attributes. It tracks no lifecycle event: send `order.shipped`, `order.delivered`, … to `trackEvent` for that.",
        "tags": [
          "Orders"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderInput"
              },
              "examples": {
                "fixPayment": {
                  "summary": "Correct the payment method",
                  "value": {
                    "payment_method": "bank_transfer"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/OrderOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/orders/{id}/items": {
      "post": {
        "operationId": "createOrderItem",
        "summary": "Add an item to an order",
        "description": "Inferred: the help centre documents order-item endpoints (anchor `#order_items`) but their paths are unknown; the sandbox uses `/v1/attribution/orders/{id}/items` and `/v1/attribution/order_items/{id}` (research A3).",
        "x-inferred": true,
        "tags": [
          "Orders"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderItemInput"
              },
              "examples": {
                "addSocks": {
                  "summary": "Two more pairs of socks",
                  "value": {
                    "product": "SKU-2001",
                    "quantity": 2
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/OrderItemOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/order_items/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "getOrderItem",
        "summary": "Retrieve an order item",
        "description": "Inferred: path unknown (see `createOrderItem`).",
        "x-inferred": true,
        "tags": [
          "Orders"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/OrderItemOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateOrderItem",
        "summary": "Update an order item",
        "description": "Inferred: path unknown (see `createOrderItem`).",
        "x-inferred": true,
        "tags": [
          "Orders"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderItemUpdate"
              },
              "examples": {
                "quantity": {
                  "summary": "Change the quantity",
                  "value": {
                    "quantity": 3
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/OrderItemOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deleteOrderItem",
        "summary": "Remove an item from an order",
        "description": "Inferred: path unknown (see `createOrderItem`); the sandbox returns the removed item.",
        "x-inferred": true,
        "tags": [
          "Orders"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/OrderItemOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/attribution/carts": {
      "get": {
        "operationId": "listCarts",
        "summary": "List carts",
        "description": "Carts, newest first. The help centre's way to find a cart by `reference`/`source` is to page through this list.",
        "tags": [
          "Carts"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of carts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CartList"
                },
                "examples": {
                  "page": {
                    "summary": "One cart",
                    "value": [
                      {
                        "id": "Ct9pX3kR",
                        "reference": "cart-7781",
                        "source": "custom_store",
                        "items": [
                          {
                            "product": "vxqQJ3Yg",
                            "quantity": 1
                          },
                          {
                            "product": "Pd2kS7mN",
                            "quantity": 2
                          }
                        ],
                        "created_at": 1786100000
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/coupons": {
      "post": {
        "operationId": "createCoupon",
        "summary": "Create a coupon",
        "description": "`code` is case-sensitive and unique in the business; `destination_url` must be public.",
        "tags": [
          "Coupons"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CouponInput"
              },
              "examples": {
                "autumn": {
                  "summary": "A 10% coupon",
                  "value": {
                    "code": "AUTUMN10",
                    "description": "10% off the autumn collection",
                    "destination_url": "https://shop.example.com/collections/autumn",
                    "reference": "promo-2026-autumn"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The coupon was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2).",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Coupon"
                },
                "examples": {
                  "created": {
                    "summary": "The created coupon",
                    "value": {
                      "id": "Cp2hN7vJ",
                      "code": "AUTUMN10",
                      "description": "10% off the autumn collection",
                      "destination_url": "https://shop.example.com/collections/autumn",
                      "reference": "promo-2026-autumn"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/CouponInvalid"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/coupons/{id}": {
      "patch": {
        "operationId": "updateCoupon",
        "summary": "Update a coupon",
        "tags": [
          "Coupons"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CouponInput"
              },
              "examples": {
                "newLanding": {
                  "summary": "Point the coupon at another page",
                  "value": {
                    "destination_url": "https://shop.example.com/sale"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated coupon.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Coupon"
                },
                "examples": {
                  "updated": {
                    "summary": "The updated coupon",
                    "value": {
                      "id": "Cp2hN7vJ",
                      "code": "AUTUMN10",
                      "description": "10% off the autumn collection",
                      "destination_url": "https://shop.example.com/sale",
                      "reference": "promo-2026-autumn"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/CouponInvalid"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/messages": {
      "post": {
        "operationId": "sendMessage",
        "summary": "Send a message",
        "description": "Queues one message. The recipient is `profile` and/or `destination` (E.164); `destination` alone finds or creates the profile. The content is `body` or `template`; when `template` is present, `body` is ignored. `{shortlink:https://…}` and `{shortlink:name}` tokens in `body` are expanded. `attachments` are ignored for SMS.",
        "tags": [
          "Messages"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MessageInput"
              },
              "examples": {
                "sms": {
                  "summary": "An SMS to a known profile, with a short link",
                  "value": {
                    "technology": "sms",
                    "profile": "MzYwlE50",
                    "body": "Your order #1042 has shipped: {shortlink:https://shop.example.com/orders/1042}"
                  }
                },
                "whatsappTemplate": {
                  "summary": "A WhatsApp template to a phone number",
                  "value": {
                    "technology": "whatsapp",
                    "origin": "+59829000000",
                    "destination": "+59899000001",
                    "template": {
                      "id": "Tp8gK4rW",
                      "shortlinks": {
                        "tracking": "https://shop.example.com/orders/1042"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The message was queued. Inferred: the help centre gives the body `{\"status\":\"received\"}` but not the status code; 200 is assumed, as for tracking acknowledgements.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Received"
                },
                "examples": {
                  "received": {
                    "summary": "Queued",
                    "value": {
                      "status": "received"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "description": "Validation failed on `technology`, `destination` or `body`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "integrationInactive": {
                    "summary": "The WhatsApp integration is not enabled",
                    "value": {
                      "errors": [
                        {
                          "type": "integration_missing",
                          "message": "The whatsapp integration is not enabled for this business.",
                          "description": "The whatsapp integration is not enabled for this business.",
                          "parameter": "technology"
                        }
                      ]
                    }
                  },
                  "destinationInvalid": {
                    "summary": "No profile and an invalid destination",
                    "value": {
                      "errors": [
                        {
                          "type": "invalid",
                          "message": "The destination must be a phone number in E.164 format.",
                          "description": "The destination must be a phone number in E.164 format.",
                          "parameter": "destination"
                        }
                      ]
                    }
                  },
                  "bodyMissing": {
                    "summary": "Neither body nor template",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_missing",
                          "message": "A body or a template is required.",
                          "description": "A body or a template is required.",
                          "parameter": "body"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "get": {
        "operationId": "listMessages",
        "summary": "List messages",
        "description": "Messages, newest first. Inferred: the help centre links to an API-reference anchor `list_all_messages` but the route and the message object are not documented (research A3).",
        "x-inferred": true,
        "tags": [
          "Messages"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of messages.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageList"
                },
                "examples": {
                  "page": {
                    "summary": "One delivered SMS",
                    "value": [
                      {
                        "id": "Ms5dY1qB",
                        "technology": "sms",
                        "origin": "+59829000000",
                        "profile": "MzYwlE50",
                        "destination": "+59899000001",
                        "body": "Your order #1042 has shipped: https://hello.example/s/Xb7k",
                        "state": "delivered",
                        "attachments": [],
                        "created_at": 1786104300
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/messages/{id}": {
      "get": {
        "operationId": "getMessage",
        "summary": "Retrieve a message",
        "description": "Inferred: the help centre links to an API-reference anchor `retrieve_a_message` but the route and the message object are not documented (research A3).",
        "x-inferred": true,
        "tags": [
          "Messages"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Message"
                },
                "examples": {
                  "pending": {
                    "summary": "A queued WhatsApp message",
                    "value": {
                      "id": "Ms6eZ2rC",
                      "technology": "whatsapp",
                      "origin": "+59829000000",
                      "profile": "MzYwlE50",
                      "destination": "+59899000001",
                      "body": "Hi Lucía, your order has shipped.",
                      "state": "pending",
                      "attachments": [],
                      "created_at": 1786104400
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/templates": {
      "post": {
        "operationId": "createTemplate",
        "summary": "Create a message template",
        "description": "SMS templates are created `approved`; WhatsApp templates start `pending` until approved or rejected. `header`, `footer` and `buttons` are WhatsApp only. Body tags: `{name}`, `{full_name}`, `{last_name}`, `{email}`, `{phone}`, `{birthday}`, `{custom_property}`.",
        "tags": [
          "Templates"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TemplateInput"
              },
              "examples": {
                "whatsappShipping": {
                  "summary": "WhatsApp utility template with a header and buttons",
                  "value": {
                    "name": "order_shipped",
                    "technology": "whatsapp",
                    "category": "utility",
                    "header": {
                      "type": "text",
                      "text": "Your order is on its way"
                    },
                    "body": "Hi {name}, your order has shipped.",
                    "footer": "Rocío Sport",
                    "buttons": [
                      {
                        "type": "url",
                        "text": "Track my order",
                        "url": "https://shop.example.com/orders"
                      },
                      {
                        "type": "quick_reply",
                        "text": "Thanks!"
                      }
                    ]
                  }
                },
                "sms": {
                  "summary": "SMS marketing template",
                  "value": {
                    "name": "autumn_sale",
                    "technology": "sms",
                    "category": "marketing",
                    "body": "Hi {name}, 10% off with AUTUMN10."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The template was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2).",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Template"
                },
                "examples": {
                  "created": {
                    "summary": "A new WhatsApp template awaiting approval",
                    "value": {
                      "id": "Tp8gK4rW",
                      "name": "order_shipped",
                      "technology": "whatsapp",
                      "category": "utility",
                      "header": {
                        "type": "text",
                        "text": "Your order is on its way"
                      },
                      "body": "Hi {name}, your order has shipped.",
                      "footer": "Rocío Sport",
                      "buttons": [
                        {
                          "type": "url",
                          "text": "Track my order",
                          "url": "https://shop.example.com/orders"
                        },
                        {
                          "type": "quick_reply",
                          "text": "Thanks!"
                        }
                      ],
                      "state": "pending"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/templates/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "getTemplate",
        "summary": "Retrieve a template",
        "tags": [
          "Templates"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/TemplateOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateTemplate",
        "summary": "Update a template",
        "tags": [
          "Templates"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TemplateInput"
              },
              "examples": {
                "footer": {
                  "summary": "Change the footer",
                  "value": {
                    "footer": "Rocío Sport · Montevideo"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/TemplateOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deleteTemplate",
        "summary": "Delete a template",
        "tags": [
          "Templates"
        ],
        "responses": {
          "200": {
            "description": "The template was deleted. Inferred: the answer to a delete is not documented; the sandbox returns the deleted template.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Template"
                },
                "examples": {
                  "deleted": {
                    "summary": "The deleted SMS template",
                    "value": {
                      "id": "Tp9hL5sX",
                      "name": "autumn_sale",
                      "technology": "sms",
                      "category": "marketing",
                      "body": "Hi {name}, 10% off with AUTUMN10.",
                      "state": "approved"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/actions": {
      "get": {
        "operationId": "listActions",
        "summary": "List actions",
        "description": "The business's actions, newest first. Inferred: the help centre documents an Actions API (anchor `#actions`) but not its path or object; the sandbox uses `/v1/actions` and the `Action` schema (research A3).",
        "x-inferred": true,
        "tags": [
          "Actions"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of actions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionList"
                },
                "examples": {
                  "page": {
                    "summary": "One custom action",
                    "value": [
                      {
                        "id": "Ac1mV9sT",
                        "name": "appointment.booked"
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "post": {
        "operationId": "createAction",
        "summary": "Create a custom action",
        "description": "Custom actions use lowercase `object.verb` names, are unique in the business, may not clash with built-in names, must exist before their first event, and need no object. Inferred: path and object (see `listActions`).",
        "x-inferred": true,
        "tags": [
          "Actions"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ActionInput"
              },
              "examples": {
                "appointmentBooked": {
                  "summary": "The help centre's example action",
                  "value": {
                    "name": "appointment.booked"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/ActionOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "description": "Validation failed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "nameTaken": {
                    "summary": "The name is already used (or is a built-in action)",
                    "value": {
                      "errors": [
                        {
                          "type": "parameter_not_unique",
                          "message": "This value is already used by another action.",
                          "description": "This value is already used by another action.",
                          "parameter": "name"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/actions/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "getAction",
        "summary": "Retrieve an action",
        "description": "Inferred: path and object (see `listActions`).",
        "x-inferred": true,
        "tags": [
          "Actions"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ActionOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateAction",
        "summary": "Rename an action",
        "description": "Inferred: path and object (see `listActions`).",
        "x-inferred": true,
        "tags": [
          "Actions"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ActionInput"
              },
              "examples": {
                "rename": {
                  "summary": "New name",
                  "value": {
                    "name": "appointment.scheduled"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ActionOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deleteAction",
        "summary": "Delete an action",
        "description": "Inferred: path and object (see `listActions`); the sandbox returns the deleted action.",
        "x-inferred": true,
        "tags": [
          "Actions"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ActionOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/objects": {
      "get": {
        "operationId": "listObjects",
        "summary": "List custom object structures",
        "description": "Object structures, newest first. Built-in structures: apps, carts, forms, locations, orders, products, refunds. Inferred: the help centre documents an Objects API (anchor `#objects`) but not its path; the sandbox uses `/v1/objects` (research A3).",
        "x-inferred": true,
        "tags": [
          "Objects"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/EndingBefore"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of object structures.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ObjectStructureList"
                },
                "examples": {
                  "page": {
                    "summary": "One custom structure",
                    "value": [
                      {
                        "id": "Ob4kH7nP",
                        "title": "Appointments",
                        "name": "appointment",
                        "properties": [
                          {
                            "kind": "text",
                            "name": "reference",
                            "required": true,
                            "unique": true
                          },
                          {
                            "kind": "text",
                            "name": "room",
                            "required": false,
                            "unique": false
                          }
                        ]
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "post": {
        "operationId": "createObject",
        "summary": "Create a custom object structure",
        "description": "Defines a structure; instances are then created inline by `trackEvent` through `object_type` + `object_parameters`. Inferred: path (see `listObjects`).",
        "x-inferred": true,
        "tags": [
          "Objects"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ObjectStructureInput"
              },
              "examples": {
                "appointment": {
                  "summary": "An appointment structure",
                  "value": {
                    "title": "Appointments",
                    "name": "appointment",
                    "properties": [
                      {
                        "kind": "text",
                        "name": "reference",
                        "required": true,
                        "unique": true
                      },
                      {
                        "kind": "text",
                        "name": "room",
                        "required": false,
                        "unique": false
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
            "$ref": "#/components/responses/ObjectStructureOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/objects/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "getObject",
        "summary": "Retrieve a custom object structure",
        "description": "Inferred: path (see `listObjects`).",
        "x-inferred": true,
        "tags": [
          "Objects"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ObjectStructureOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "patch": {
        "operationId": "updateObject",
        "summary": "Update a custom object structure",
        "description": "Inferred: path (see `listObjects`).",
        "x-inferred": true,
        "tags": [
          "Objects"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ObjectStructureInput"
              },
              "examples": {
                "retitle": {
                  "summary": "New title",
                  "value": {
                    "title": "Bookings"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ObjectStructureOk"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deleteObject",
        "summary": "Delete a custom object structure",
        "description": "Inferred: path (see `listObjects`); the sandbox returns the deleted structure.",
        "x-inferred": true,
        "tags": [
          "Objects"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ObjectStructureOk"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/wordpress/webchats": {
      "get": {
        "operationId": "listWordpressWebchats",
        "summary": "List the business's webchat ids (WooCommerce plugin)",
        "tags": [
          "WordPress"
        ],
        "responses": {
          "200": {
            "description": "The ids of the business's webchats.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebchatIds"
                },
                "examples": {
                  "ids": {
                    "summary": "One webchat",
                    "value": {
                      "ids": [
                        "Wc6yB1nM"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/integrations/woo": {
      "post": {
        "operationId": "createWooIntegration",
        "summary": "Link a WooCommerce shop",
        "description": "Called by the WooCommerce plugin when it is activated, with the WooCommerce REST keys it created for Hellotext. This route has no `/v1` prefix.",
        "tags": [
          "WordPress"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WooIntegrationRequest"
              },
              "examples": {
                "activate": {
                  "summary": "As the plugin sends it on activation",
                  "value": {
                    "shop": {
                      "name": "Rocío Sport",
                      "url": "https://shop.example.com",
                      "email": "admin@shop.example.com",
                      "consumer_key": "ck_5f1e0c8a2b7d4e6f9a3c1b2d4e6f8a0c1b3d5e7f",
                      "consumer_secret": "cs_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b",
                      "currency": "USD"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deleteWooIntegration",
        "summary": "Unlink a WooCommerce shop",
        "description": "Called by the WooCommerce plugin when it is deactivated. This route has no `/v1` prefix.",
        "tags": [
          "WordPress"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WooIntegrationRemoval"
              },
              "examples": {
                "deactivate": {
                  "summary": "As the plugin sends it on deactivation",
                  "value": {
                    "shop": {
                      "business_id": "4ONLdN32"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/track/events": {
      "post": {
        "operationId": "trackBrowserEvent",
        "summary": "Track an event from the browser, an app or a plugin",
        "description": "The public tracking route of hellotext.js (`Hellotext.track`), the WooCommerce plugin (sent from the server, non-blocking, with the `hello_session` cookie's session), the vtex-checkout package and the iOS SDK. Authenticated with the Business ID. The SDK counts **only HTTP 200** as success; any other status is a failure. Bodies under about 60 KB are sent with `fetch(…, {keepalive: true})`. In preview mode (`hello_preview` URL parameter) the SDK makes no request at all.",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public tracking"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BrowserTrackEvent"
              },
              "examples": {
                "productViewed": {
                  "summary": "hellotext.js, product viewed",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "action": "product.viewed",
                    "object_parameters": {
                      "name": "Trail running shoes",
                      "reference": "SKU-1042",
                      "source": "custom_store",
                      "price": {
                        "amount": 89.9,
                        "currency": "USD"
                      }
                    },
                    "url": "https://shop.example.com/products/trail-running-shoes",
                    "page": {
                      "url": "https://shop.example.com/products/trail-running-shoes?utm_source=hellotext",
                      "title": "Trail running shoes",
                      "path": "/products/trail-running-shoes"
                    },
                    "utm_params": {
                      "source": "hellotext",
                      "medium": "sms",
                      "campaign": "Cm3vB8xP",
                      "observed_at": "2026-08-14T13:05:00.000Z"
                    }
                  }
                },
                "vtexOrderPlaced": {
                  "summary": "vtex-checkout, order placed with user parameters",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "action": "order.placed",
                    "user_parameters": {
                      "email": "lucia@example.com",
                      "firstName": "Lucía",
                      "lastName": "Fernández",
                      "phone": "+59899000001",
                      "document": "45678912",
                      "source": "vtex"
                    },
                    "object_parameters": {
                      "reference": "1340181234567-01",
                      "source": "vtex",
                      "items": [
                        {
                          "product": {
                            "name": "Trail running shoes",
                            "reference": "SKU-1042",
                            "source": "vtex"
                          },
                          "quantity": 1
                        }
                      ]
                    },
                    "amount": 89.9,
                    "currency": "USD"
                  }
                },
                "iosAppInstalled": {
                  "summary": "iOS SDK, app installed",
                  "value": {
                    "session": "WBAkaqNz",
                    "action": "app.installed",
                    "app_parameters": {
                      "name": "Rocío Sport"
                    },
                    "device": {
                      "os": "iOS",
                      "brand": "Apple",
                      "model": "iPhone15,2",
                      "version": "18.2"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Accepted for asynchronous processing.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Received"
                },
                "examples": {
                  "received": {
                    "summary": "Acknowledgement",
                    "value": {
                      "status": "received"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/track/sessions": {
      "post": {
        "operationId": "createSession",
        "summary": "Mint a session (legacy)",
        "description": "How the iOS SDK, and hellotext.js before January 2025, obtained a session id. Current hellotext.js generates a UUID v4 in the browser instead.",
        "deprecated": true,
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public tracking"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EmptyObject"
              },
              "examples": {
                "empty": {
                  "summary": "The SDKs send an empty JSON object",
                  "value": {}
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new session. Inferred: the SDKs read only `id` and do not check the status code; 200 is assumed.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrackSession"
                },
                "examples": {
                  "minted": {
                    "summary": "A server-minted session id",
                    "value": {
                      "id": "bBJn9vR15yPaYkWmR2QK0jopMeNxrA6l"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/identifications": {
      "post": {
        "operationId": "createIdentification",
        "summary": "Identify the visitor (Hellotext.identify)",
        "description": "Links the browser session to a user of the site. The SDK treats any 2xx as success and then stores the `hello_user_id`, `hello_user_source` and `hello_user_identification_hash` cookies; `Hellotext.forget()` clears them and keeps `hello_session`.",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public tracking"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/IdentificationRequest"
              },
              "examples": {
                "identify": {
                  "summary": "hellotext.js identify()",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "user_id": "1042",
                    "source": "woo",
                    "email": "lucia@example.com",
                    "phone": "+59899000001",
                    "name": "Lucía Fernández"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/identifications/{receipt}": {
      "get": {
        "operationId": "getIdentification",
        "summary": "Check an identification's status",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public tracking"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ReceiptPath"
          },
          {
            "$ref": "#/components/parameters/HellotextSessionHeader"
          }
        ],
        "responses": {
          "200": {
            "description": "The identification's status.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IdentificationStatus"
                },
                "examples": {
                  "completed": {
                    "summary": "As the SDK's test shows it",
                    "value": {
                      "status": "completed"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/acks": {
      "post": {
        "operationId": "createAck",
        "summary": "Acknowledge a new session",
        "description": "Sent once per new session (fire and forget, `keepalive`); the SDK then sets the `hello_session_ack_at` cookie.",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public tracking"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AckRequest"
              },
              "examples": {
                "ack": {
                  "summary": "A new session arriving from an SMS campaign",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "at": "2026-08-14T13:05:00.000Z",
                    "utm_params": {
                      "source": "hellotext",
                      "medium": "sms",
                      "campaign": "Cm3vB8xP"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/businesses/{business_id}": {
      "get": {
        "operationId": "getBusiness",
        "summary": "Retrieve the business's public metadata",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/BusinessIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The business's public metadata, as hellotext.js reads it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Business"
                },
                "examples": {
                  "business": {
                    "summary": "A business with a webchat",
                    "value": {
                      "id": "4ONLdN32",
                      "country": {
                        "code": "UY",
                        "prefix": "598"
                      },
                      "features": {
                        "webchat": true,
                        "forms": true
                      },
                      "locale": "es",
                      "style_url": "https://cdn.hellotext.com/styles/4ONLdN32.css",
                      "webchat": {
                        "id": "Wc6yB1nM",
                        "appearance": {},
                        "whatsapp": {}
                      },
                      "whitelist": "disabled",
                      "subscription": "active"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/forms/{id}": {
      "get": {
        "operationId": "getForm",
        "summary": "Retrieve a form",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/SessionQuery"
          },
          {
            "$ref": "#/components/parameters/LocaleQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The form. Inferred: the form object's fields are not documented; only `id` is modelled and anything else is allowed.",
            "x-inferred": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Form"
                },
                "examples": {
                  "form": {
                    "summary": "A form",
                    "value": {
                      "id": "Fm3tR8cX"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/forms/{id}/submissions": {
      "post": {
        "operationId": "createFormSubmission",
        "summary": "Submit a form",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FormSubmissionRequest"
              },
              "examples": {
                "signup": {
                  "summary": "A newsletter signup",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "first_name": "Lucía",
                    "email": "lucia@example.com",
                    "phone": "+59899000001"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/SubmissionCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/submissions/{id}/otps": {
      "post": {
        "operationId": "resendSubmissionOtp",
        "summary": "Send (again) the one-time code of a submission",
        "description": "The SDK sends no body.",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/submissions/{id}/otps/{otp}/verify": {
      "post": {
        "operationId": "verifySubmissionOtp",
        "summary": "Verify the one-time code of a submission",
        "description": "The SDK sends no body; the code travels in the path.",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/OtpPath"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "description": "The code is wrong or expired.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Errors"
                },
                "examples": {
                  "wrongCode": {
                    "summary": "Wrong code",
                    "value": {
                      "errors": [
                        {
                          "type": "invalid",
                          "message": "The code is not valid.",
                          "description": "The code is not valid.",
                          "parameter": "otp"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/popups/{id}": {
      "get": {
        "operationId": "getPopup",
        "summary": "Retrieve a popup",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/SessionQuery"
          },
          {
            "$ref": "#/components/parameters/LocaleQuery"
          },
          {
            "$ref": "#/components/parameters/DeviceQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The popup's rendered HTML, with the business metadata and locale.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Popup"
                },
                "examples": {
                  "popup": {
                    "summary": "A popup",
                    "value": {
                      "html": "<article class=\"hellotext-popup\"><h2>10% off your first order</h2></article>",
                      "locale": "es",
                      "business": {
                        "id": "4ONLdN32",
                        "country": {
                          "code": "UY",
                          "prefix": "598"
                        },
                        "features": {
                          "webchat": true,
                          "forms": true
                        },
                        "locale": "es",
                        "style_url": "https://cdn.hellotext.com/styles/4ONLdN32.css",
                        "webchat": null,
                        "whitelist": "disabled",
                        "subscription": "active"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/popups/{id}/submissions": {
      "post": {
        "operationId": "createPopupSubmission",
        "summary": "Submit a popup",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PopupSubmissionRequest"
              },
              "examples": {
                "phone": {
                  "summary": "A phone signup from a popup",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "popup_submission": {
                      "phone": "+59899000001"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/SubmissionCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/popups/{id}/submissions/{submission_id}/resend": {
      "post": {
        "operationId": "resendPopupSubmission",
        "summary": "Resend a popup submission's one-time code",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/SubmissionIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubmissionTokenRequest"
              },
              "examples": {
                "token": {
                  "summary": "The submission's token",
                  "value": {
                    "token": "3f9c2a7e5b1d4c8a"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/popups/{id}/submissions/{submission_id}/cancel": {
      "post": {
        "operationId": "cancelPopupSubmission",
        "summary": "Cancel a popup submission",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/SubmissionIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubmissionTokenRequest"
              },
              "examples": {
                "token": {
                  "summary": "The submission's token",
                  "value": {
                    "token": "3f9c2a7e5b1d4c8a"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/push/identities": {
      "post": {
        "operationId": "createPushIdentity",
        "summary": "Register a web-push identity",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PushIdentityRequest"
              },
              "examples": {
                "subscribe": {
                  "summary": "A browser push subscription",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "origin": "https://shop.example.com",
                    "endpoint": "https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ:APA91bH",
                    "keys": {
                      "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                      "auth": "tBHItJI5svbpez7KI4CCXg"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "delete": {
        "operationId": "deletePushIdentity",
        "summary": "Remove a web-push identity",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PushIdentityRequest"
              },
              "examples": {
                "unsubscribe": {
                  "summary": "Unsubscribe this browser",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "origin": "https://shop.example.com",
                    "endpoint": "https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ:APA91bH"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ReceivedInferred"
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/push/alerts": {
      "post": {
        "operationId": "createPushAlert",
        "summary": "Record a push-permission alert interaction",
        "description": "Sent with `keepalive`; the SDK does not read the (empty) success response.",
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PushAlertRequest"
              },
              "examples": {
                "accepted": {
                  "summary": "The visitor accepted the alert",
                  "value": {
                    "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                    "section": "prompt",
                    "kind": "accepted"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Recorded; no body. Inferred: hellotext.js says the success response is empty but not which 2xx code it uses; 204 is assumed.",
            "x-inferred": true
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/webchats/{id}": {
      "get": {
        "operationId": "getWebchat",
        "summary": "Retrieve a webchat",
        "description": "The webchat hellotext.js mounts when initialised with `webchat: {id}`: HTML holding one `<article>` (the SDK parses the text and takes that element), whose Stimulus controller (`hellotext--webchat`) reads the webchat id, the visitor's conversation and the targets it drives. The SDK sends `session`, `placement` and `style[…]`. Inferred: the real markup is Hellotext's; the sandbox serves an emulation with the values and targets the SDK reads.",
        "x-inferred": true,
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/SessionQuery"
          },
          {
            "name": "placement",
            "in": "query",
            "description": "Where the webchat sits (`bottom-right`, `bottom-left`, `top-right`, `top-left`).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The webchat's markup.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                },
                "example": "<article id=\"hellotext--webchat--Wc6yB1nM\" data-controller=\"hellotext--webchat\" data-hellotext--webchat-id-value=\"Wc6yB1nM\"></article>"
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/webchats/{id}/messages": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IdPath"
        }
      ],
      "get": {
        "operationId": "listWebchatMessages",
        "summary": "List a visitor's webchat messages",
        "description": "The visitor's conversation on the webchat, a page at a time, as hellotext.js reads it when the visitor scrolls up: `{next, messages}`, `next` the following (older) page or `null`. Inferred: the page size (20), that page 1 holds the newest messages, and that each page lists them newest first (the SDK prepends them one by one).",
        "x-inferred": true,
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "name": "session",
            "in": "query",
            "required": true,
            "description": "The visitor's session, whose conversation is read.",
            "schema": {
              "$ref": "#/components/schemas/SessionId"
            }
          },
          {
            "name": "page",
            "in": "query",
            "description": "The page, 1 for the newest messages.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of messages.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebchatMessagePage"
                },
                "example": {
                  "next": null,
                  "messages": [
                    {
                      "id": "Ms9dK2pL",
                      "body": "Do you ship to Montevideo?",
                      "attachments": [],
                      "state": "received",
                      "created_at": 1786104000
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      },
      "post": {
        "operationId": "createWebchatMessage",
        "summary": "Send a visitor's webchat message",
        "description": "What hellotext.js sends when the visitor writes: multipart form data (not JSON) with `message[body]` and/or files under `message[attachments][]`, the `session` and the `locale` (quick replies add `message[replied_to]`, `message[product]`, `message[button]`). Any 2xx is success to the SDK, which reads `id` and `conversation`. Inferred: the status (201), that a message needs a body or an attachment, and that attachments come back as `data:` URLs (the sandbox keeps no file store).",
        "x-inferred": true,
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/WebchatMessageRequest"
              },
              "example": {
                "message[body]": "Do you ship to Montevideo?",
                "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                "locale": "es"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The message was received.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebchatMessageCreated"
                },
                "example": {
                  "id": "Ms9dK2pL",
                  "conversation": "Cv4tR8wZ"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/webchats/{id}/messages/seen": {
      "patch": {
        "operationId": "markWebchatMessagesSeen",
        "summary": "Mark a visitor's webchat messages seen",
        "description": "hellotext.js sends `{session, message}` when the visitor opens the webchat (`message` null: everything so far) or reads a new message (its id); it ignores the answer. Inferred: the answer (204).",
        "x-inferred": true,
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "session"
                ],
                "properties": {
                  "session": {
                    "$ref": "#/components/schemas/SessionId"
                  },
                  "message": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                }
              },
              "example": {
                "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                "message": null
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The messages are marked seen."
          },
          "400": {
            "$ref": "#/components/responses/BadRequestInferred"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLargeInferred"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaTypeInferred"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    },
    "/v1/public/widgets/whatsapp/{id}": {
      "get": {
        "operationId": "getWhatsappWidget",
        "summary": "Retrieve the WhatsApp widget",
        "description": "The WhatsApp launcher hellotext.js shows: JSON `{html, business, locale}`, `html` holding an `<article>` the SDK mounts (a non-2xx or non-JSON answer makes it show nothing). The SDK sends `locale` and `placement`, and the page's overrides `whatsapp[number]`, `whatsapp[body]` and `whatsapp[appearance][launcher][icon_url]`. The path is the SDK's current one (its own test pins `/v1/public/widgets/whatsapp/{id}`; versions before 2026 called `/v1/widgets/whatsapp/{id}`). Inferred: the widget's markup, and that its id is the id of one of the business's webchats.",
        "x-inferred": true,
        "security": [
          {
            "businessId": []
          }
        ],
        "tags": [
          "Public widgets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdPath"
          },
          {
            "$ref": "#/components/parameters/LocaleQuery"
          },
          {
            "name": "placement",
            "in": "query",
            "description": "Where the launcher sits (`bottom-right`, …).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "whatsapp[number]",
            "in": "query",
            "description": "The number to open a chat with, instead of the business's.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "whatsapp[body]",
            "in": "query",
            "description": "The text the chat opens with.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "whatsapp[appearance][launcher][icon_url]",
            "in": "query",
            "description": "The launcher's icon.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The widget's markup, with the business metadata and locale.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Popup"
                },
                "example": {
                  "html": "<article id=\"hellotext--whatsapp--Wc6yB1nM\" data-controller=\"hellotext--whatsapp\"><a href=\"https://wa.me/59899000001\">WhatsApp</a></article>",
                  "locale": "es",
                  "business": {
                    "id": "4ONLdN32",
                    "country": {
                      "code": "UY",
                      "prefix": "598"
                    },
                    "features": {
                      "webchat": true,
                      "forms": true
                    },
                    "locale": "es",
                    "style_url": "https://cdn.hellotext.com/styles/4ONLdN32.css",
                    "webchat": {
                      "id": "Wc6yB1nM",
                      "appearance": {},
                      "whatsapp": {}
                    },
                    "whitelist": "disabled",
                    "subscription": "active"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequestsInferred"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "privateToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "Private authorization token, sent as `Authorization: Bearer <token>`. Created under Settings → Authorization Tokens, scoped to one business and shown only once. The docs' example is `ALK_eSMRuwJ2Al...`. Used by every private route."
      },
      "businessId": {
        "type": "http",
        "scheme": "bearer",
        "description": "The business's public Business ID (8 characters, e.g. `4ONLdN32`), sent as `Authorization: Bearer <BusinessID>` by hellotext.js, the WooCommerce plugin and the iOS SDK on the public routes `/v1/track/*` and `/v1/public/*`."
      }
    },
    "parameters": {
      "SandboxGenerationHeader": {
        "name": "X-Sandbox-Hellotext-Generation",
        "in": "header",
        "required": false,
        "description": "Sandbox-only extension of martech-sandbox; the real Hellotext API neither reads nor documents it. Selects the tracking generation that answers this one request, overriding the account's `hellotext.generation` setting (`2022` unless changed): `2022` acknowledges with `201 {\"state\":\"ok\"}`, `current` with `200 {\"status\":\"received\"}`.",
        "x-sandbox": true,
        "schema": {
          "type": "string",
          "enum": [
            "2022",
            "current"
          ]
        },
        "example": "current"
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).",
        "x-inferred": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "default": 25
        },
        "example": 10
      },
      "StartingAfter": {
        "name": "starting_after",
        "in": "query",
        "required": false,
        "description": "Cursor; returns the items after this id (newest-first order), excluding it.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        },
        "example": "BvYeyVYz"
      },
      "EndingBefore": {
        "name": "ending_before",
        "in": "query",
        "required": false,
        "description": "Cursor; returns the items before this id (newest-first order), excluding it.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        },
        "example": "BvYeyVYz"
      },
      "IdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Hellotext's public id of the resource.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        },
        "example": "MzYwlE50"
      },
      "ProductKeyPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The product's id, its `reference` or its `sku`.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "examples": {
          "id": {
            "summary": "Hellotext id",
            "value": "vxqQJ3Yg"
          },
          "reference": {
            "summary": "Your reference",
            "value": "SKU-1042"
          }
        }
      },
      "ProductIdPath": {
        "name": "product_id",
        "in": "path",
        "required": true,
        "description": "The product's id.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        },
        "example": "vxqQJ3Yg"
      },
      "SessionPath": {
        "name": "session",
        "in": "path",
        "required": true,
        "description": "The SDK's session UUID or an existing session id.",
        "schema": {
          "$ref": "#/components/schemas/SessionId"
        },
        "example": "da834c54-97fa-44ef-bafd-2bd4fec60636"
      },
      "BusinessIdPath": {
        "name": "business_id",
        "in": "path",
        "required": true,
        "description": "The public Business ID.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        },
        "example": "4ONLdN32"
      },
      "ReceiptPath": {
        "name": "receipt",
        "in": "path",
        "required": true,
        "description": "The identification receipt.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "Rc4pN8vX"
      },
      "OtpPath": {
        "name": "otp",
        "in": "path",
        "required": true,
        "description": "The one-time code the visitor typed.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "482913"
      },
      "SubmissionIdPath": {
        "name": "submission_id",
        "in": "path",
        "required": true,
        "description": "The popup submission's id.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        },
        "example": "Sb5nG9yE"
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "hellotext.js sends a fresh UUID per popup submission attempt.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "2b0f6a8e-3c1d-4e5f-9a7b-8c6d4e2f1a0b"
      },
      "HellotextSessionHeader": {
        "name": "X-Hellotext-Session",
        "in": "header",
        "required": false,
        "description": "The browser session; hellotext.js sends it when checking an identification.",
        "schema": {
          "$ref": "#/components/schemas/SessionId"
        },
        "example": "da834c54-97fa-44ef-bafd-2bd4fec60636"
      },
      "SessionQuery": {
        "name": "session",
        "in": "query",
        "required": false,
        "description": "The browser session.",
        "schema": {
          "$ref": "#/components/schemas/SessionId"
        },
        "example": "da834c54-97fa-44ef-bafd-2bd4fec60636"
      },
      "LocaleQuery": {
        "name": "locale",
        "in": "query",
        "required": false,
        "description": "The visitor's locale.",
        "schema": {
          "type": "string"
        },
        "example": "es"
      },
      "DeviceQuery": {
        "name": "device",
        "in": "query",
        "required": false,
        "description": "The device layout hellotext.js asks for (viewport ≤ 767 px is `mobile`).",
        "schema": {
          "type": "string",
          "enum": [
            "mobile",
            "desktop"
          ]
        },
        "example": "mobile"
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "The bearer is missing, invalid or revoked: the private token on private routes, the Business ID on public routes.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "invalidToken": {
                "summary": "Missing, invalid or revoked bearer",
                "description": "Inferred: the research gives the 401 status but not its body or error type; the documented errors[] shape is reused with type `invalid`.",
                "x-inferred": true,
                "value": {
                  "errors": [
                    {
                      "type": "invalid",
                      "message": "The authorization token is missing, invalid or revoked.",
                      "description": "The authorization token is missing, invalid or revoked.",
                      "parameter": "Authorization"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The business or its plan cannot do this (no API access, or the subscription's state).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "noApiAccess": {
                "summary": "The plan has no API access",
                "description": "Inferred: the help centre lists 403 without its body or error type; `not_allowed` is the closest documented type.",
                "x-inferred": true,
                "value": {
                  "errors": [
                    {
                      "type": "not_allowed",
                      "message": "Your plan does not include API access.",
                      "description": "Your plan does not include API access."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "The resource, or a business-scoped id the request refers to (a cursor, a profile, a product…), was not found.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "resource": {
                "summary": "Unknown id in the path",
                "value": {
                  "errors": [
                    {
                      "type": "not_found",
                      "message": "The resource was not found.",
                      "description": "The resource was not found.",
                      "parameter": "id"
                    }
                  ]
                }
              },
              "cursor": {
                "summary": "Unknown pagination cursor",
                "value": {
                  "errors": [
                    {
                      "type": "not_found",
                      "message": "The resource was not found.",
                      "description": "The resource was not found.",
                      "parameter": "starting_after"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "SessionNotFound": {
        "description": "The session is not known to the server: it exists only after tracking or identification has reached it (the UUID the browser generates is not enough).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "unknownSession": {
                "summary": "Session not yet known",
                "value": {
                  "errors": [
                    {
                      "type": "not_found",
                      "message": "The session was not found.",
                      "description": "The session was not found.",
                      "parameter": "session"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "UnprocessableEntity": {
        "description": "\"Request Failed\": the parameters were understood but failed validation.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "apiReference": {
                "summary": "The API reference's example, verbatim",
                "value": {
                  "errors": [
                    {
                      "type": "parameter_missing",
                      "message": "This parameter is required.",
                      "parameter": "name"
                    }
                  ]
                }
              },
              "parameterInvalidEmpty": {
                "summary": "As hellotext.js documents errors (key `description`), with `message` added",
                "value": {
                  "errors": [
                    {
                      "type": "parameter_invalid_empty",
                      "message": "This required parameter has an empty value. Provide a valid value for the parameter.",
                      "description": "This required parameter has an empty value. Provide a valid value for the parameter.",
                      "parameter": "name"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "BadRequestInferred": {
        "description": "The body could not be read: not JSON, or JSON nested deeper than 100 levels. Inferred: the research documents no status for an unreadable body; 400 is what Rails answers a body it cannot parse, and the documented errors[] shape is reused with type `invalid`.",
        "x-inferred": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "invalidJson": {
                "summary": "Body is not valid JSON",
                "value": {
                  "errors": [
                    {
                      "type": "invalid",
                      "message": "The request body could not be read: invalid json: Unexpected end of JSON input.",
                      "description": "The request body could not be read: invalid json: Unexpected end of JSON input."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "PayloadTooLargeInferred": {
        "description": "The body is over 50 MB. Inferred: Hellotext documents no size limit; the sandbox refuses a body over 50 MB with 413 and the documented errors[] shape.",
        "x-inferred": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "tooLarge": {
                "summary": "Body over 50 MB",
                "value": {
                  "errors": [
                    {
                      "type": "invalid",
                      "message": "The request body is larger than 52428800 bytes.",
                      "description": "The request body is larger than 52428800 bytes."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaTypeInferred": {
        "description": "The body is not sent as JSON. Inferred: the help centre says the body must be JSON (form data is not equivalent) but not which status answers otherwise; the sandbox answers 415.",
        "x-inferred": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "notJson": {
                "summary": "Form data instead of JSON",
                "value": {
                  "errors": [
                    {
                      "type": "invalid",
                      "message": "The request body must be JSON (Content-Type: application/json).",
                      "description": "The request body must be JSON (Content-Type: application/json)."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "TooManyRequestsInferred": {
        "description": "The account is over the request limit the sandbox was given for it. Inferred: Hellotext documents no rate limit; only an account given one through the admin API (`rateLimits.hellotext`) gets this answer.",
        "x-inferred": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "rateLimited": {
                "summary": "Over the limit given to the account",
                "value": {
                  "errors": [
                    {
                      "type": "rate_limited",
                      "message": "Too many requests.",
                      "description": "Too many requests."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "ReceivedInferred": {
        "description": "Accepted. Inferred: the research documents neither the success status nor the body of this route; the sandbox answers 200 with the `{\"status\":\"received\"}` acknowledgement the tracking routes use.",
        "x-inferred": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Received"
            },
            "examples": {
              "received": {
                "summary": "Acknowledgement",
                "value": {
                  "status": "received"
                }
              }
            }
          }
        }
      },
      "ProfileCreated": {
        "description": "The profile (new, or the existing one matched by phone or email). Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2).",
        "x-inferred": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Profile"
            },
            "examples": {
              "created": {
                "summary": "A new profile",
                "value": {
                  "id": "MzYwlE50",
                  "type": "profile",
                  "first_name": "Lucía",
                  "last_name": "Fernández",
                  "emails": [
                    "lucia@example.com"
                  ],
                  "phones": [
                    "+59899000001"
                  ],
                  "lists": [
                    "WooCommerce"
                  ],
                  "tags": [],
                  "properties": {},
                  "subscription": "unconfirmed",
                  "created_at": 1786104000
                }
              }
            }
          }
        }
      },
      "ProfileOk": {
        "description": "The profile.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Profile"
            },
            "examples": {
              "profile": {
                "summary": "A subscribed profile with a custom property",
                "value": {
                  "id": "MzYwlE50",
                  "type": "profile",
                  "first_name": "Lucía",
                  "last_name": "Fernández Díaz",
                  "emails": [
                    "lucia@example.com"
                  ],
                  "phones": [
                    "+59899000001"
                  ],
                  "lists": [
                    "WooCommerce"
                  ],
                  "tags": [
                    "vip"
                  ],
                  "properties": {
                    "Customer ID": "C-1042"
                  },
                  "subscription": "subscribed",
                  "created_at": 1786104000
                }
              }
            }
          }
        }
      },
      "ProductOk": {
        "description": "The product.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Product"
            },
            "examples": {
              "product": {
                "summary": "A product without variants",
                "value": {
                  "id": "vxqQJ3Yg",
                  "name": "Trail running shoes",
                  "reference": "SKU-1042",
                  "sku": "TRS-42",
                  "source": "custom_store",
                  "url": "https://shop.example.com/products/trail-running-shoes",
                  "image_url": "https://shop.example.com/images/trs-42.jpg",
                  "price": {
                    "amount": 79.9,
                    "currency": "USD"
                  },
                  "categories": [
                    "Shoes",
                    "Running"
                  ],
                  "collection": [
                    "Autumn 2026"
                  ],
                  "tags": [
                    "outdoor"
                  ],
                  "brand": "Rocío Sport",
                  "metadata": {},
                  "variants": []
                }
              }
            }
          }
        }
      },
      "VariantOk": {
        "description": "The variant.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Variant"
            },
            "examples": {
              "variant": {
                "summary": "A variant",
                "value": {
                  "id": "Vr7nT2bE",
                  "name": "Black / 42",
                  "reference": "SKU-1042-BLK-42",
                  "sku": "TRS-42-BLK",
                  "price": {
                    "amount": 84.9,
                    "currency": "USD"
                  }
                }
              }
            }
          }
        }
      },
      "OrderOk": {
        "description": "The order, with its computed `total`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Order"
            },
            "examples": {
              "order": {
                "summary": "An order",
                "value": {
                  "id": "Kp3xW9aQ",
                  "reference": "1042",
                  "source": "custom_store",
                  "name": "#1042",
                  "delivery": "deliver",
                  "payment_method": "bank_transfer",
                  "sales_channel": "web",
                  "metadata": {},
                  "items": [
                    {
                      "id": "Lm4sQ8wZ",
                      "product": "vxqQJ3Yg",
                      "quantity": 1,
                      "price": {
                        "amount": 89.9,
                        "currency": "USD"
                      }
                    }
                  ],
                  "total": {
                    "amount": 89.9,
                    "currency": "USD"
                  },
                  "created_at": 1786104000
                }
              }
            }
          }
        }
      },
      "OrderItemOk": {
        "description": "The order item.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/OrderItem"
            },
            "examples": {
              "item": {
                "summary": "An order item",
                "value": {
                  "id": "Lm6uS1yB",
                  "product": "Pd2kS7mN",
                  "quantity": 2,
                  "price": {
                    "amount": 9.9,
                    "currency": "USD"
                  }
                }
              }
            }
          }
        }
      },
      "CouponInvalid": {
        "description": "Validation failed, e.g. the code is already used.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Errors"
            },
            "examples": {
              "codeTaken": {
                "summary": "Duplicate code",
                "value": {
                  "errors": [
                    {
                      "type": "parameter_not_unique",
                      "message": "This value is already used by another coupon.",
                      "description": "This value is already used by another coupon.",
                      "parameter": "code"
                    }
                  ]
                }
              },
              "destinationInvalid": {
                "summary": "destination_url is not a public URL",
                "value": {
                  "errors": [
                    {
                      "type": "invalid",
                      "message": "The destination URL must be public.",
                      "description": "The destination URL must be public.",
                      "parameter": "destination_url"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "TemplateOk": {
        "description": "The template.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Template"
            },
            "examples": {
              "approved": {
                "summary": "An approved WhatsApp template",
                "value": {
                  "id": "Tp8gK4rW",
                  "name": "order_shipped",
                  "technology": "whatsapp",
                  "category": "utility",
                  "header": {
                    "type": "text",
                    "text": "Your order is on its way"
                  },
                  "body": "Hi {name}, your order has shipped.",
                  "footer": "Rocío Sport · Montevideo",
                  "buttons": [
                    {
                      "type": "url",
                      "text": "Track my order",
                      "url": "https://shop.example.com/orders"
                    }
                  ],
                  "state": "approved"
                }
              }
            }
          }
        }
      },
      "ActionOk": {
        "description": "The action.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Action"
            },
            "examples": {
              "action": {
                "summary": "A custom action",
                "value": {
                  "id": "Ac1mV9sT",
                  "name": "appointment.booked"
                }
              }
            }
          }
        }
      },
      "ObjectStructureOk": {
        "description": "The object structure.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ObjectStructure"
            },
            "examples": {
              "appointment": {
                "summary": "An appointment structure",
                "value": {
                  "id": "Ob4kH7nP",
                  "title": "Appointments",
                  "name": "appointment",
                  "properties": [
                    {
                      "kind": "text",
                      "name": "reference",
                      "required": true,
                      "unique": true
                    },
                    {
                      "kind": "text",
                      "name": "room",
                      "required": false,
                      "unique": false
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "SubmissionCreated": {
        "description": "The submission. Inferred: the answer is not documented; the sandbox returns the id and token that the OTP, resend and cancel routes take.",
        "x-inferred": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Submission"
            },
            "examples": {
              "created": {
                "summary": "A submission awaiting its one-time code",
                "value": {
                  "id": "Sb5nG9yE",
                  "token": "3f9c2a7e5b1d4c8a"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Id": {
        "type": "string",
        "minLength": 1,
        "pattern": "^[A-Za-z0-9]{8}$",
        "description": "Hellotext's public id: 8 base62 characters, e.g. `vxqQJ3Yg` (product), `MzYwlE50` (profile), `WBAkaqNz` (session), `4ONLdN32` (business). Inferred: the docs show only examples of this form and state no format; the pattern is drawn from them (research A1). `minLength` repeats what the pattern implies so that an empty value is reported as empty (`parameter_invalid_empty`).",
        "x-inferred": true,
        "examples": [
          "vxqQJ3Yg"
        ]
      },
      "SessionId": {
        "type": "string",
        "minLength": 1,
        "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9]{8}|[A-Za-z0-9]{32})$",
        "description": "A session id: since January 2025 a UUID v4 the SDK generates in the browser (`da834c54-97fa-44ef-bafd-2bd4fec60636`); before that a server-minted id, seen as 8 (`WBAkaqNz`) or 32 (`bBJn9vR15yPaYkWmR2QK0jopMeNxrA6l`) base62 characters. Inferred: the pattern admits exactly the three forms seen in the docs and SDKs (research A1).",
        "x-inferred": true,
        "examples": [
          "da834c54-97fa-44ef-bafd-2bd4fec60636"
        ]
      },
      "Timestamp": {
        "type": "integer",
        "minimum": 0,
        "description": "A moment in Unix seconds. Inferred: only the 2022 session object shows a timestamp (`created_at: 1665684173`); every other resource is assumed to use the same form.",
        "x-inferred": true,
        "examples": [
          1786104000
        ]
      },
      "TrackedAt": {
        "description": "When the event happened: Unix seconds or ISO-8601 with a time zone; milliseconds are not accepted. Defaults to the time the event is received. Inferred: the integer form is capped at 9999999999 so that millisecond values (13 digits) fail validation.",
        "x-inferred": true,
        "anyOf": [
          {
            "type": "integer",
            "minimum": 0,
            "maximum": 9999999999
          },
          {
            "type": "string",
            "format": "date-time"
          }
        ],
        "examples": [
          1786104000,
          "2026-08-14T10:30:00-03:00"
        ]
      },
      "Currency": {
        "type": "string",
        "pattern": "^[A-Z]{3}$",
        "description": "ISO-4217 currency code.",
        "examples": [
          "USD"
        ]
      },
      "Price": {
        "type": "object",
        "description": "A price in decimal major units (`89.90`), not cents.",
        "properties": {
          "amount": {
            "type": "number",
            "examples": [
              89.9
            ]
          },
          "currency": {
            "$ref": "#/components/schemas/Currency"
          },
          "converted_amount": {
            "type": "number",
            "description": "The amount converted to `converted_currency`."
          },
          "converted_currency": {
            "$ref": "#/components/schemas/Currency"
          }
        }
      },
      "PriceInput": {
        "type": "object",
        "description": "A price as a request may send it: like `Price`, with each amount a number or a decimal string. The WooCommerce plugin sends WooCommerce's own strings (`\"amount\": \"89.90\"`) as its `PriceAdapter` receives them; the sandbox stores and answers numbers. Inferred: the real API is assumed to read decimal strings as numbers (a Rails decimal attribute does).",
        "x-inferred": true,
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/DecimalInput"
          },
          "currency": {
            "$ref": "#/components/schemas/Currency"
          },
          "converted_amount": {
            "$ref": "#/components/schemas/DecimalInput"
          },
          "converted_currency": {
            "$ref": "#/components/schemas/Currency"
          }
        }
      },
      "DecimalInput": {
        "description": "An amount in decimal major units, as a number (`89.9`) or a decimal string (`\"89.90\"`, what the WooCommerce plugin sends); answers carry it as a number. Inferred: see `PriceInput`.",
        "x-inferred": true,
        "anyOf": [
          {
            "type": "number"
          },
          {
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
          }
        ],
        "examples": [
          89.9,
          "89.90"
        ]
      },
      "Reference": {
        "description": "Your system's id for the record. The WooCommerce plugin sends WordPress ids as JSON integers (`\"reference\": 42` for a customer, a product, an order or a refund); the sandbox keeps and answers every reference as text (`\"42\"`), so a record is found by `42` and `\"42\"` alike. Inferred: the real API is assumed to read integers as text (a Rails string attribute does).",
        "x-inferred": true,
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "integer"
          }
        ],
        "examples": [
          "SKU-1042",
          42
        ]
      },
      "Metadata": {
        "type": "object",
        "description": "Free key/value pairs.",
        "additionalProperties": true
      },
      "Errors": {
        "type": "object",
        "description": "The error body, a list of error objects under `errors`.",
        "required": [
          "errors"
        ],
        "properties": {
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ErrorDetail"
            }
          }
        }
      },
      "ErrorDetail": {
        "type": "object",
        "description": "One error: a string code (`type`), a human description and the related parameter. Inferred: the API reference's example names the text `message`, the hellotext.js docs name it `description`; the sandbox sends both with the same text (research A2, A13).",
        "x-inferred": true,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "Error code. Values seen (the reference's list was cut off, so there are more): `ambiguous_parameter` (several parameters given for the same role), `identity_assigned` (the identity is already on the profile), `integration_missing` (the integration is not enabled), `invalid`, `not_allowed` (the object's state forbids the operation), `not_found`, `object_invalid` (at least one of the optional parameters must be provided), `parameter_invalid_empty`, `parameter_missing`, `parameter_not_unique` (the value is already used by another object of the same type).",
            "examples": [
              "parameter_missing"
            ]
          },
          "message": {
            "type": "string",
            "description": "Human-readable description (API reference key).",
            "examples": [
              "This parameter is required."
            ]
          },
          "description": {
            "type": "string",
            "description": "Human-readable description (hellotext.js docs key); same text as `message`.",
            "examples": [
              "This parameter is required."
            ]
          },
          "parameter": {
            "type": "string",
            "description": "The parameter the error is about.",
            "examples": [
              "name"
            ]
          }
        }
      },
      "Received": {
        "type": "object",
        "description": "Acknowledgement: accepted for asynchronous processing. Not proof that anything was stored; carries no id.",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "const": "received"
          }
        }
      },
      "TrackEventState": {
        "type": "object",
        "description": "The 2022 tracking acknowledgement (`201 {\"state\":\"ok\"}`).",
        "required": [
          "state"
        ],
        "properties": {
          "state": {
            "type": "string",
            "const": "ok"
          }
        }
      },
      "EmptyObject": {
        "type": "object",
        "description": "An empty JSON object.",
        "additionalProperties": false,
        "maxProperties": 0
      },
      "BuiltInAction": {
        "type": "string",
        "description": "The built-in actions an integration may send, with the object each refers to: `subscribed`, `unsubscribed` (consent changes, no object); `page.viewed` (object: `url`; hellotext.js 2.6 no longer sends it automatically; renamed from `page.visited` in January 2023); `product.viewed`, `product.purchased` (product; use `product.purchased` only when there is no full order lifecycle); `cart.viewed`, `cart.added`, `cart.removed`, `cart.abandoned` (cart; in `cart.added` and `cart.removed` the item `quantity` is the resulting quantity, not the change; `cart.abandoned` needs an existing cart id in `object`; the hellotext.js table says \"products\" for the cart actions); `checkout.started` (object not documented); `order.placed`, `order.confirmed`, `order.cancelled`, `order.shipped`, `order.delivered` (order; de-duplicated per order and action on identified profiles); `coupon.redeemed` (coupon); `refund.requested`, `refund.received` (refund); `form.completed` (form); `app.installed`, `app.removed`, `app.spent` (app; the old names `app.install` and `app.remove` must not be used).",
        "enum": [
          "subscribed",
          "unsubscribed",
          "page.viewed",
          "product.viewed",
          "product.purchased",
          "cart.viewed",
          "cart.added",
          "cart.removed",
          "cart.abandoned",
          "checkout.started",
          "order.placed",
          "order.confirmed",
          "order.cancelled",
          "order.shipped",
          "order.delivered",
          "coupon.redeemed",
          "refund.requested",
          "refund.received",
          "form.completed",
          "app.installed",
          "app.removed",
          "app.spent"
        ]
      },
      "SystemAction": {
        "type": "string",
        "description": "Actions Hellotext generates itself; integrations must not send them. Hellotext also generates message, conversation, segment and playbook signals whose names the research does not give.",
        "enum": [
          "short_link.clicked",
          "product.browse_abandoned",
          "product.price_changed",
          "order.printed_label"
        ]
      },
      "CustomAction": {
        "type": "string",
        "description": "A custom action's name: lowercase `object.verb` (e.g. `appointment.booked`), unique in the business, created before its first event. Inferred: the exact character set of the pattern.",
        "x-inferred": true,
        "pattern": "^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$",
        "examples": [
          "appointment.booked"
        ]
      },
      "ActionName": {
        "description": "The exact tracking name of a built-in action or of an existing custom action. An unknown name is answered 404.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/BuiltInAction"
          },
          {
            "$ref": "#/components/schemas/CustomAction"
          }
        ],
        "examples": [
          "product.purchased"
        ]
      },
      "TrackEvent2022": {
        "title": "TrackEvent2022",
        "type": "object",
        "description": "Tracking request of the 2022 generation (help centre, December 2022), answered `201 {\"state\":\"ok\"}`: the action, a product (`product` or `product_id`) and an identity (`profile`/`profile_id` or `session_id`). Inferred: the schema is closed (`additionalProperties: false`) and needs at least three members, which keeps it disjoint from `TrackEvent`: any body it accepts carries a legacy key (`product`, `product_id`, `profile_id`, `session_id`) that `TrackEvent` rejects.",
        "x-inferred": true,
        "additionalProperties": false,
        "minProperties": 3,
        "required": [
          "action"
        ],
        "properties": {
          "action": {
            "$ref": "#/components/schemas/ActionName"
          },
          "product": {
            "$ref": "#/components/schemas/Id"
          },
          "product_id": {
            "$ref": "#/components/schemas/Id"
          },
          "profile": {
            "$ref": "#/components/schemas/Id"
          },
          "profile_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_id": {
            "$ref": "#/components/schemas/SessionId"
          }
        }
      },
      "TrackEvent": {
        "title": "TrackEvent",
        "type": "object",
        "description": "Tracking request of the current generation (2023+ SDK docs, 2026 help centre), answered `200 {\"status\":\"received\"}`. Send `profile` or `session` (or both, if the session is unassigned or already belongs to that profile), and `object` or `object_parameters`, not both. Inferred: the schema is closed (`additionalProperties: false`), so the legacy keys `product_id`, `profile_id` and `session_id` (\"do not use\", say the current docs) select `TrackEvent2022` instead.",
        "x-inferred": true,
        "additionalProperties": false,
        "required": [
          "action"
        ],
        "properties": {
          "action": {
            "$ref": "#/components/schemas/ActionName"
          },
          "profile": {
            "$ref": "#/components/schemas/Id"
          },
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "object": {
            "$ref": "#/components/schemas/Id"
          },
          "object_parameters": {
            "$ref": "#/components/schemas/ObjectParameters"
          },
          "object_type": {
            "type": "string",
            "description": "Custom-object structure name or id (e.g. `appointment`); needed only for custom objects."
          },
          "amount": {
            "type": "number",
            "description": "Decimal major units. Required when `currency` is sent. If omitted, some actions inherit the object's amount."
          },
          "currency": {
            "$ref": "#/components/schemas/Currency"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "tracked_at": {
            "$ref": "#/components/schemas/TrackedAt"
          },
          "url": {
            "type": "string",
            "description": "Used by `page.viewed`, as the page's address. Not checked as a URI: hellotext.js's own docs pass `track('page.viewed', { url: 'www.example.org' })`, without a scheme."
          }
        }
      },
      "ObjectParameters": {
        "description": "Data to create or find the event's object inline, matched on `reference` + `source`. The shape follows the action's object type, and is checked against it once the action is known: `ProductInput`, `OrderInput`, `CartInput`, `CouponInput`, `RefundInput`, an app (`{name}`), or a custom object's properties (with names, or `property_by_id`). Integer references and decimal-string amounts (what the WooCommerce plugin sends) are read as text and numbers, so the object is stored and answered as its schema describes it.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/ProductInput"
          },
          {
            "$ref": "#/components/schemas/OrderInput"
          },
          {
            "$ref": "#/components/schemas/CartInput"
          },
          {
            "$ref": "#/components/schemas/CouponInput"
          },
          {
            "$ref": "#/components/schemas/RefundInput"
          },
          {
            "type": "object",
            "description": "An app, a form, or a custom object's properties.",
            "additionalProperties": true
          }
        ]
      },
      "Event": {
        "type": "object",
        "description": "A tracked event. Inferred: tracking returns no event, and the event object is not documented; this shape mirrors the tracking request (research A3, A12).",
        "x-inferred": true,
        "required": [
          "id",
          "action"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "action": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/BuiltInAction"
              },
              {
                "$ref": "#/components/schemas/SystemAction"
              },
              {
                "$ref": "#/components/schemas/CustomAction"
              }
            ]
          },
          "profile": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Id"
              },
              {
                "type": "null"
              }
            ]
          },
          "session": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/SessionId"
              },
              {
                "type": "null"
              }
            ]
          },
          "object": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Id"
              },
              {
                "type": "null"
              }
            ]
          },
          "object_type": {
            "type": [
              "string",
              "null"
            ]
          },
          "amount": {
            "type": [
              "number",
              "null"
            ]
          },
          "currency": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Currency"
              },
              {
                "type": "null"
              }
            ]
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "tracked_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "EventList": {
        "type": "array",
        "description": "A page of events, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/Event"
        }
      },
      "SubscriptionStatus": {
        "type": "string",
        "description": "Consent state. Inferred: the product has these three states, but the API field name and values are not documented (research A7).",
        "x-inferred": true,
        "enum": [
          "subscribed",
          "unconfirmed",
          "unsubscribed"
        ]
      },
      "Profile": {
        "type": "object",
        "description": "A customer profile. Inferred: only `id` is documented in responses; the other members are the research's suggested shape (research A7).",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "type": {
            "type": "string",
            "const": "profile"
          },
          "first_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "last_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "reference": {
            "type": "string",
            "description": "Your system's id for the customer, as text."
          },
          "emails": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "email"
            }
          },
          "phones": {
            "type": "array",
            "description": "E.164 phone numbers.",
            "items": {
              "type": "string"
            }
          },
          "lists": {
            "type": "array",
            "description": "Names of the lists the profile belongs to.",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "properties": {
            "type": "object",
            "description": "Custom property values.",
            "additionalProperties": true
          },
          "subscription": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ProfileList": {
        "type": "array",
        "description": "A page of profiles, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/Profile"
        }
      },
      "ProfileInput": {
        "type": "object",
        "description": "Profile attributes for create and update. Built-in data beyond names, email and phone (address, company, gender, birthday) exists, but its API field names are not documented.",
        "properties": {
          "first_name": {
            "type": "string"
          },
          "last_name": {
            "type": "string"
          },
          "email": {
            "description": "A plain address (WooCommerce plugin, 2022 docs) or addresses keyed by label, e.g. `{\"primary\": \"…\"}` (the 2026 docs' `email[primary]`). Inferred: both forms are accepted (research A13).",
            "x-inferred": true,
            "anyOf": [
              {
                "type": "string",
                "format": "email"
              },
              {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                  "type": "string",
                  "format": "email"
                }
              }
            ]
          },
          "phone": {
            "description": "A plain E.164 number or numbers keyed by label, e.g. `{\"mobile\": \"+59899000001\"}` (the 2026 docs' `phone[mobile]`). Inferred: both forms are accepted (research A13).",
            "x-inferred": true,
            "anyOf": [
              {
                "$ref": "#/components/schemas/PhoneNumber"
              },
              {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                  "$ref": "#/components/schemas/PhoneNumber"
                }
              }
            ]
          },
          "reference": {
            "$ref": "#/components/schemas/Reference"
          },
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "lists": {
            "type": "array",
            "description": "Names of lists to add the profile to.",
            "items": {
              "type": "string"
            }
          },
          "property_by_id": {
            "type": "object",
            "description": "Custom property values keyed by property id (see `createProperty`).",
            "additionalProperties": true
          }
        }
      },
      "PhoneNumber": {
        "type": "string",
        "description": "A phone number in E.164 form.",
        "pattern": "^\\+[1-9][0-9]{6,14}$",
        "examples": [
          "+59899000001"
        ]
      },
      "Property": {
        "type": "object",
        "description": "A custom profile property.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "description": "Only `text` is confirmed as an API value; the UI also offers long text, number, checkbox, date, money, URL and tags.",
            "examples": [
              "text"
            ]
          },
          "unique": {
            "type": "boolean"
          }
        }
      },
      "PropertyInput": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "description": "Only `text` is confirmed as an API value.",
            "examples": [
              "text"
            ]
          },
          "unique": {
            "type": "boolean"
          }
        }
      },
      "Session": {
        "type": "object",
        "description": "A browser session.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/SessionId"
          },
          "type": {
            "type": "string",
            "const": "session"
          },
          "profile": {
            "description": "The profile the session belongs to. The live API currently returns an internal numeric contact id or null here (the 2022 docs show the public id). Inferred: the sandbox returns the public profile id; the numeric form stays valid so that recorded live answers pass.",
            "x-inferred": true,
            "anyOf": [
              {
                "$ref": "#/components/schemas/Id"
              },
              {
                "type": "integer"
              },
              {
                "type": "null"
              }
            ]
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AttachSessionRequest": {
        "type": "object",
        "required": [
          "profile"
        ],
        "properties": {
          "profile": {
            "$ref": "#/components/schemas/Id"
          },
          "session": {
            "$ref": "#/components/schemas/SessionId"
          }
        }
      },
      "AttachSessionLegacyRequest": {
        "type": "object",
        "description": "2022 body; the English page names the key `profile`, the Spanish page `profile_id`.",
        "properties": {
          "profile": {
            "$ref": "#/components/schemas/Id"
          },
          "profile_id": {
            "$ref": "#/components/schemas/Id"
          }
        }
      },
      "Product": {
        "type": "object",
        "description": "A product. The `variants` array may start with a \"default variant\" that represents the parent product. Inferred: the response is assumed to echo the documented product parameters plus `id` (research A6).",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "reference": {
            "type": "string"
          },
          "sku": {
            "type": "string"
          },
          "source": {
            "type": "string",
            "description": "The system the product comes from; values seen are `woo`, `vtex` and `custom_store`.",
            "examples": [
              "custom_store"
            ]
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "image_url": {
            "type": "string",
            "format": "uri"
          },
          "price": {
            "$ref": "#/components/schemas/Price"
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "collection": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "brand": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "variants": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Variant"
            }
          }
        }
      },
      "ProductList": {
        "type": "array",
        "description": "A page of products, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/Product"
        }
      },
      "ProductInput": {
        "type": "object",
        "description": "Product parameters for `createProduct` and for `object_parameters` of product actions. (`source`, `reference`) is unique; a reference can repeat across sources. There are no stock or availability fields.",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "reference": {
            "$ref": "#/components/schemas/Reference"
          },
          "sku": {
            "type": "string"
          },
          "source": {
            "type": "string",
            "description": "The system the product comes from; values seen are `woo`, `vtex` and `custom_store`.",
            "examples": [
              "custom_store"
            ]
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "image_url": {
            "type": "string",
            "format": "uri",
            "description": "Must be public; Hellotext downloads it."
          },
          "price": {
            "$ref": "#/components/schemas/PriceInput"
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "collection": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "brand": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "variants": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/VariantInput"
            }
          }
        }
      },
      "ProductUpdate": {
        "type": "object",
        "description": "Product parameters for `updateProduct`; every member is optional. `variants: []` deletes every variant; omitting `variants` leaves them as they are.",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "reference": {
            "$ref": "#/components/schemas/Reference"
          },
          "sku": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "image_url": {
            "type": "string",
            "format": "uri",
            "description": "Must be public; Hellotext downloads it."
          },
          "price": {
            "$ref": "#/components/schemas/PriceInput"
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "collection": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "brand": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "variants": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/VariantInput"
            }
          }
        }
      },
      "Variant": {
        "type": "object",
        "description": "A product variant.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "reference": {
            "type": "string"
          },
          "sku": {
            "type": "string"
          },
          "price": {
            "$ref": "#/components/schemas/Price"
          }
        }
      },
      "VariantInput": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "reference": {
            "$ref": "#/components/schemas/Reference"
          },
          "sku": {
            "type": "string"
          },
          "price": {
            "$ref": "#/components/schemas/PriceInput"
          }
        }
      },
      "Order": {
        "type": "object",
        "description": "An order. `reference` and `source` are your system's identifiers; `id` is Hellotext's. Inferred: the response is assumed to echo the documented order parameters plus `id`, `total` and `created_at` (research A6).",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "reference": {
            "type": "string"
          },
          "source": {
            "type": "string",
            "examples": [
              "custom_store"
            ]
          },
          "name": {
            "type": "string"
          },
          "delivery": {
            "$ref": "#/components/schemas/Delivery"
          },
          "payment_method": {
            "type": "string"
          },
          "sales_channel": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OrderItem"
            }
          },
          "total": {
            "$ref": "#/components/schemas/Price"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "OrderList": {
        "type": "array",
        "description": "A page of orders, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/Order"
        }
      },
      "Delivery": {
        "type": "string",
        "description": "How the order reaches the customer; required for `source` `custom_store`.",
        "enum": [
          "deliver",
          "collect"
        ]
      },
      "OrderInput": {
        "type": "object",
        "description": "Order parameters for `createOrder`, `updateOrder` and `object_parameters` of order actions. There is no `total` parameter: the total is computed from the items. Custom properties are accepted as extra members; `total`, `amount` and `currency` sent by older clients are tolerated and ignored.",
        "properties": {
          "reference": {
            "$ref": "#/components/schemas/Reference"
          },
          "source": {
            "type": "string",
            "examples": [
              "custom_store"
            ]
          },
          "name": {
            "type": "string"
          },
          "delivery": {
            "$ref": "#/components/schemas/Delivery"
          },
          "payment_method": {
            "type": "string"
          },
          "sales_channel": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OrderItemInput"
            }
          }
        }
      },
      "OrderItem": {
        "type": "object",
        "description": "An order item; its id differs from the product's. Inferred: `product` is returned as the product's id.",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "product": {
            "$ref": "#/components/schemas/Id"
          },
          "quantity": {
            "type": "integer",
            "minimum": 1
          },
          "price": {
            "$ref": "#/components/schemas/Price"
          }
        }
      },
      "OrderItemInput": {
        "type": "object",
        "required": [
          "product",
          "quantity"
        ],
        "properties": {
          "product": {
            "description": "The product's id, reference or SKU, or the product's parameters inline.",
            "anyOf": [
              {
                "type": "string",
                "minLength": 1
              },
              {
                "$ref": "#/components/schemas/ProductInput"
              }
            ]
          },
          "quantity": {
            "type": "integer",
            "minimum": 1
          },
          "price": {
            "$ref": "#/components/schemas/PriceInput",
            "description": "Unit price; the product's current price when omitted."
          }
        }
      },
      "OrderItemUpdate": {
        "type": "object",
        "description": "Inferred: the order-item update parameters are not documented; the item parameters are assumed.",
        "x-inferred": true,
        "properties": {
          "quantity": {
            "type": "integer",
            "minimum": 1
          },
          "price": {
            "$ref": "#/components/schemas/PriceInput"
          }
        }
      },
      "Cart": {
        "type": "object",
        "description": "A cart. Inferred: the response is assumed to echo the documented cart parameters plus `id` and `created_at` (research A6).",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "reference": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CartItem"
            }
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "CartInput": {
        "type": "object",
        "description": "A cart's parameters, inline in `object_parameters` of cart actions: found by `source` + `reference` (or, without a reference, the profile's or session's newest cart), each item's `quantity` the resulting quantity in the cart (0 removes it). The WooCommerce plugin sends `{items: [{product: {…}, quantity}]}`.",
        "additionalProperties": true,
        "properties": {
          "reference": {
            "$ref": "#/components/schemas/Reference"
          },
          "source": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "product",
                "quantity"
              ],
              "properties": {
                "product": {
                  "description": "The product's id, reference or SKU, or the product's parameters inline.",
                  "anyOf": [
                    {
                      "type": "string",
                      "minLength": 1
                    },
                    {
                      "$ref": "#/components/schemas/ProductInput"
                    }
                  ]
                },
                "quantity": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          }
        }
      },
      "CartItem": {
        "type": "object",
        "properties": {
          "product": {
            "$ref": "#/components/schemas/Id"
          },
          "quantity": {
            "type": "integer",
            "minimum": 0,
            "description": "The resulting quantity in the cart."
          }
        }
      },
      "CartList": {
        "type": "array",
        "description": "A page of carts, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/Cart"
        }
      },
      "Coupon": {
        "type": "object",
        "description": "A coupon.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "destination_url": {
            "type": "string",
            "format": "uri"
          },
          "reference": {
            "type": "string"
          }
        }
      },
      "CouponInput": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "description": "Case-sensitive and unique in the business."
          },
          "description": {
            "type": "string",
            "description": "Free text; its length limit is not documented."
          },
          "destination_url": {
            "type": "string",
            "format": "uri",
            "description": "Must be public."
          },
          "reference": {
            "$ref": "#/components/schemas/Reference"
          }
        }
      },
      "RefundInput": {
        "type": "object",
        "description": "A refund's parameters, inline in `object_parameters` of refund actions, as the WooCommerce plugin's `RefundAdapter` sends them: the refunded `amount` and `currency`, and the order's `total`. The event's amount is the refund's `amount` (the order's total only when the refund has none). Inferred: the refund object is not documented beyond these fields; more members are kept as sent.",
        "x-inferred": true,
        "additionalProperties": true,
        "properties": {
          "reference": {
            "$ref": "#/components/schemas/Reference"
          },
          "source": {
            "type": "string"
          },
          "amount": {
            "$ref": "#/components/schemas/DecimalInput"
          },
          "currency": {
            "$ref": "#/components/schemas/Currency"
          },
          "total": {
            "$ref": "#/components/schemas/PriceInput"
          }
        }
      },
      "Technology": {
        "type": "string",
        "description": "The messaging channel.",
        "enum": [
          "sms",
          "whatsapp",
          "instagram",
          "mercadolibre"
        ]
      },
      "MessageState": {
        "type": "string",
        "description": "`received` is for inbound messages.",
        "enum": [
          "pending",
          "routed",
          "delivered",
          "failed",
          "received"
        ]
      },
      "MessageInput": {
        "type": "object",
        "properties": {
          "technology": {
            "$ref": "#/components/schemas/Technology"
          },
          "origin": {
            "type": "string",
            "description": "Sender or channel id (e.g. a phone number); must match `technology`."
          },
          "profile": {
            "$ref": "#/components/schemas/Id"
          },
          "destination": {
            "$ref": "#/components/schemas/PhoneNumber"
          },
          "body": {
            "type": "string",
            "description": "Text; `{shortlink:https://…}` and `{shortlink:name}` tokens are expanded. Ignored when `template` is sent."
          },
          "template": {
            "description": "A template id, or the id with named short links.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/Id"
              },
              {
                "type": "object",
                "required": [
                  "id"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "shortlinks": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string",
                      "format": "uri"
                    }
                  }
                }
              }
            ]
          },
          "attachments": {
            "type": "array",
            "description": "Attachment URLs; ignored for SMS.",
            "items": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      },
      "Message": {
        "type": "object",
        "description": "A message. Inferred: the message object is not documented; this shape mirrors the send parameters plus the documented states (research A9).",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "technology": {
            "$ref": "#/components/schemas/Technology"
          },
          "origin": {
            "type": [
              "string",
              "null"
            ]
          },
          "profile": {
            "$ref": "#/components/schemas/Id"
          },
          "destination": {
            "type": "string"
          },
          "body": {
            "type": "string"
          },
          "state": {
            "$ref": "#/components/schemas/MessageState"
          },
          "attachments": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "uri"
            }
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "MessageList": {
        "type": "array",
        "description": "A page of messages, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/Message"
        }
      },
      "TemplateHeader": {
        "type": "object",
        "description": "WhatsApp only: a text (at most 60 characters), an attachment (`attachment_url`) or an address. Inferred: the member names `type` and `text` and the shape of `address` are not documented.",
        "x-inferred": true,
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "text",
              "attachment",
              "address"
            ]
          },
          "text": {
            "type": "string",
            "maxLength": 60
          },
          "attachment_url": {
            "type": "string",
            "format": "uri"
          },
          "address": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "TemplateButton": {
        "type": "object",
        "description": "WhatsApp only. At most 10 buttons, of which at most 2 `url`, 1 `phone` and 1 `copy`. Inferred: the members that carry the URL and the phone number (`url`, `phone`) are not documented.",
        "x-inferred": true,
        "required": [
          "type",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "quick_reply",
              "url",
              "phone",
              "copy"
            ]
          },
          "text": {
            "type": "string",
            "maxLength": 25
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "phone": {
            "$ref": "#/components/schemas/PhoneNumber"
          }
        }
      },
      "TemplateInput": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "technology": {
            "type": "string",
            "enum": [
              "sms",
              "whatsapp",
              "any"
            ]
          },
          "category": {
            "type": "string",
            "enum": [
              "marketing",
              "utility"
            ]
          },
          "body": {
            "type": "string",
            "description": "Tags: `{name}`, `{full_name}`, `{last_name}`, `{email}`, `{phone}`, `{birthday}`, `{custom_property}`."
          },
          "header": {
            "$ref": "#/components/schemas/TemplateHeader"
          },
          "footer": {
            "type": "string"
          },
          "buttons": {
            "type": "array",
            "maxItems": 10,
            "items": {
              "$ref": "#/components/schemas/TemplateButton"
            }
          }
        }
      },
      "Template": {
        "type": "object",
        "description": "A message template. SMS templates are created `approved`.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "technology": {
            "type": "string",
            "enum": [
              "sms",
              "whatsapp",
              "any"
            ]
          },
          "category": {
            "type": "string",
            "enum": [
              "marketing",
              "utility"
            ]
          },
          "body": {
            "type": "string"
          },
          "header": {
            "$ref": "#/components/schemas/TemplateHeader"
          },
          "footer": {
            "type": "string"
          },
          "buttons": {
            "type": "array",
            "maxItems": 10,
            "items": {
              "$ref": "#/components/schemas/TemplateButton"
            }
          },
          "state": {
            "type": "string",
            "enum": [
              "pending",
              "approved",
              "rejected"
            ]
          }
        }
      },
      "Action": {
        "type": "object",
        "description": "A custom action. Inferred: the Actions API object is not documented; only the name is (research A3).",
        "x-inferred": true,
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "$ref": "#/components/schemas/CustomAction"
          }
        }
      },
      "ActionInput": {
        "type": "object",
        "properties": {
          "name": {
            "$ref": "#/components/schemas/CustomAction"
          }
        }
      },
      "ActionList": {
        "type": "array",
        "description": "A page of actions, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/Action"
        }
      },
      "ObjectProperty": {
        "type": "object",
        "description": "A property of a custom object structure.",
        "properties": {
          "kind": {
            "type": "string",
            "description": "The property's kind; the API values are not documented beyond `text`.",
            "examples": [
              "text"
            ]
          },
          "name": {
            "type": "string"
          },
          "required": {
            "type": "boolean"
          },
          "unique": {
            "type": "boolean"
          }
        }
      },
      "ObjectStructureInput": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string"
          },
          "name": {
            "type": "string",
            "description": "Singular name, used as `object_type` (e.g. `appointment`)."
          },
          "properties": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ObjectProperty"
            }
          }
        }
      },
      "ObjectStructure": {
        "type": "object",
        "description": "A custom object structure.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "title": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "properties": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ObjectProperty"
            }
          }
        }
      },
      "ObjectStructureList": {
        "type": "array",
        "description": "A page of object structures, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2).",
        "x-inferred": true,
        "items": {
          "$ref": "#/components/schemas/ObjectStructure"
        }
      },
      "WebchatIds": {
        "type": "object",
        "required": [
          "ids"
        ],
        "properties": {
          "ids": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Id"
            }
          }
        }
      },
      "WooIntegrationRequest": {
        "type": "object",
        "required": [
          "shop"
        ],
        "properties": {
          "shop": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "url": {
                "type": "string",
                "format": "uri"
              },
              "email": {
                "type": "string",
                "format": "email"
              },
              "consumer_key": {
                "type": "string",
                "description": "WooCommerce REST key (`ck_…`) created for Hellotext."
              },
              "consumer_secret": {
                "type": "string",
                "description": "WooCommerce REST secret (`cs_…`)."
              },
              "currency": {
                "$ref": "#/components/schemas/Currency"
              }
            }
          }
        }
      },
      "WooIntegrationRemoval": {
        "type": "object",
        "required": [
          "shop"
        ],
        "properties": {
          "shop": {
            "type": "object",
            "properties": {
              "business_id": {
                "$ref": "#/components/schemas/Id"
              }
            }
          }
        }
      },
      "UserParameters": {
        "type": "object",
        "description": "Who the visitor is. hellotext.js sends `id` and `source` from the `hello_user_id` and `hello_user_source` cookies; vtex-checkout sends `email`, `firstName`, `lastName`, `phone`, `document` and `source: vtex`.",
        "properties": {
          "id": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "email": {
            "type": "string",
            "format": "email"
          },
          "firstName": {
            "type": "string"
          },
          "lastName": {
            "type": "string"
          },
          "phone": {
            "type": "string"
          },
          "document": {
            "type": "string"
          }
        }
      },
      "PageParameters": {
        "type": "object",
        "description": "The page the event happened on, filled in by hellotext.js.",
        "properties": {
          "url": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "path": {
            "type": "string"
          }
        }
      },
      "UtmParameters": {
        "type": "object",
        "description": "Campaign parameters hellotext.js read from the URL (kept in the `hello_utm` cookie).",
        "properties": {
          "source": {
            "type": "string"
          },
          "medium": {
            "type": "string"
          },
          "campaign": {
            "type": "string"
          },
          "term": {
            "type": "string"
          },
          "content": {
            "type": "string"
          },
          "observed_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Device": {
        "type": "object",
        "description": "The device, as the iOS SDK sends it.",
        "properties": {
          "os": {
            "type": "string"
          },
          "brand": {
            "type": "string"
          },
          "model": {
            "type": "string"
          },
          "version": {
            "type": "string"
          }
        }
      },
      "BrowserTrackEvent": {
        "type": "object",
        "description": "Body of the public tracking route: the current tracking parameters (`TrackEvent`) plus what the SDKs add (`session`, `user_parameters`, `page`, `utm_params`; the iOS SDK's `app_parameters` and `device`).",
        "required": [
          "action"
        ],
        "properties": {
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "action": {
            "$ref": "#/components/schemas/ActionName"
          },
          "user_parameters": {
            "$ref": "#/components/schemas/UserParameters"
          },
          "object": {
            "$ref": "#/components/schemas/Id"
          },
          "object_parameters": {
            "$ref": "#/components/schemas/ObjectParameters"
          },
          "object_type": {
            "type": "string"
          },
          "amount": {
            "type": "number"
          },
          "currency": {
            "$ref": "#/components/schemas/Currency"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "tracked_at": {
            "$ref": "#/components/schemas/TrackedAt"
          },
          "url": {
            "type": "string",
            "description": "The page's address; not checked as a URI (see `TrackEvent.url`)."
          },
          "page": {
            "$ref": "#/components/schemas/PageParameters"
          },
          "utm_params": {
            "$ref": "#/components/schemas/UtmParameters"
          },
          "app_parameters": {
            "type": "object",
            "additionalProperties": true,
            "description": "The app object's parameters (iOS SDK), e.g. `{\"name\": \"…\"}`."
          },
          "device": {
            "$ref": "#/components/schemas/Device"
          },
          "product_parameters": {
            "type": "object",
            "additionalProperties": true,
            "deprecated": true,
            "description": "hellotext.js 2023–24 name for inline product parameters; use `object_parameters`."
          },
          "order_parameters": {
            "type": "object",
            "additionalProperties": true,
            "deprecated": true,
            "description": "hellotext.js 2023–24 name for inline order parameters; use `object_parameters`."
          }
        }
      },
      "TrackSession": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/SessionId"
          }
        }
      },
      "IdentificationRequest": {
        "type": "object",
        "description": "`Hellotext.identify()` body; the SDK adds `session` to what the caller passes.",
        "required": [
          "session"
        ],
        "additionalProperties": true,
        "properties": {
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "user_id": {
            "type": "string",
            "description": "Your site's id for the user."
          },
          "source": {
            "type": "string",
            "description": "Where the id comes from (e.g. `woo`, `vtex`)."
          },
          "email": {
            "type": "string",
            "format": "email"
          },
          "phone": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "IdentificationStatus": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "description": "`completed` is the only value the research has seen.",
            "examples": [
              "completed"
            ]
          }
        }
      },
      "AckRequest": {
        "type": "object",
        "required": [
          "session"
        ],
        "properties": {
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "at": {
            "type": "string",
            "format": "date-time"
          },
          "utm_params": {
            "$ref": "#/components/schemas/UtmParameters"
          }
        }
      },
      "Business": {
        "type": "object",
        "description": "A business's public metadata, as hellotext.js documents it. `features`, `whitelist` and `subscription` are read by the SDK but their types are not documented, so they are left open.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "country": {
            "description": "An object with the country code and phone prefix, or a plain string.",
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "code": {
                    "type": "string"
                  },
                  "prefix": {
                    "type": "string"
                  }
                }
              },
              {
                "type": "string"
              }
            ]
          },
          "features": {
            "description": "Enabled features."
          },
          "locale": {
            "type": "string"
          },
          "style_url": {
            "type": "string",
            "format": "uri"
          },
          "webchat": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/Id"
              },
              "appearance": {
                "description": "The webchat's appearance settings."
              },
              "whatsapp": {
                "type": "object",
                "description": "The webchat's WhatsApp settings. hellotext.js accepts only a plain object whose members are `number` and `restrictToChannel` (its `Hellotext.initialize()` rejects `null` with \"WhatsApp must be an object\"); the sandbox sends `{}` unless the account's `business` settings say otherwise.",
                "properties": {
                  "number": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "restrictToChannel": {
                    "type": "boolean"
                  }
                }
              }
            }
          },
          "whitelist": {
            "description": "Allowed domains; hellotext.js treats the value `disabled` as \"no whitelist\"."
          },
          "subscription": {
            "description": "The business's subscription."
          }
        }
      },
      "WebchatMessage": {
        "type": "object",
        "description": "A webchat message as hellotext.js reads it: `body` (HTML), `attachments` (URLs), and `state` `received` for what the visitor sent (the SDK styles those as the visitor's).",
        "required": [
          "id",
          "body",
          "attachments",
          "state"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "body": {
            "type": "string"
          },
          "attachments": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "state": {
            "$ref": "#/components/schemas/MessageState"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WebchatMessagePage": {
        "type": "object",
        "required": [
          "next",
          "messages"
        ],
        "properties": {
          "next": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The next (older) page, or null when there is none."
          },
          "messages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebchatMessage"
            }
          }
        }
      },
      "WebchatMessageRequest": {
        "type": "object",
        "description": "The multipart fields hellotext.js sends (more, such as the opening sequence's message ids, are accepted and ignored).",
        "required": [
          "session"
        ],
        "additionalProperties": true,
        "properties": {
          "message[body]": {
            "type": "string"
          },
          "message[attachments][]": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "binary"
            }
          },
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "locale": {
            "type": "string"
          },
          "message[replied_to]": {
            "type": "string"
          },
          "message[product]": {
            "type": "string"
          },
          "message[button]": {
            "type": "string"
          }
        }
      },
      "WebchatMessageCreated": {
        "type": "object",
        "required": [
          "id",
          "conversation"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "conversation": {
            "$ref": "#/components/schemas/Id"
          }
        }
      },
      "Form": {
        "type": "object",
        "description": "A form.",
        "required": [
          "id"
        ],
        "additionalProperties": true,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          }
        }
      },
      "FormSubmissionRequest": {
        "type": "object",
        "description": "The browser session plus the form's field values. Inferred: the field names are the form's own.",
        "x-inferred": true,
        "additionalProperties": true,
        "properties": {
          "session": {
            "$ref": "#/components/schemas/SessionId"
          }
        }
      },
      "Submission": {
        "type": "object",
        "description": "A form or popup submission. Inferred: the object is not documented (see `SubmissionCreated`).",
        "x-inferred": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "token": {
            "type": "string"
          }
        }
      },
      "Popup": {
        "type": "object",
        "description": "A popup, as hellotext.js reads it (`html` holds an `<article>`).",
        "properties": {
          "html": {
            "type": "string"
          },
          "business": {
            "$ref": "#/components/schemas/Business"
          },
          "locale": {
            "type": "string"
          }
        }
      },
      "PopupSubmissionRequest": {
        "type": "object",
        "required": [
          "session",
          "popup_submission"
        ],
        "properties": {
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "popup_submission": {
            "type": "object",
            "description": "The popup's field values.",
            "additionalProperties": true
          }
        }
      },
      "SubmissionTokenRequest": {
        "type": "object",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "PushIdentityRequest": {
        "type": "object",
        "description": "hellotext.js sends the caller's data plus `session` and `origin`. Inferred: the caller's data is modelled as the browser's push subscription (`endpoint`, `keys`); other members are allowed.",
        "x-inferred": true,
        "required": [
          "session",
          "origin"
        ],
        "additionalProperties": true,
        "properties": {
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "origin": {
            "type": "string",
            "format": "uri"
          },
          "endpoint": {
            "type": "string",
            "format": "uri"
          },
          "keys": {
            "type": "object",
            "properties": {
              "p256dh": {
                "type": "string"
              },
              "auth": {
                "type": "string"
              }
            }
          }
        }
      },
      "PushAlertRequest": {
        "type": "object",
        "required": [
          "session",
          "section",
          "kind"
        ],
        "properties": {
          "session": {
            "$ref": "#/components/schemas/SessionId"
          },
          "section": {
            "type": "string",
            "description": "The alert section that was displayed; its values are not documented in the research."
          },
          "kind": {
            "type": "string",
            "enum": [
              "shown",
              "dismissed",
              "accepted"
            ]
          }
        }
      }
    }
  }
}

export default document
