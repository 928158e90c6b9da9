/**
 * Generated from openapi/reskyt.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
import type { OpenApiDocument } from '../openapi/openapi-document.ts'

/** openapi/reskyt.yaml, parsed, for runtime validation. */
const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Reskyt push API",
    "version": "0.1.0",
    "summary": "Native push notifications for Reskyt (App4Less) mobile apps.",
    "description": "Reskyt (Reskyt Online SL, also sold as App4Less) wraps an e-commerce site in a native app and\nsends push notifications to the devices that installed it. This document describes two ways\nof asking Reskyt to send a push:\n\n- **JSON push API** (`sendPush`): the call that Connectif's outbound custom event makes\n  (\"Reskyt Integration\" support article): header `x-api-key` with the key that Reskyt hands\n  out when it activates the API for an account, and a JSON body with `title` and `tokens`\n  (required) plus `dateEnd`, `pictureUrl`, `url` and `utmCampaign`. Its host, path, method\n  and responses are not public; the choices made here are marked `x-inferred: true`.\n- **Legacy form API** (`sendLegacyPush`): `POST https://app.reskyt.com/api/push` with an\n  `application/x-www-form-urlencoded` body carrying the credentials (`user`, `password`), the\n  Spanish-named title `titulo`, `url`, `campaign` and `tokens` joined by `;`. It answers the\n  body `1` on success. Three independent PHP clients (2018-2019) agree on this contract.\n\nBoth are fire-and-forget: Reskyt reports no delivery failures, opens or clicks back to the\nsender, and there is no endpoint to list pushes or validate tokens. Clicks can only be\nestimated from the UTM campaign added to the link.\n\nThe device token of a contact is read in the app's webview from the cookie `token_md5`; the\nwebview's user agent contains `rktwebview` by default.\n"
  },
  "servers": [
    {
      "url": "https://app.reskyt.com",
      "description": "Reskyt's API host, as called by the legacy form API's PHP clients."
    }
  ],
  "x-cors": {
    "allowOrigin": "*",
    "description": "CORS for pages that call Reskyt: preflights are answered without credentials and every answer carries Access-Control-Allow-Origin. Inferred: Reskyt documents no CORS policy, so any origin is allowed.",
    "x-inferred": true
  },
  "tags": [
    {
      "name": "Push",
      "description": "JSON push API authenticated with the `x-api-key` header, as Connectif's outbound custom event calls it."
    },
    {
      "name": "Legacy push",
      "description": "Form-encoded push API authenticated with `user` and `password` in the body, as the App4Less PHP clients call it."
    }
  ],
  "security": [
    {
      "ReskytApiKey": []
    }
  ],
  "paths": {
    "/api/v2/push": {
      "x-inferred": true,
      "description": "Inferred: the JSON API's path is not public (Connectif's article shows it only in a screenshot); `/api/v2/push` is a versioned variant of the legacy `/api/push`, which cannot be reused here because the legacy path already takes a form-encoded body.",
      "servers": [
        {
          "url": "https://app.reskyt.com",
          "x-inferred": true,
          "description": "Inferred: the JSON API's host is unknown; it is assumed to be the legacy API's host. Mocks and clients must let the base URL be configured."
        }
      ],
      "post": {
        "operationId": "sendPush",
        "x-inferred": true,
        "summary": "Send a push notification to one or more app devices",
        "description": "Queues one push notification for the given device tokens. Connectif's outbound event sends exactly one token, the contact's `reskyt-token` field, at JSON pointer `/tokens/0`. Inferred: the HTTP method is not public; POST is assumed because the call creates a push from a JSON body.",
        "tags": [
          "Push"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PushRequest"
              },
              "examples": {
                "abandonedCart": {
                  "summary": "Abandoned-cart reminder sent by a Connectif workflow",
                  "value": {
                    "title": "¡Tu carrito te espera! Termina tu compra con un 10% de descuento",
                    "tokens": [
                      "5d41402abc4b2a76b9719d911017c592"
                    ],
                    "dateEnd": "1790805599",
                    "pictureUrl": "https://www.modaurbana-shop.es/media/push/carrito-10.jpg",
                    "url": "https://www.modaurbana-shop.es/checkout/cart",
                    "utmCampaign": "carrito-abandonado"
                  }
                },
                "birthdayGreeting": {
                  "summary": "Birthday greeting with only the required fields and a link",
                  "value": {
                    "title": "¡Feliz cumpleaños, Laura! Tienes un regalo esperándote",
                    "tokens": [
                      "9e107d9d372bb6826bd81d3542a419d6"
                    ],
                    "url": "https://www.modaurbana-shop.es/regalo-cumpleanos",
                    "utmCampaign": "cumpleanos"
                  }
                },
                "blackFridayBroadcast": {
                  "summary": "One push to several devices, ending with the offer",
                  "value": {
                    "title": "Black Friday -30% en toda la tienda",
                    "tokens": [
                      "e4d909c290d0fb1ca068ffaddf22cbd0",
                      "1f3870be274f6c49b3e31a0c6728957f"
                    ],
                    "dateEnd": "1795993199",
                    "pictureUrl": "https://www.modaurbana-shop.es/media/push/black-friday.png",
                    "url": "https://www.modaurbana-shop.es/black-friday",
                    "utmCampaign": "black-friday-2026"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/PushAccepted"
          },
          "400": {
            "$ref": "#/components/responses/MalformedBody"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ApiNotActivated"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/push": {
      "post": {
        "operationId": "sendLegacyPush",
        "summary": "Send a push notification with the legacy form API",
        "description": "Legacy App4Less/Reskyt push call. The credentials travel in the form body, not in a header. The known clients treat the body `1` as success and any other body (or a network error) as failure; they do not look at the HTTP status.",
        "tags": [
          "Legacy push"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/LegacyPushForm"
              },
              "examples": {
                "singleDevice": {
                  "summary": "Push to one device",
                  "value": {
                    "user": "modaurbana",
                    "password": "8c1f0e2a7d4b9e63",
                    "titulo": "Nuevas rebajas de temporada, ¡hasta -50%!",
                    "url": "https://www.modaurbana-shop.es/rebajas",
                    "campaign": "rebajas-verano",
                    "tokens": "5d41402abc4b2a76b9719d911017c592"
                  }
                },
                "severalDevices": {
                  "summary": "Push to three devices, tokens joined by semicolons",
                  "value": {
                    "user": "modaurbana",
                    "password": "8c1f0e2a7d4b9e63",
                    "titulo": "Tu pedido ha sido enviado",
                    "url": "https://www.modaurbana-shop.es/mi-cuenta/pedidos",
                    "campaign": "pedido-enviado",
                    "tokens": "5d41402abc4b2a76b9719d911017c592;9e107d9d372bb6826bd81d3542a419d6;e4d909c290d0fb1ca068ffaddf22cbd0"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/LegacyPushAccepted"
          },
          "400": {
            "$ref": "#/components/responses/LegacyMissingFields"
          },
          "401": {
            "$ref": "#/components/responses/LegacyBadCredentials"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "ReskytApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
        "description": "API key that Reskyt gives an account when it activates the push API for it (Connectif's outbound event sends it as the header `x-api-key`)."
      }
    },
    "schemas": {
      "DeviceToken": {
        "type": "string",
        "minLength": 1,
        "description": "Push token of one app installation, as the app exposes it to its webview in the cookie `token_md5` (Connectif stores it in the contact field `reskyt-token`). Several contacts may share a token, for example when they log in on the same device.",
        "examples": [
          "5d41402abc4b2a76b9719d911017c592"
        ]
      },
      "PushRequest": {
        "type": "object",
        "description": "Body of a JSON push request, with the fields Connectif's outbound event sends.",
        "required": [
          "title",
          "tokens"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "description": "Title of the notification.",
            "examples": [
              "¡Tu carrito te espera! Termina tu compra con un 10% de descuento"
            ]
          },
          "tokens": {
            "type": "array",
            "minItems": 1,
            "description": "Device tokens to notify. Connectif sends a single token, mapped from the contact's `reskyt-token` field to JSON pointer `/tokens/0`.",
            "items": {
              "$ref": "#/components/schemas/DeviceToken"
            }
          },
          "dateEnd": {
            "type": "string",
            "pattern": "^[0-9]{1,10}$",
            "x-inferred": true,
            "description": "End date of the push as a Unix timestamp, e.g. the end of the offer it announces, so that it stops being sent once the offer is over. Optional but recommended by Connectif, whose article also says Reskyt sets the deadline two months after delivery. Inferred: the article only says \"Timestamp format\" (pointing at an epoch converter) and defines the field as Text, so the value is taken to be a string of decimal digits counting seconds since 1970-01-01T00:00:00Z (not milliseconds); the two-month deadline is read as the default when the field is omitted.",
            "examples": [
              "1790805599"
            ]
          },
          "pictureUrl": {
            "type": "string",
            "format": "uri",
            "description": "Image shown in the notification.",
            "examples": [
              "https://www.modaurbana-shop.es/media/push/carrito-10.jpg"
            ]
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "Page the app opens when the notification is tapped.",
            "examples": [
              "https://www.modaurbana-shop.es/checkout/cart"
            ]
          },
          "utmCampaign": {
            "type": "string",
            "description": "UTM campaign added to the opened link; the only way to estimate clicks, since Reskyt reports no push statistics.",
            "examples": [
              "carrito-abandonado"
            ]
          }
        }
      },
      "PushResult": {
        "type": "object",
        "x-inferred": true,
        "description": "Acknowledgement of a queued push. Inferred: the JSON API's response body is not public; `{\"success\": true}` follows the research's suggestion for the mock.",
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          }
        }
      },
      "Error": {
        "type": "object",
        "x-inferred": true,
        "description": "Error answered by the JSON API for a malformed body or a missing, unknown or inactive API key. Inferred: Reskyt's error bodies are not public; a single `error` message is chosen.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "Human-readable description of the problem."
          }
        }
      },
      "ValidationError": {
        "type": "object",
        "x-inferred": true,
        "description": "Error answered by the JSON API when a body field is missing or invalid. Inferred: Reskyt's validation errors are not public; the body names the first offending field.",
        "required": [
          "error",
          "field"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "Human-readable description of the problem."
          },
          "field": {
            "type": "string",
            "description": "Name of the offending request-body field.",
            "enum": [
              "title",
              "tokens",
              "dateEnd",
              "pictureUrl",
              "url",
              "utmCampaign"
            ]
          }
        }
      },
      "LegacyPushForm": {
        "type": "object",
        "x-inferred": true,
        "description": "Form body of the legacy push call. All six fields are sent by every known client. Inferred: which fields the server requires is not public; `user`, `password`, `titulo` and `tokens` are taken as required and non-empty, while `url` and `campaign` may be omitted.",
        "required": [
          "user",
          "password",
          "titulo",
          "tokens"
        ],
        "properties": {
          "user": {
            "type": "string",
            "minLength": 1,
            "description": "API user of the Reskyt account.",
            "examples": [
              "modaurbana"
            ]
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "description": "API password of the Reskyt account (the Laravel client's config calls it `APP4LESS_APIKEY` / `api_key`).",
            "examples": [
              "8c1f0e2a7d4b9e63"
            ]
          },
          "titulo": {
            "type": "string",
            "minLength": 1,
            "description": "Title of the notification (Spanish field name).",
            "examples": [
              "Nuevas rebajas de temporada, ¡hasta -50%!"
            ]
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "Page the app opens when the notification is tapped.",
            "examples": [
              "https://www.modaurbana-shop.es/rebajas"
            ]
          },
          "campaign": {
            "type": "string",
            "description": "UTM campaign label added to the opened link.",
            "examples": [
              "rebajas-verano"
            ]
          },
          "tokens": {
            "type": "string",
            "minLength": 1,
            "description": "One device token, or several joined by semicolons (`TOKEN1;TOKEN2;TOKEN3`). Each token is a `DeviceToken`.",
            "examples": [
              "5d41402abc4b2a76b9719d911017c592;9e107d9d372bb6826bd81d3542a419d6"
            ]
          }
        }
      },
      "LegacyPushSuccess": {
        "type": "string",
        "const": "1",
        "description": "The exact body the legacy API answers when the push is accepted."
      },
      "LegacyPushFailure": {
        "type": "string",
        "const": "0",
        "x-inferred": true,
        "description": "Body of a failed legacy call. Inferred: the real failure bodies are not public (clients only know that anything other than `1` is a failure); `0` is chosen."
      }
    },
    "responses": {
      "PushAccepted": {
        "x-inferred": true,
        "description": "The push was accepted for delivery. Nothing reports later whether it reached the devices. Inferred: the JSON API's success status is not public; 200 is chosen.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PushResult"
            },
            "examples": {
              "accepted": {
                "summary": "Push queued",
                "value": {
                  "success": true
                }
              }
            }
          }
        }
      },
      "MalformedBody": {
        "x-inferred": true,
        "description": "The body is not a JSON object. Inferred: the JSON API's error statuses are not public; 400 is chosen for an unparseable body, 422 for invalid fields.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "invalidJson": {
                "summary": "Body is not valid JSON",
                "value": {
                  "error": "Request body must be a JSON object"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "x-inferred": true,
        "description": "The `x-api-key` header is missing, or its value is not a key Reskyt issued. Inferred: the JSON API's auth failures are not public; 401 is chosen for both a missing and an unknown key, since neither identifies an account.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missingApiKey": {
                "summary": "No x-api-key header",
                "value": {
                  "error": "Missing x-api-key header"
                }
              },
              "unknownApiKey": {
                "summary": "x-api-key is not a known key",
                "value": {
                  "error": "Invalid API key"
                }
              }
            }
          }
        }
      },
      "ApiNotActivated": {
        "x-inferred": true,
        "description": "The key belongs to an account for which Reskyt has not activated the push API (Connectif's article says the API must be activated on request). Inferred: whether and how Reskyt rejects such a key is not public; 403 is chosen because the caller is identified but not allowed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "apiNotActivated": {
                "summary": "Push API not enabled for this account",
                "value": {
                  "error": "Push API is not activated for this account"
                }
              }
            }
          }
        }
      },
      "ValidationFailed": {
        "x-inferred": true,
        "description": "A required field is missing or a field is invalid; `field` names it. Inferred: the JSON API's validation status is not public; 422 is chosen.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "missingTitle": {
                "summary": "title is missing or empty",
                "value": {
                  "error": "title is required",
                  "field": "title"
                }
              },
              "emptyTokens": {
                "summary": "tokens is missing, not an array or empty",
                "value": {
                  "error": "tokens must be a non-empty array of device tokens",
                  "field": "tokens"
                }
              },
              "invalidDateEnd": {
                "summary": "dateEnd is not a Unix timestamp in seconds",
                "value": {
                  "error": "dateEnd must be a Unix timestamp in seconds",
                  "field": "dateEnd"
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "x-inferred": true,
        "description": "The body is over 1 MB. Inferred: the JSON API's limits are not public; a push is a few hundred bytes, and the sandbox refuses a body over 1 MB with 413.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooLarge": {
                "summary": "Body over 1 MB",
                "value": {
                  "error": "Request body is too large"
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "x-inferred": true,
        "description": "The account is over the request limit the sandbox was given for it. Inferred: Reskyt documents no rate limit; only an account given one through the admin API (`rateLimits.reskyt`) gets this answer.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "rateLimited": {
                "summary": "Over the limit given to the account",
                "value": {
                  "error": "Too many requests"
                }
              }
            }
          }
        }
      },
      "LegacyPushAccepted": {
        "x-inferred": true,
        "description": "The push was accepted; the body is exactly `1`. Inferred: the clients check only the body, never the status; 200 is assumed.",
        "content": {
          "text/plain": {
            "schema": {
              "$ref": "#/components/schemas/LegacyPushSuccess"
            },
            "examples": {
              "accepted": {
                "summary": "Push accepted",
                "value": "1"
              }
            }
          }
        }
      },
      "LegacyMissingFields": {
        "x-inferred": true,
        "description": "A required form field is missing or empty. Inferred: the real status and body are not public (a real server may answer 200 with a body other than `1`, which clients also read as failure); 400 with body `0` is chosen.",
        "content": {
          "text/plain": {
            "schema": {
              "$ref": "#/components/schemas/LegacyPushFailure"
            },
            "examples": {
              "missingTokens": {
                "summary": "tokens missing or empty",
                "value": "0"
              }
            }
          }
        }
      },
      "LegacyBadCredentials": {
        "x-inferred": true,
        "description": "`user` and `password` do not match a Reskyt account. Inferred: the real status and body are not public (a real server may answer 200 with a body other than `1`, which clients also read as failure); 401 with body `0` is chosen.",
        "content": {
          "text/plain": {
            "schema": {
              "$ref": "#/components/schemas/LegacyPushFailure"
            },
            "examples": {
              "badCredentials": {
                "summary": "Wrong user or password",
                "value": "0"
              }
            }
          }
        }
      }
    }
  }
}

export default document
