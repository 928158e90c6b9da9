/**
 * Generated from openapi/admin.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
import type { OpenApiDocument } from '../openapi/openapi-document.ts'

/** openapi/admin.yaml, parsed, for runtime validation. */
const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "martech-sandbox admin API",
    "version": "0.1.0",
    "summary": "The sandbox's own control API, beside the four mocked services.",
    "description": "What tests and QA read and set beside the mocked APIs: reset, the request journal, accounts\nand their keys and settings, the clock, fault rules, Pact provider states, and each service's\nadmin endpoints (Connectif import reports, export files and outbound events; Hellotext\ntracking records and widgets; the Reskyt outbox and devices; the JivoChat simulator and the\nreference CRM's records).\n\nThe sandbox serves this document through the same route table, validation and pipeline as the\nservices, so a body or query that breaks it is answered `422` with each issue's JSON path.\nErrors have one shape, `{\"error\": \"[martech-sandbox] Failed to …\"}`; the export file download\nanswers as the signed storage link it stands for (Connectif's `HttpError`).\n\nAccess over HTTP (`serve`, `startServer()`): on loopback with no token configured, none is\nneeded. Given a token (`--admin-token`, `adminToken` in the config file), and always when\nbound to anything but loopback, every operation here requires it — `Authorization: Bearer\n<token>`, or the HttpOnly `SameSite=Strict` cookie `martech_sandbox_admin` that opening\n`/?token=<token>` sets — and answers `401` without it; except the two links the sandbox hands\nto integrations (an export's `fileUrl`, an import's `errorReportFileUrl`), which carry their\nown credential. Always, a cross-site call is refused: `403` for `Sec-Fetch-Site: cross-site`\nor a foreign `Origin`, `415` for a state-changing call whose body is not JSON (text/plain and\nforms are what a page can send without a preflight). And every request to the server, admin\nor not, must name a `Host` the sandbox answers to (loopback names, its own addresses, the\nmocked services' hosts, `allowedHosts`, the public URL's), else `421`. In process (MSW) the\nadmin API takes no credential. Admin calls are not recorded in the request journal, and no\nfault rule applies to them.\n\nWhere it answers: `martech-sandbox serve` at `/__admin` on any host; in process (MSW), at\n`/__admin` under every service's base URL, and under `baseUrl` when the sandbox was created\nwith `createSandbox({ baseUrl })`.\n"
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010/__admin",
      "description": "The sandbox started with `npx martech-sandbox serve`."
    }
  ],
  "tags": [
    {
      "name": "Reset",
      "description": "Empty every store, the journal, counters and faults."
    },
    {
      "name": "Journal",
      "description": "The requests the sandbox answered, newest first, and live as they are answered."
    },
    {
      "name": "Accounts",
      "description": "Accounts, their keys, rate limits and scopes, and the settings each service reads per account (one pattern for every service: `/accounts/{id}/settings`)."
    },
    {
      "name": "Summary",
      "description": "What the dashboard at `/` draws, in one read: accounts with their keys and rate-limit gauges, and the records and jobs each service holds."
    },
    {
      "name": "Clock",
      "description": "The sandbox time that rate windows, timestamps and jobs follow."
    },
    {
      "name": "Retention",
      "description": "How much the sandbox keeps of what only accumulates: the journal (entries and body bytes), Hellotext's tracked events, Reskyt's and Connectif's push outboxes, and the delivery logs (JivoChat webhooks, Connectif outbound events). The oldest entries drop off first."
    },
    {
      "name": "Faults",
      "description": "Answers the sandbox gives instead of the real behaviour."
    },
    {
      "name": "Pact",
      "description": "The state-change URL the Pact Verifier calls before and after each interaction (`contracts verify`)."
    },
    {
      "name": "Connectif",
      "description": "Connectif's import error reports, export files and outbound custom events."
    },
    {
      "name": "Hellotext",
      "description": "What Hellotext tracking stored, and the widgets its API cannot create."
    },
    {
      "name": "Reskyt",
      "description": "The pushes Reskyt accepted and the devices an account's app knows."
    },
    {
      "name": "JivoChat",
      "description": "The JivoChat simulator (it plays Jivo against a CRM) and what it delivered."
    },
    {
      "name": "JivoChat CRM",
      "description": "The reference CRM's records, where `crm_link` points."
    }
  ],
  "security": [],
  "paths": {
    "/reset": {
      "post": {
        "operationId": "resetSandbox",
        "tags": [
          "Reset"
        ],
        "summary": "Go back to the starting point, or empty all state",
        "description": "Empties every service's state, the journal, rate-limit counters and fault rules, and recreates the default account with the same keys; then builds the configured starting point again: the accounts, keys, data and settings of `serve --seed` fixtures and of the config file, and the config file's fault rules (same ids and keys as at start). With `{\"scope\": \"empty\"}` it stops before that: only the default account is left, with its minted keys, as in a sandbox started with nothing configured. The clock and retention limits are left as they are.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ResetRequest"
              },
              "examples": {
                "configured": {
                  "value": {
                    "scope": "configured"
                  }
                },
                "empty": {
                  "value": {
                    "scope": "empty"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The sandbox is back at its starting point (or empty)."
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/requests": {
      "get": {
        "operationId": "listRequests",
        "tags": [
          "Journal"
        ],
        "summary": "List the request journal",
        "description": "The last requests the sandbox answered (1000 by default), newest first.",
        "parameters": [
          {
            "name": "service",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/ServiceName"
            }
          },
          {
            "name": "status",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 100,
              "maximum": 599
            },
            "example": 429
          },
          {
            "name": "operationId",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "example": "createPurchase"
          },
          {
            "name": "accountId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 20
          }
        ],
        "responses": {
          "200": {
            "description": "The matching requests.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "requests"
                  ],
                  "properties": {
                    "requests": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/JournalEntry"
                      }
                    }
                  }
                },
                "examples": {
                  "rateLimited": {
                    "value": {
                      "requests": [
                        {
                          "id": 12,
                          "time": 1767225661000,
                          "service": "connectif",
                          "method": "PATCH",
                          "path": "/contacts/email/ana%40example.com",
                          "operationId": "patchContactByEmail",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "status": 429,
                          "durationMs": 0.4,
                          "request": {
                            "headers": {
                              "content-type": "application/json"
                            },
                            "body": {
                              "_name": "Ana"
                            }
                          },
                          "response": {
                            "headers": {
                              "x-ratelimit-remaining": "0"
                            },
                            "body": {
                              "status": 429,
                              "title": "Too Many Requests",
                              "detail": "Requests rate limit reached."
                            }
                          }
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/requests/stream": {
      "get": {
        "operationId": "streamRequests",
        "tags": [
          "Journal"
        ],
        "summary": "Follow the request journal live",
        "description": "Server-Sent Events, open until the client leaves: `event: request` with each journal entry (the same JSON as `GET /requests`, `id:` its journal id) as it is recorded, and `event: reset` when the sandbox is reset. A client that reconnects with `Last-Event-ID` first gets the entries recorded since, still in the journal. Nothing is sent, and nothing is spent on the request path, while no one listens.",
        "parameters": [
          {
            "name": "Last-Event-ID",
            "in": "header",
            "description": "The last entry id the client saw (EventSource sends it when it reconnects).",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{1,15}$"
            },
            "example": "41"
          }
        ],
        "responses": {
          "200": {
            "description": "The stream; the first line is a comment, so the client knows it is open.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "oneRequest": {
                    "value": ": open\n\nevent: request\nid: 42\ndata: {\"id\":42,\"service\":\"connectif\",\"method\":\"PATCH\",\"path\":\"/contacts/email/ana%40example.com\",\"status\":200}\n\n"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/accounts": {
      "get": {
        "operationId": "listAccounts",
        "tags": [
          "Accounts"
        ],
        "summary": "List accounts and their keys",
        "responses": {
          "200": {
            "description": "Every account, oldest first, with every key of every service.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "accounts"
                  ],
                  "properties": {
                    "accounts": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/AccountWithKeys"
                      }
                    }
                  }
                },
                "examples": {
                  "default": {
                    "value": {
                      "accounts": [
                        {
                          "id": "acct_r5SuQv6hLp2N",
                          "name": "default",
                          "rateLimits": {},
                          "settings": {},
                          "createdAt": 1767225600000,
                          "keys": {
                            "connectif": [
                              "65f0c1d2e3f4a5b6c7d8e9f0:Zq3xY7pLm2Kd9RtW4sVb8NcJ6hGf1QeA"
                            ],
                            "hellotext": [
                              "ALK_8dJk2LmQ9rT4vX7zB1nC5pW3sY6aF0eH",
                              "4ONLdN32"
                            ],
                            "reskyt": [
                              "q9W2e8R4t6Y1u3I5o7P0a2S4d6F8g0H1j3K5l7Z9"
                            ]
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
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "createAccount",
        "tags": [
          "Accounts"
        ],
        "summary": "Create an account",
        "description": "Creates an account with one new key per service. Limits, scopes and settings are per service; a service left out of `scopes` gets every scope.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NewAccount"
              },
              "examples": {
                "shop": {
                  "value": {
                    "name": "shop-a",
                    "rateLimits": {
                      "connectif": 100
                    },
                    "scopes": {
                      "connectif": [
                        "contacts:read"
                      ]
                    },
                    "settings": {
                      "hellotext": {
                        "generation": "current"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The account and its keys.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountCreated"
                },
                "examples": {
                  "shop": {
                    "value": {
                      "id": "acct_Xk2mP9qRt4Lw",
                      "name": "shop-a",
                      "rateLimits": {
                        "connectif": 100
                      },
                      "keys": {
                        "connectif": "65f0c1d2e3f4a5b6c7d8e9f1:Pq8sT2vXz5Bn7Cm1Kd4Lf6Hj9Gw3Ry0E",
                        "hellotext": "ALK_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc",
                        "reskyt": "m4N6b8V0c2X4z6L8k0J2h4G6f8D0s2A4p6O8i0U2"
                      }
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
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/accounts/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AccountId"
        }
      ],
      "patch": {
        "operationId": "updateAccount",
        "tags": [
          "Accounts"
        ],
        "summary": "Change an account's rate limits or name",
        "description": "Changes the named limits at once, for the account's next request (the current window's count stays); `null` gives a service back its default limit. Limits are requests per minute, per service.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountChange"
              },
              "examples": {
                "slower": {
                  "value": {
                    "rateLimits": {
                      "connectif": 10
                    }
                  }
                },
                "backToDefault": {
                  "value": {
                    "rateLimits": {
                      "connectif": null
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The account after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Account"
                },
                "examples": {
                  "slower": {
                    "value": {
                      "id": "acct_r5SuQv6hLp2N",
                      "name": "default",
                      "rateLimits": {
                        "connectif": 10
                      },
                      "settings": {},
                      "createdAt": 1767225600000
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
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/accounts/{id}/settings": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AccountId"
        }
      ],
      "get": {
        "operationId": "getAccountSettings",
        "tags": [
          "Accounts"
        ],
        "summary": "Read an account's settings, per service",
        "description": "Every service's settings of the account, defaults filled in.",
        "responses": {
          "200": {
            "description": "The settings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountSettings"
                },
                "examples": {
                  "fresh": {
                    "$ref": "#/components/examples/FreshSettings"
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
          }
        }
      },
      "patch": {
        "operationId": "updateAccountSettings",
        "tags": [
          "Accounts"
        ],
        "summary": "Change an account's settings, per service",
        "description": "Merges the given settings into the account's: objects merge, other values replace. Connectif's `allowedDomains` are what E0103/E0201 check product URLs against; Hellotext's `generation` picks the tracking API that answers, and `strict: true` makes it refuse the other generation's parameters (422) instead of ignoring them with a journal warning; Reskyt's `apiActivated: false` makes its JSON API answer 403.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountSettingsChanges"
              },
              "examples": {
                "domains": {
                  "value": {
                    "connectif": {
                      "allowedDomains": [
                        "https://shop.example.com"
                      ]
                    }
                  }
                },
                "currentTracking": {
                  "value": {
                    "hellotext": {
                      "generation": "current"
                    }
                  }
                },
                "inactive": {
                  "value": {
                    "reskyt": {
                      "apiActivated": false
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The settings after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountSettings"
                },
                "examples": {
                  "fresh": {
                    "$ref": "#/components/examples/FreshSettings"
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
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/summary": {
      "get": {
        "operationId": "getSummary",
        "tags": [
          "Summary"
        ],
        "summary": "Read what the dashboard shows",
        "description": "The clock; every account with its keys, Hellotext Business ID and one rate-limit gauge per rate-limited service; and the newest records of each kind (`limit`, 50 by default) with how many there are: Connectif contacts, products, purchases, imports and exports (with their progress, played forward to the sandbox clock) and Hellotext profiles.",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Newest records of each kind to include.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 500,
              "default": 50
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Summary"
                },
                "examples": {
                  "fresh": {
                    "value": {
                      "clock": {
                        "now": "2026-01-01T00:00:00.000Z",
                        "frozen": false
                      },
                      "services": [
                        {
                          "name": "connectif",
                          "prefix": "/connectif",
                          "hosts": [
                            "api.connectif.cloud",
                            "cdn.connectif.cloud",
                            "*-api.connectif.cloud"
                          ]
                        }
                      ],
                      "accounts": [
                        {
                          "id": "acct_r5SuQv6hLp2N",
                          "name": "default",
                          "keys": {
                            "connectif": [
                              "65f0c1d2e3f4a5b6c7d8e9f0:Zq3xY7pLm2Kd9RtW4sVb8NcJ6hGf1QeA"
                            ],
                            "hellotext": [
                              "ALK_8dJk2LmQ9rT4vX7zB1nC5pW3sY6aF0eH",
                              "4ONLdN32"
                            ],
                            "reskyt": [
                              "q9W2e8R4t6Y1u3I5o7P0a2S4d6F8g0H1j3K5l7Z9"
                            ]
                          },
                          "businessId": "4ONLdN32",
                          "rateLimits": [
                            {
                              "service": "connectif",
                              "limit": 100,
                              "used": 3,
                              "resetAt": 1767225660000
                            }
                          ]
                        }
                      ],
                      "connectif": {
                        "contacts": {
                          "total": 0,
                          "items": []
                        },
                        "products": {
                          "total": 0,
                          "items": []
                        },
                        "purchases": {
                          "total": 0,
                          "items": []
                        },
                        "imports": {
                          "total": 0,
                          "items": []
                        },
                        "exports": {
                          "total": 0,
                          "items": []
                        }
                      },
                      "hellotext": {
                        "profiles": {
                          "total": 0,
                          "items": []
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/clock": {
      "get": {
        "operationId": "getClock",
        "tags": [
          "Clock"
        ],
        "summary": "Read the sandbox time",
        "responses": {
          "200": {
            "description": "The sandbox time.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Clock"
                },
                "examples": {
                  "frozen": {
                    "$ref": "#/components/examples/FrozenClock"
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
          }
        }
      },
      "post": {
        "operationId": "moveClock",
        "tags": [
          "Clock"
        ],
        "summary": "Advance, freeze or unfreeze the sandbox time",
        "description": "`freeze` stops time (at now, or at a given date), `advance` moves it forward frozen or not, `unfreeze` lets it run again from where it stands; they apply in that order.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClockChange"
              },
              "examples": {
                "advance": {
                  "value": {
                    "advance": "61s"
                  }
                },
                "freezeAt": {
                  "value": {
                    "freeze": "2026-01-01T00:00:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The sandbox time after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Clock"
                },
                "examples": {
                  "frozen": {
                    "$ref": "#/components/examples/FrozenClock"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/retention": {
      "get": {
        "operationId": "getRetention",
        "tags": [
          "Retention"
        ],
        "summary": "Read the retention limits",
        "responses": {
          "200": {
            "description": "The limits in force.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Retention"
                },
                "examples": {
                  "defaults": {
                    "$ref": "#/components/examples/DefaultRetention"
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
          }
        }
      },
      "patch": {
        "operationId": "updateRetention",
        "tags": [
          "Retention"
        ],
        "summary": "Change some retention limits",
        "description": "Changes the limits named; the others stay. They hold until changed again, across `POST /reset`. A smaller journal drops its oldest entries at once; the other logs drop theirs on their next write.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RetentionChange"
              },
              "examples": {
                "fewerEvents": {
                  "value": {
                    "trackedEvents": 1000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The limits after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Retention"
                },
                "examples": {
                  "defaults": {
                    "$ref": "#/components/examples/DefaultRetention"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/faults": {
      "get": {
        "operationId": "listFaults",
        "tags": [
          "Faults"
        ],
        "summary": "List fault rules",
        "responses": {
          "200": {
            "description": "The rules, in the order they are tried.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "faults"
                  ],
                  "properties": {
                    "faults": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/StoredFaultRule"
                      }
                    }
                  }
                },
                "examples": {
                  "oneRule": {
                    "value": {
                      "faults": [
                        {
                          "id": 1,
                          "hits": 0,
                          "service": "connectif",
                          "operationId": "createPurchase",
                          "status": 503,
                          "times": 1
                        }
                      ]
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
          }
        }
      },
      "post": {
        "operationId": "addFault",
        "tags": [
          "Faults"
        ],
        "summary": "Add a fault rule",
        "description": "A rule matches by service, operationId and method (each optional) and answers with a status (the service's own error body when no `body` is given), drops the connection, never answers, or delays the real answer by a fixed or ranged latency. Probabilities and ranges roll the sandbox's seeded dice, or the rule's own with `seed`, so a run replays. A service or operationId the sandbox does not serve (or an operationId of another service than the one named) is refused with 422: such a rule would never fire.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FaultRule"
              },
              "examples": {
                "onceUnavailable": {
                  "value": {
                    "service": "connectif",
                    "operationId": "createPurchase",
                    "status": 503,
                    "times": 1
                  }
                },
                "flakyNetwork": {
                  "value": {
                    "networkError": true,
                    "probability": 0.5
                  }
                },
                "slow": {
                  "value": {
                    "delayMs": 2000
                  }
                },
                "slowSometimes": {
                  "value": {
                    "delayMs": {
                      "min": 200,
                      "max": 1500
                    },
                    "probability": 0.5,
                    "seed": 42
                  }
                },
                "flakyReplayable": {
                  "value": {
                    "service": "hellotext",
                    "status": 500,
                    "probability": 0.3,
                    "seed": 7
                  }
                },
                "hang": {
                  "value": {
                    "service": "reskyt",
                    "noAnswer": true,
                    "times": 1
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The rule as stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StoredFaultRule"
                },
                "examples": {
                  "onceUnavailable": {
                    "value": {
                      "id": 1,
                      "hits": 0,
                      "service": "connectif",
                      "operationId": "createPurchase",
                      "status": 503,
                      "times": 1
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      },
      "delete": {
        "operationId": "clearFaults",
        "tags": [
          "Faults"
        ],
        "summary": "Remove every fault rule",
        "responses": {
          "204": {
            "description": "No rules are left."
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
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/faults/{id}": {
      "delete": {
        "operationId": "deleteFault",
        "tags": [
          "Faults"
        ],
        "summary": "Remove one fault rule",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "204": {
            "description": "The rule is gone."
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
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/pact/provider-states": {
      "get": {
        "operationId": "listProviderStates",
        "tags": [
          "Pact"
        ],
        "summary": "List the provider states the sandbox knows",
        "parameters": [
          {
            "$ref": "#/components/parameters/StateService"
          }
        ],
        "responses": {
          "200": {
            "description": "State names; `{placeholders}` match any text.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "states"
                  ],
                  "properties": {
                    "states": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    }
                  }
                },
                "examples": {
                  "connectif": {
                    "value": {
                      "states": [
                        "contact {email} exists",
                        "product {productId} exists"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      },
      "post": {
        "operationId": "runProviderState",
        "tags": [
          "Pact"
        ],
        "summary": "Set up or tear down a provider state",
        "description": "The Pact Verifier's state-change call: runs one state (looked up among every service's when `service` is not given) against `account` (the default account when not given). The empty state `\"\"` does nothing. An unknown state is 400, naming the known ones.",
        "parameters": [
          {
            "$ref": "#/components/parameters/StateService"
          },
          {
            "name": "account",
            "in": "query",
            "description": "The account the Verifier's requests authenticate as.",
            "schema": {
              "type": "string"
            },
            "example": "acct_r5SuQv6hLp2N"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProviderStateChange"
              },
              "examples": {
                "contactExists": {
                  "value": {
                    "state": "contact ana@example.com exists",
                    "action": "setup"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The values the state hands the pact (Pact's provider-state injected values).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true
                },
                "examples": {
                  "contactExists": {
                    "value": {
                      "contactId": "65f0c1d2e3f4a5b6c7d8e9f2"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/imports/{id}/errors.csv": {
      "get": {
        "operationId": "getImportErrorReport",
        "tags": [
          "Connectif"
        ],
        "summary": "Download an import's error report",
        "description": "What an Import's `errorReportFileUrl` points at: `row,reason`, one line per rejected row, as far as the sandbox clock has taken the job.",
        "parameters": [
          {
            "$ref": "#/components/parameters/RecordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The report.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "twoRows": {
                    "value": "row,reason\n2,_email \"ana@\" is not a valid email\n5,_points must be an integer\n"
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/connectif/exports/{id}/file": {
      "get": {
        "operationId": "getExportFile",
        "tags": [
          "Connectif"
        ],
        "summary": "Download an export's ZIP",
        "description": "What an Export's `fileUrl` points at: the ZIP while the token is valid (100 minutes of sandbox time; every read of a finished export hands out a new one), 403 afterwards, as a signed storage link would.",
        "parameters": [
          {
            "$ref": "#/components/parameters/RecordId"
          },
          {
            "name": "token",
            "in": "query",
            "description": "The link's token; without one, the link is invalid (403).",
            "schema": {
              "type": "string"
            },
            "example": "Zq3xY7pLm2Kd9RtW4sVb8NcJ6hGf1QeA"
          }
        ],
        "responses": {
          "200": {
            "description": "The ZIP, one CSV inside.",
            "content": {
              "application/zip": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "application/zip"
                },
                "examples": {
                  "zip": {
                    "value": "PK…"
                  }
                }
              }
            }
          },
          "403": {
            "description": "The link is unknown or has expired (Connectif's `HttpError`).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "status",
                    "title",
                    "detail"
                  ],
                  "properties": {
                    "status": {
                      "type": "integer"
                    },
                    "title": {
                      "type": "string"
                    },
                    "detail": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "expired": {
                    "value": {
                      "status": 403,
                      "title": "Forbidden",
                      "detail": "The download link is invalid or has expired."
                    }
                  }
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/outbound": {
      "post": {
        "operationId": "defineOutboundEvent",
        "tags": [
          "Connectif"
        ],
        "summary": "Define a send-category custom event",
        "description": "Creates a `send` custom event type (and its custom integration, found or created by `integrationName`) without the Connectif API, as the Connectif UI would.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OutboundDefinition"
              },
              "examples": {
                "reskyt": {
                  "$ref": "#/components/examples/ReskytOutboundDefinition"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The event type and the integration it belongs to.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "integrationId",
                    "eventType"
                  ],
                  "properties": {
                    "integrationId": {
                      "type": "string"
                    },
                    "eventType": {
                      "type": "object",
                      "required": [
                        "id",
                        "name",
                        "category"
                      ],
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "category": {
                          "type": "string"
                        }
                      }
                    }
                  }
                },
                "examples": {
                  "reskyt": {
                    "value": {
                      "integrationId": "65f0c1d2e3f4a5b6c7d8e9f3",
                      "eventType": {
                        "id": "65f0c1d2e3f4a5b6c7d8e9f4",
                        "name": "Reskyt push",
                        "category": "send"
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/outbound/{eventTypeId}/send": {
      "post": {
        "operationId": "sendOutboundEvent",
        "tags": [
          "Connectif"
        ],
        "summary": "Fire an outbound event for a contact",
        "description": "Builds the body from the event type's fields (literal values, or `{\"contactField\": id}` read from the contact), POSTs it to the type's `webhookUrl` with its headers, as a workflow node would, and logs the delivery. A URL on one of the sandbox's own hosts (`https://app.reskyt.com/…`) is delivered in process.",
        "parameters": [
          {
            "name": "eventTypeId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "65f0c1d2e3f4a5b6c7d8e9f4"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OutboundSend"
              },
              "examples": {
                "cart": {
                  "value": {
                    "contact": {
                      "email": "ana@example.com"
                    },
                    "values": {
                      "title": "Your cart",
                      "tokens": {
                        "contactField": "reskyt-token"
                      }
                    },
                    "timeoutMs": 10000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The delivery, delivered or failed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OutboundDelivery"
                },
                "examples": {
                  "delivered": {
                    "$ref": "#/components/examples/OutboundDelivered"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/outbound/deliveries": {
      "get": {
        "operationId": "listOutboundDeliveries",
        "tags": [
          "Connectif"
        ],
        "summary": "List outbound deliveries",
        "parameters": [
          {
            "name": "eventTypeId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "accountId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "delivered",
                "failed"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Every delivery, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "deliveries"
                  ],
                  "properties": {
                    "deliveries": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/OutboundDelivery"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "deliveries": [
                        {
                          "id": "65f0c1d2e3f4a5b6c7d8e9f6",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "eventTypeId": "65f0c1d2e3f4a5b6c7d8e9f4",
                          "contactId": "65f0c1d2e3f4a5b6c7d8e9f2",
                          "status": "delivered",
                          "at": "2026-01-01T00:00:00.000Z",
                          "durationMs": 3.2,
                          "request": {
                            "method": "POST",
                            "url": "https://app.reskyt.com/api/v2/push",
                            "headers": {
                              "content-type": "application/json"
                            },
                            "body": {
                              "title": "Your cart",
                              "tokens": [
                                "5d41402abc4b2a76b9719d911017c592"
                              ]
                            }
                          },
                          "response": {
                            "status": 200,
                            "body": "{\"success\":true}"
                          }
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/activities": {
      "get": {
        "operationId": "listActivities",
        "tags": [
          "Connectif"
        ],
        "summary": "List contacts' web activities",
        "description": "What the client script's notifications left on contacts, oldest first: `entity-created`, `entity-identified`, `entity-merged`, `web-page-visited`, `product-visited`, `search`, `cart-product-added`, `push-notification-subscribed`, … Filter by account, contact (id or email) or type.",
        "parameters": [
          {
            "name": "accountId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "contactId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "email",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "type",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The activities.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "activities"
                  ],
                  "properties": {
                    "activities": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/WebActivity"
                      }
                    }
                  }
                },
                "examples": {
                  "visit": {
                    "value": {
                      "activities": [
                        {
                          "id": "65f0c1d2e3f4a5b6c7d8e9f7",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "contactId": "65f0c1d2e3f4a5b6c7d8e9f2",
                          "type": "web-page-visited",
                          "date": "2026-01-01T00:00:00.000Z",
                          "trackerId": "64a1f3aac3b2a10019f0e8c2",
                          "details": {
                            "url": "https://shop.example.com/"
                          }
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/notifications": {
      "get": {
        "operationId": "listWebNotifications",
        "tags": [
          "Connectif"
        ],
        "summary": "List the client script's notifications",
        "description": "Every notification the sandbox applied, newest first, with the event types it carried and what it left out (`ignored`: a custom field that is not defined, a value of the wrong type), which the browser is never told.",
        "parameters": [
          {
            "name": "accountId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "contactId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The notifications.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "notifications"
                  ],
                  "properties": {
                    "notifications": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/WebNotification"
                      }
                    }
                  }
                },
                "examples": {
                  "undefinedField": {
                    "value": {
                      "notifications": [
                        {
                          "id": "65f0c1d2e3f4a5b6c7d8e9f8",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "contactId": "65f0c1d2e3f4a5b6c7d8e9f2",
                          "trackerId": "64a1f3aac3b2a10019f0e8c2",
                          "receivedAt": "2026-01-01T00:00:00.000Z",
                          "events": [],
                          "ignored": [
                            {
                              "path": "entityInfo.reskyt-token",
                              "reason": "is not a contact field of this account"
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/segments": {
      "post": {
        "operationId": "createSegment",
        "tags": [
          "Connectif"
        ],
        "summary": "Define a segment",
        "description": "A segment an export's `filters.segmentId` narrows to: a name and its members by e-mail. Connectif's API has no segment endpoints (segments are rules evaluated by Connectif), so the sandbox's are defined here or in a fixture file (`connectif.segments`). The id is a 24-hex ObjectId, like every Connectif id; give one to match a segment id your code already holds.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name"
                ],
                "properties": {
                  "accountId": {
                    "type": "string",
                    "description": "The account; the default account when left out."
                  },
                  "id": {
                    "type": "string",
                    "pattern": "^[0-9a-fA-F]{24}$"
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1
                  },
                  "contacts": {
                    "type": "array",
                    "description": "Member e-mails.",
                    "items": {
                      "type": "string",
                      "format": "email"
                    }
                  }
                }
              },
              "examples": {
                "vip": {
                  "value": {
                    "id": "643e76bfc1d60cb6ca7832fb",
                    "name": "VIP",
                    "contacts": [
                      "ana@example.com"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The segment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Segment"
                },
                "examples": {
                  "vip": {
                    "value": {
                      "id": "643e76bfc1d60cb6ca7832fb",
                      "accountId": "acct_r5SuQv6hLp2N",
                      "name": "VIP",
                      "contacts": [
                        "ana@example.com"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      },
      "get": {
        "operationId": "listSegments",
        "tags": [
          "Connectif"
        ],
        "summary": "List the segments",
        "description": "The segments defined, oldest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/OptionalAccount"
          }
        ],
        "responses": {
          "200": {
            "description": "The segments.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "segments"
                  ],
                  "properties": {
                    "segments": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Segment"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "segments": [
                        {
                          "id": "643e76bfc1d60cb6ca7832fb",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "name": "VIP",
                          "contacts": [
                            "ana@example.com"
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/connectif/web-push": {
      "get": {
        "operationId": "listWebPushes",
        "tags": [
          "Connectif"
        ],
        "summary": "List the web pushes the sandbox sent",
        "description": "The web-push outbox, newest first: one entry per push subscription a push went to, with the endpoint and the payload a Service Worker receives.",
        "parameters": [
          {
            "name": "accountId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "contactId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The pushes.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "pushes"
                  ],
                  "properties": {
                    "pushes": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/WebPush"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "pushes": [
                        {
                          "id": "65f0c1d2e3f4a5b6c7d8e9f9",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "contactId": "65f0c1d2e3f4a5b6c7d8e9f2",
                          "endpoint": "https://fcm.googleapis.com/fcm/send/sandbox-1",
                          "payload": {
                            "title": "Your cart is waiting",
                            "options": {
                              "body": "Trail running shoes, size 42",
                              "data": {
                                "notificationClick": {
                                  "closeOnClick": true,
                                  "actionTypeId": "open-new-window",
                                  "redirectUrl": "https://shop.example.com/cart"
                                }
                              }
                            }
                          },
                          "sentAt": "2026-01-01T00:00:00.000Z"
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      },
      "post": {
        "operationId": "sendWebPush",
        "tags": [
          "Connectif"
        ],
        "summary": "Send a web push to a contact",
        "description": "What a Connectif workflow's web push node does: the push goes to every subscription the contact's browsers sent with the client script's notifications. The sandbox cannot reach browsers' push services, so it records each push (endpoint and payload) in the web-push outbox; a test hands the payload to the page's Service Worker.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebPushRequest"
              },
              "examples": {
                "cart": {
                  "value": {
                    "contact": {
                      "email": "ana@example.com"
                    },
                    "title": "Your cart is waiting",
                    "body": "Trail running shoes, size 42",
                    "url": "https://shop.example.com/cart"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The pushes, one per subscription.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "pushes"
                  ],
                  "properties": {
                    "pushes": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/WebPush"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "pushes": [
                        {
                          "id": "65f0c1d2e3f4a5b6c7d8e9f9",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "contactId": "65f0c1d2e3f4a5b6c7d8e9f2",
                          "endpoint": "https://fcm.googleapis.com/fcm/send/sandbox-1",
                          "payload": {
                            "title": "Your cart is waiting",
                            "options": {
                              "body": "Trail running shoes, size 42",
                              "data": {
                                "notificationClick": {
                                  "closeOnClick": true,
                                  "actionTypeId": "open-new-window",
                                  "redirectUrl": "https://shop.example.com/cart"
                                }
                              }
                            }
                          },
                          "sentAt": "2026-01-01T00:00:00.000Z"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/hellotext/events": {
      "get": {
        "operationId": "listTrackedEvents",
        "tags": [
          "Hellotext"
        ],
        "summary": "List what tracking stored",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/TrackedEvents"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hellotext/profiles/{id}/events": {
      "get": {
        "operationId": "listProfileEvents",
        "tags": [
          "Hellotext"
        ],
        "summary": "List a profile's tracked events",
        "parameters": [
          {
            "$ref": "#/components/parameters/RecordId"
          },
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/TrackedEvents"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hellotext/sessions/{id}/events": {
      "get": {
        "operationId": "listSessionEvents",
        "tags": [
          "Hellotext"
        ],
        "summary": "List a session's tracked events",
        "parameters": [
          {
            "$ref": "#/components/parameters/RecordId"
          },
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/TrackedEvents"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hellotext/sessions": {
      "get": {
        "operationId": "listSessions",
        "tags": [
          "Hellotext"
        ],
        "summary": "List known sessions",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "responses": {
          "200": {
            "description": "The account's sessions, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "sessions"
                  ],
                  "properties": {
                    "sessions": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/HellotextSession"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "sessions": [
                        {
                          "id": "9f6b3c2a-4d1e-4f5a-8b7c-6d5e4f3a2b1c",
                          "type": "session",
                          "profile": null,
                          "created_at": 1767225600
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "makeSessionKnown",
        "tags": [
          "Hellotext"
        ],
        "summary": "Make a session known",
        "description": "Makes a session known to the server, as browser tracking would, so the private API can attach it and track with it. 201 when it is new, 200 when it was already known.",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "id": {
                    "type": "string",
                    "minLength": 1,
                    "description": "The session id; a new UUID when left out."
                  },
                  "accountId": {
                    "type": "string"
                  }
                }
              },
              "examples": {
                "browserSession": {
                  "value": {
                    "id": "9f6b3c2a-4d1e-4f5a-8b7c-6d5e4f3a2b1c"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/HellotextSession"
          },
          "201": {
            "$ref": "#/components/responses/HellotextSession"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/hellotext/messages/{id}": {
      "patch": {
        "operationId": "setMessageState",
        "tags": [
          "Hellotext"
        ],
        "summary": "Move a message to another state",
        "parameters": [
          {
            "$ref": "#/components/parameters/RecordId"
          },
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "state"
                ],
                "additionalProperties": false,
                "properties": {
                  "state": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "routed",
                      "delivered",
                      "failed",
                      "received"
                    ]
                  },
                  "accountId": {
                    "type": "string"
                  }
                }
              },
              "examples": {
                "delivered": {
                  "value": {
                    "state": "delivered"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The message in its new state (Hellotext's Message).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "id"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "state": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "delivered": {
                    "value": {
                      "id": "BvYeyVYz",
                      "state": "delivered"
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
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/hellotext/templates/{id}": {
      "patch": {
        "operationId": "setTemplateState",
        "tags": [
          "Hellotext"
        ],
        "summary": "Approve or reject a template",
        "parameters": [
          {
            "$ref": "#/components/parameters/RecordId"
          },
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "state"
                ],
                "additionalProperties": false,
                "properties": {
                  "state": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "approved",
                      "rejected"
                    ]
                  },
                  "accountId": {
                    "type": "string"
                  }
                }
              },
              "examples": {
                "approved": {
                  "value": {
                    "state": "approved"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The template in its new state (Hellotext's Template).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "id"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "state": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "approved": {
                    "value": {
                      "id": "Tq8wE2rT",
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/hellotext/submissions": {
      "get": {
        "operationId": "listSubmissions",
        "tags": [
          "Hellotext"
        ],
        "summary": "List form and popup submissions, with their one-time codes",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "responses": {
          "200": {
            "description": "The submissions, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "submissions"
                  ],
                  "properties": {
                    "submissions": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "id",
                          "kind",
                          "otp",
                          "state"
                        ],
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "kind": {
                            "type": "string",
                            "enum": [
                              "form",
                              "popup"
                            ]
                          },
                          "parentId": {
                            "type": "string"
                          },
                          "otp": {
                            "type": "string"
                          },
                          "state": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "submissions": [
                        {
                          "id": "Sb7nM2qW",
                          "kind": "popup",
                          "parentId": "Pp4kL9xZ",
                          "otp": "048213",
                          "state": "pending"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hellotext/identifications": {
      "get": {
        "operationId": "listIdentifications",
        "tags": [
          "Hellotext"
        ],
        "summary": "List identification receipts",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "responses": {
          "200": {
            "description": "The identifications, newest first; `receipt` is what getIdentification takes.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "identifications"
                  ],
                  "properties": {
                    "identifications": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "receipt",
                          "session",
                          "profile"
                        ],
                        "properties": {
                          "receipt": {
                            "type": "string"
                          },
                          "session": {
                            "type": "string"
                          },
                          "profile": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "identifications": [
                        {
                          "receipt": "Id3nT7fY",
                          "session": "9f6b3c2a-4d1e-4f5a-8b7c-6d5e4f3a2b1c",
                          "profile": "MzYwlE50"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hellotext/forms": {
      "post": {
        "operationId": "createForm",
        "tags": [
          "Hellotext"
        ],
        "summary": "Create a form",
        "description": "A form hellotext.js can show (`GET /v1/public/forms/{id}`); its members other than `id` and `accountId` are the form as the public API answers it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NewWidget"
              },
              "examples": {
                "newsletter": {
                  "value": {
                    "id": "Fm5tR8yU",
                    "name": "Newsletter",
                    "fields": [
                      "email"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The form.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "id"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "newsletter": {
                    "value": {
                      "id": "Fm5tR8yU"
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
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/hellotext/popups": {
      "post": {
        "operationId": "createPopup",
        "tags": [
          "Hellotext"
        ],
        "summary": "Create a popup",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "html"
                ],
                "additionalProperties": false,
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/HellotextId"
                  },
                  "accountId": {
                    "type": "string"
                  },
                  "html": {
                    "type": "string"
                  },
                  "locale": {
                    "type": "string",
                    "default": "es"
                  }
                }
              },
              "examples": {
                "welcome": {
                  "value": {
                    "id": "Pp4kL9xZ",
                    "html": "<div>10% off your first order</div>"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The popup.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "id",
                    "html",
                    "locale"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "html": {
                      "type": "string"
                    },
                    "locale": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "welcome": {
                    "value": {
                      "id": "Pp4kL9xZ",
                      "html": "<div>10% off your first order</div>",
                      "locale": "es"
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
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/hellotext/webchats": {
      "post": {
        "operationId": "createWebchat",
        "tags": [
          "Hellotext"
        ],
        "summary": "Create a webchat",
        "parameters": [
          {
            "$ref": "#/components/parameters/HellotextAccount"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/HellotextId"
                  },
                  "accountId": {
                    "type": "string"
                  }
                }
              },
              "examples": {
                "chat": {
                  "value": {
                    "id": "Wc2hT6nB"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The webchat.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "id"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "chat": {
                    "value": {
                      "id": "Wc2hT6nB"
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
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/reskyt/outbox": {
      "get": {
        "operationId": "listOutbox",
        "tags": [
          "Reskyt"
        ],
        "summary": "List accepted pushes",
        "description": "One entry per device token, newest first, with where the push stands at the sandbox time (`unknown-token` for a token the account's app does not know; `expired` once `dateEnd` passed before delivery).",
        "parameters": [
          {
            "name": "token",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "state",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "queued",
                "delivered",
                "expired",
                "unknown-token"
              ]
            }
          },
          {
            "name": "source",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "json",
                "legacy"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/OptionalAccount"
          }
        ],
        "responses": {
          "200": {
            "description": "The pushes.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "pushes"
                  ],
                  "properties": {
                    "pushes": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/OutboxEntry"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "pushes": [
                        {
                          "id": "4f7c2a9e-1b3d-4e5f-8a6b-7c9d0e1f2a3b",
                          "accountId": "acct_r5SuQv6hLp2N",
                          "source": "json",
                          "token": "5d41402abc4b2a76b9719d911017c592",
                          "knownToken": true,
                          "title": "Your cart is waiting",
                          "acceptedAt": "2026-01-01T00:00:00.000Z",
                          "deliveryState": "delivered"
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      },
      "delete": {
        "operationId": "clearOutbox",
        "tags": [
          "Reskyt"
        ],
        "summary": "Clear the outbox",
        "parameters": [
          {
            "$ref": "#/components/parameters/OptionalAccount"
          }
        ],
        "responses": {
          "204": {
            "description": "The outbox (of the account, when given) is empty."
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/reskyt/devices": {
      "get": {
        "operationId": "listDevices",
        "tags": [
          "Reskyt"
        ],
        "summary": "List known device tokens",
        "parameters": [
          {
            "$ref": "#/components/parameters/OptionalAccount"
          }
        ],
        "responses": {
          "200": {
            "description": "The devices.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "devices"
                  ],
                  "properties": {
                    "devices": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Device"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "devices": [
                        {
                          "accountId": "acct_r5SuQv6hLp2N",
                          "token": "5d41402abc4b2a76b9719d911017c592",
                          "platform": "android",
                          "registeredAt": "2026-01-01T00:00:00.000Z"
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      },
      "post": {
        "operationId": "registerDevice",
        "tags": [
          "Reskyt"
        ],
        "summary": "Register a device token",
        "description": "A token the account's app knows; pushes to other tokens are kept but flagged. 201 when new, 200 when the account already had it.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "token"
                ],
                "additionalProperties": false,
                "properties": {
                  "accountId": {
                    "type": "string"
                  },
                  "token": {
                    "type": "string",
                    "minLength": 1
                  },
                  "platform": {
                    "type": "string",
                    "enum": [
                      "android",
                      "ios"
                    ]
                  }
                }
              },
              "examples": {
                "android": {
                  "value": {
                    "token": "5d41402abc4b2a76b9719d911017c592",
                    "platform": "android"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Device"
          },
          "201": {
            "$ref": "#/components/responses/Device"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/jivochat/send": {
      "post": {
        "operationId": "sendJivoEvent",
        "tags": [
          "JivoChat"
        ],
        "summary": "Send one webhook to a CRM, as Jivo would",
        "description": "Plays one event against the CRM at `to` and grades the reply. A `to` on a sandbox host (`https://jivochat.sandbox.local/crm`) is reached in process.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/JivoSend"
              },
              "examples": {
                "accepted": {
                  "value": {
                    "event": "chat_accepted",
                    "to": "https://jivochat.sandbox.local/crm",
                    "overrides": {
                      "visitor.email": "ana@example.com"
                    },
                    "seed": 7
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The report, with the delivery's id and time.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JivoDelivery"
                },
                "examples": {
                  "ok": {
                    "$ref": "#/components/examples/JivoDeliveryOk"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/jivochat/conversation": {
      "post": {
        "operationId": "playJivoConversation",
        "tags": [
          "JivoChat"
        ],
        "summary": "Play a whole conversation against a CRM",
        "description": "`chat_accepted` → `chat_updated` → `client_updated` → `chat_finished` (or one `offline_message` with `offline: true`), each graded; stops early only when the URL cannot be reached.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/JivoConversationRequest"
              },
              "examples": {
                "chat": {
                  "value": {
                    "to": "https://jivochat.sandbox.local/crm",
                    "seed": 7
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "One report per delivery.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "ok",
                    "outcome",
                    "url",
                    "seed",
                    "reports"
                  ],
                  "properties": {
                    "ok": {
                      "type": "boolean"
                    },
                    "outcome": {
                      "$ref": "#/components/schemas/JivoOutcome"
                    },
                    "url": {
                      "type": "string"
                    },
                    "seed": {
                      "type": "number"
                    },
                    "reports": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/JivoReport"
                      }
                    }
                  }
                },
                "examples": {
                  "ok": {
                    "value": {
                      "ok": true,
                      "outcome": "ok",
                      "url": "https://jivochat.sandbox.local/crm",
                      "seed": 7,
                      "reports": []
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/jivochat/deliveries": {
      "get": {
        "operationId": "listJivoDeliveries",
        "tags": [
          "JivoChat"
        ],
        "summary": "List what the simulator delivered",
        "description": "Newest first; the last 200 are kept. Each is also in the request journal, as an entry whose `path` is the target URL and whose `operationId` is the webhook's.",
        "responses": {
          "200": {
            "description": "The deliveries.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "deliveries"
                  ],
                  "properties": {
                    "deliveries": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/JivoDelivery"
                      }
                    }
                  }
                },
                "examples": {
                  "one": {
                    "value": {
                      "deliveries": [
                        {
                          "id": 1,
                          "at": "2026-01-01T00:00:00.000Z",
                          "ok": true,
                          "outcome": "ok",
                          "event": "chat_accepted",
                          "operationId": "chatAccepted",
                          "url": "https://jivochat.sandbox.local/crm",
                          "seed": 7,
                          "timeoutMs": 3000,
                          "status": 200,
                          "durationMs": 2.1,
                          "violations": []
                        }
                      ]
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
          }
        }
      },
      "delete": {
        "operationId": "clearJivoDeliveries",
        "tags": [
          "JivoChat"
        ],
        "summary": "Forget the simulator's deliveries",
        "responses": {
          "204": {
            "description": "The delivery log is empty."
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
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/jivochat/crm/settings": {
      "get": {
        "operationId": "getCrmSettings",
        "tags": [
          "JivoChat CRM"
        ],
        "summary": "Read the CRM's settings",
        "responses": {
          "200": {
            "$ref": "#/components/responses/CrmSettings"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "patch": {
        "operationId": "updateCrmSettings",
        "tags": [
          "JivoChat CRM"
        ],
        "summary": "Change the CRM's default manager",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "defaultManagerLogin"
                ],
                "additionalProperties": false,
                "properties": {
                  "defaultManagerLogin": {
                    "type": "string",
                    "description": "The login of a CRM user."
                  }
                }
              },
              "examples": {
                "ivan": {
                  "value": {
                    "defaultManagerLogin": "ivan@shop.example"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CrmSettings"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/jivochat/crm/users": {
      "post": {
        "operationId": "createCrmUser",
        "tags": [
          "JivoChat CRM"
        ],
        "summary": "Add a CRM user (a manager)",
        "description": "`login` is the e-mail a Jivo agent's e-mail is matched against; `default: true` makes the user the default manager. A login that exists is renamed.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "login"
                ],
                "additionalProperties": false,
                "properties": {
                  "login": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "default": {
                    "type": "boolean"
                  }
                }
              },
              "examples": {
                "ivan": {
                  "value": {
                    "login": "ivan@shop.example",
                    "name": "Ivan Sidorov"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CrmRecord"
                },
                "examples": {
                  "ivan": {
                    "value": {
                      "id": "user-2",
                      "login": "ivan@shop.example",
                      "name": "Ivan Sidorov"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/jivochat/crm/contacts": {
      "post": {
        "operationId": "createCrmContact",
        "tags": [
          "JivoChat CRM"
        ],
        "summary": "Add a CRM contact",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NewCrmContact"
              },
              "examples": {
                "ana": {
                  "value": {
                    "name": "Ana López",
                    "email": "ana@example.com",
                    "lifetimeValue": 1240,
                    "currency": "EUR",
                    "lastPurchase": {
                      "reference": "SO-1042",
                      "date": "2026-01-05",
                      "total": 89.9
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The contact.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CrmRecord"
                },
                "examples": {
                  "ana": {
                    "value": {
                      "id": "contact-1",
                      "name": "Ana López"
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
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/jivochat/crm/{collection}": {
      "get": {
        "operationId": "listCrmRecords",
        "tags": [
          "JivoChat CRM"
        ],
        "summary": "List one kind of CRM record",
        "description": "Oldest first, narrowed by `email`, `phone` or `chatId` where they apply.",
        "parameters": [
          {
            "$ref": "#/components/parameters/CrmCollection"
          },
          {
            "name": "email",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "phone",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "chatId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The records, under the collection's name.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "minProperties": 1,
                  "maxProperties": 1,
                  "additionalProperties": {
                    "type": "array",
                    "items": {}
                  }
                },
                "examples": {
                  "contacts": {
                    "value": {
                      "contacts": [
                        {
                          "id": "contact-1",
                          "name": "Ana López"
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
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    },
    "/jivochat/crm/{collection}/{id}": {
      "get": {
        "operationId": "getCrmRecord",
        "tags": [
          "JivoChat CRM"
        ],
        "summary": "Open one CRM record",
        "description": "Where a reply's `crm_link` points.",
        "parameters": [
          {
            "$ref": "#/components/parameters/CrmCollection"
          },
          {
            "$ref": "#/components/parameters/RecordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The record.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CrmRecord"
                },
                "examples": {
                  "ana": {
                    "value": {
                      "id": "contact-1",
                      "name": "Ana López"
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
          "422": {
            "$ref": "#/components/responses/Invalid"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "AccountId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The account's id (`acct_…`).",
        "schema": {
          "type": "string"
        },
        "example": "acct_r5SuQv6hLp2N"
      },
      "RecordId": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        },
        "example": "65f0c1d2e3f4a5b6c7d8e9f5"
      },
      "HellotextAccount": {
        "name": "accountId",
        "in": "query",
        "description": "The account whose records to read or write; the default account when left out.",
        "schema": {
          "type": "string"
        },
        "example": "acct_r5SuQv6hLp2N"
      },
      "OptionalAccount": {
        "name": "accountId",
        "in": "query",
        "description": "Only this account's records; every account's when left out.",
        "schema": {
          "type": "string"
        },
        "example": "acct_r5SuQv6hLp2N"
      },
      "StateService": {
        "name": "service",
        "in": "query",
        "description": "Only this service's provider states (an unknown service is 404).",
        "schema": {
          "type": "string"
        },
        "example": "connectif"
      },
      "CrmCollection": {
        "name": "collection",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "enum": [
            "leads",
            "contacts",
            "tasks",
            "transcripts",
            "calls",
            "users"
          ]
        },
        "example": "contacts"
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "No admin token, or a wrong one, where the sandbox requires one (`serve` bound to anything but loopback, or given a token). Send `Authorization: Bearer <token>`, or open `/?token=<token>` in a browser.",
        "headers": {
          "WWW-Authenticate": {
            "schema": {
              "type": "string"
            },
            "example": "Bearer realm=\"martech-sandbox admin\""
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "noToken": {
                "value": {
                  "error": "[martech-sandbox] Failed to authenticate \"GET /__admin/accounts\": no admin token (Authorization: Bearer <token>). Send the admin token serve printed at start or was given."
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "A cross-site call, refused over HTTP whatever the token: `Sec-Fetch-Site: cross-site`, or an `Origin` other than the sandbox's own.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "otherOrigin": {
                "value": {
                  "error": "[martech-sandbox] Failed to authorize \"POST /__admin/reset\": it comes from another origin (Origin: https://evil.example). The admin API answers its own origin and clients outside a browser."
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "The request cannot be carried out as sent (the reason says why).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "badJson": {
                "value": {
                  "error": "[martech-sandbox] Failed to read \"POST /__admin/clock\": invalid json."
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No such account, record or admin endpoint.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "account": {
                "value": {
                  "error": "[martech-sandbox] Failed to find \"account acct_nope\": no such account."
                }
              }
            }
          }
        }
      },
      "Conflict": {
        "description": "The id or value is already taken.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "taken": {
                "value": {
                  "error": "[martech-sandbox] Failed to create \"hellotext widget\": id Fm5tR8yU is taken."
                }
              }
            }
          }
        }
      },
      "Invalid": {
        "description": "The body, query or path breaks this document; each issue names its JSON path.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "unknownField": {
                "value": {
                  "error": "[martech-sandbox] Failed to validate \"POST /__admin/accounts\": $.nmae is not allowed.",
                  "issues": [
                    {
                      "in": "body",
                      "path": "$.nmae",
                      "reason": "is not allowed"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is over the admin API's limit (50 MB).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "tooLarge": {
                "value": {
                  "error": "[martech-sandbox] Failed to read \"POST /__admin/faults\": the body is over 52428800 bytes."
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body is not `application/json`. Over HTTP, a state-changing call with a `text/plain`, form or multipart content type is refused so even without a body: a page on another site can send those without a CORS preflight.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdminError"
            },
            "examples": {
              "form": {
                "value": {
                  "error": "[martech-sandbox] Failed to read \"POST /__admin/faults\": expected application/json, got text/plain."
                }
              }
            }
          }
        }
      },
      "TrackedEvents": {
        "description": "Tracked events, newest first, with the route and generation that took each.",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "required": [
                "events"
              ],
              "properties": {
                "events": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/TrackedEvent"
                  }
                }
              }
            },
            "examples": {
              "purchase": {
                "value": {
                  "events": [
                    {
                      "id": "Ev4nT2sQ",
                      "action": "product.purchased",
                      "profile": "MzYwlE50",
                      "session": null,
                      "object": "vxqQJ3Yg",
                      "object_type": "product",
                      "amount": 89.9,
                      "currency": "USD",
                      "metadata": {},
                      "tracked_at": 1767225600,
                      "created_at": 1767225600,
                      "via": "api",
                      "generation": "2022"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "HellotextSession": {
        "description": "The session.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HellotextSession"
            },
            "examples": {
              "anonymous": {
                "value": {
                  "id": "9f6b3c2a-4d1e-4f5a-8b7c-6d5e4f3a2b1c",
                  "type": "session",
                  "profile": null,
                  "created_at": 1767225600
                }
              }
            }
          }
        }
      },
      "Device": {
        "description": "The device.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Device"
            },
            "examples": {
              "android": {
                "value": {
                  "accountId": "acct_r5SuQv6hLp2N",
                  "token": "5d41402abc4b2a76b9719d911017c592",
                  "platform": "android",
                  "registeredAt": "2026-01-01T00:00:00.000Z"
                }
              }
            }
          }
        }
      },
      "CrmSettings": {
        "description": "The CRM's settings.",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "defaultManagerLogin": {
                  "type": "string"
                }
              }
            },
            "examples": {
              "default": {
                "value": {
                  "defaultManagerLogin": "manager@crm.sandbox.local"
                }
              }
            }
          }
        }
      }
    },
    "examples": {
      "DefaultRetention": {
        "summary": "The defaults",
        "value": {
          "journalEntries": 1000,
          "journalBodyBytes": 65536,
          "trackedEvents": 10000,
          "webActivities": 10000,
          "outbox": 10000,
          "deliveries": 200
        }
      },
      "FreshSettings": {
        "value": {
          "connectif": {
            "store": {},
            "allowedDomains": []
          },
          "hellotext": {
            "businessId": "4ONLdN32",
            "generation": "2022",
            "integrations": [
              "sms",
              "whatsapp",
              "instagram",
              "mercadolibre"
            ],
            "business": {},
            "strict": false
          },
          "reskyt": {
            "apiActivated": true
          }
        }
      },
      "FrozenClock": {
        "value": {
          "now": "2026-01-01T00:01:01.000Z",
          "frozen": true
        }
      },
      "ReskytOutboundDefinition": {
        "value": {
          "eventType": {
            "name": "Reskyt push",
            "category": "send",
            "webhookUrl": "https://app.reskyt.com/api/v2/push",
            "webhookHeaders": [
              {
                "name": "x-api-key",
                "value": "q9W2e8R4t6Y1u3I5o7P0a2S4d6F8g0H1j3K5l7Z9"
              }
            ],
            "fields": [
              {
                "id": "title",
                "name": "Title",
                "type": "text",
                "required": true,
                "jsonPointerPath": "/title"
              },
              {
                "id": "tokens",
                "name": "Token",
                "type": "text",
                "required": true,
                "jsonPointerPath": "/tokens/0"
              }
            ]
          }
        }
      },
      "OutboundDelivered": {
        "value": {
          "id": "65f0c1d2e3f4a5b6c7d8e9f6",
          "accountId": "acct_r5SuQv6hLp2N",
          "eventTypeId": "65f0c1d2e3f4a5b6c7d8e9f4",
          "contactId": "65f0c1d2e3f4a5b6c7d8e9f2",
          "status": "delivered",
          "at": "2026-01-01T00:00:00.000Z",
          "durationMs": 3.2,
          "request": {
            "method": "POST",
            "url": "https://app.reskyt.com/api/v2/push",
            "headers": {
              "content-type": "application/json"
            },
            "body": {
              "title": "Your cart",
              "tokens": [
                "5d41402abc4b2a76b9719d911017c592"
              ]
            }
          },
          "response": {
            "status": 200,
            "body": "{\"success\":true}"
          }
        }
      },
      "JivoDeliveryOk": {
        "value": {
          "id": 1,
          "at": "2026-01-01T00:00:00.000Z",
          "ok": true,
          "outcome": "ok",
          "event": "chat_accepted",
          "operationId": "chatAccepted",
          "url": "https://jivochat.sandbox.local/crm",
          "seed": 7,
          "timeoutMs": 3000,
          "status": 200,
          "durationMs": 2.1,
          "violations": []
        }
      }
    },
    "schemas": {
      "AdminError": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "One line: `[martech-sandbox] Failed to <verb> \"<subject>\": <reason>.`"
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AdminIssue"
            }
          }
        }
      },
      "AdminIssue": {
        "type": "object",
        "required": [
          "in",
          "path",
          "reason"
        ],
        "properties": {
          "in": {
            "type": "string",
            "enum": [
              "body",
              "query",
              "path",
              "header"
            ]
          },
          "path": {
            "type": "string",
            "description": "JSON path of the value inside its location (`$.rateLimits.connectif`)."
          },
          "reason": {
            "type": "string"
          }
        }
      },
      "ServiceName": {
        "type": "string",
        "enum": [
          "connectif",
          "hellotext",
          "reskyt",
          "jivochat"
        ]
      },
      "HellotextId": {
        "type": "string",
        "pattern": "^[A-Za-z0-9]{8}$",
        "description": "Eight letters or digits; a new one when left out."
      },
      "JournalEntry": {
        "type": "object",
        "required": [
          "id",
          "time",
          "service",
          "method",
          "path",
          "status",
          "durationMs",
          "request",
          "response"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "time": {
            "type": "number",
            "description": "Sandbox time the request arrived, epoch milliseconds."
          },
          "service": {
            "type": "string"
          },
          "method": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "operationId": {
            "type": "string"
          },
          "accountId": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "description": "0 when no HTTP status came back (a delivery that failed)."
          },
          "durationMs": {
            "type": "number"
          },
          "request": {
            "$ref": "#/components/schemas/JournalMessage"
          },
          "response": {
            "$ref": "#/components/schemas/JournalMessage"
          },
          "warnings": {
            "type": "array",
            "description": "What the sandbox accepted where a stricter reading would refuse it (a rule it only infers), e.g. a parameter of the other Hellotext tracking generation, ignored.",
            "items": {
              "type": "string"
            }
          },
          "issues": {
            "type": "array",
            "description": "Why the request was refused as invalid, each issue where it was found.",
            "items": {
              "$ref": "#/components/schemas/ValidationIssue"
            }
          },
          "fault": {
            "type": "object",
            "description": "The fault rule that fired on this request, and what it did.",
            "required": [
              "ruleId"
            ],
            "properties": {
              "ruleId": {
                "type": "integer"
              },
              "status": {
                "type": "integer"
              },
              "delayMs": {
                "type": "number"
              },
              "networkError": {
                "type": "boolean"
              }
            }
          }
        }
      },
      "ValidationIssue": {
        "type": "object",
        "required": [
          "location",
          "path",
          "pointer",
          "reason"
        ],
        "properties": {
          "location": {
            "type": "string",
            "enum": [
              "body",
              "query",
              "path",
              "header"
            ]
          },
          "path": {
            "type": "string",
            "description": "Dotted path inside the location (`products[0].price`)."
          },
          "pointer": {
            "type": "string",
            "description": "The same place as a JSON pointer (`/products/0/price`)."
          },
          "reason": {
            "type": "string"
          }
        }
      },
      "Summary": {
        "type": "object",
        "required": [
          "clock",
          "services",
          "accounts",
          "connectif",
          "hellotext"
        ],
        "properties": {
          "clock": {
            "$ref": "#/components/schemas/Clock"
          },
          "services": {
            "type": "array",
            "description": "Each service, the path prefix `serve` answers it under, and the real hosts a `Host` header may name instead.",
            "items": {
              "type": "object",
              "required": [
                "name",
                "prefix",
                "hosts"
              ],
              "properties": {
                "name": {
                  "$ref": "#/components/schemas/ServiceName"
                },
                "prefix": {
                  "type": "string"
                },
                "hosts": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "accounts": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "name",
                "keys",
                "rateLimits"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "keys": {
                  "type": "object",
                  "description": "Every key of each service.",
                  "additionalProperties": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "businessId": {
                  "type": "string",
                  "description": "Hellotext's public Business ID."
                },
                "webClientId": {
                  "type": "string",
                  "description": "Connectif's web client id, the token of the client script's URL."
                },
                "rateLimits": {
                  "type": "array",
                  "description": "One gauge per service the account is rate-limited on.",
                  "items": {
                    "$ref": "#/components/schemas/RateLimitGauge"
                  }
                }
              }
            }
          },
          "connectif": {
            "type": "object",
            "required": [
              "contacts",
              "products",
              "purchases",
              "imports",
              "exports"
            ],
            "properties": {
              "contacts": {
                "$ref": "#/components/schemas/RecordPage"
              },
              "products": {
                "$ref": "#/components/schemas/RecordPage"
              },
              "purchases": {
                "$ref": "#/components/schemas/RecordPage"
              },
              "imports": {
                "$ref": "#/components/schemas/JobPage"
              },
              "exports": {
                "$ref": "#/components/schemas/JobPage"
              }
            }
          },
          "hellotext": {
            "type": "object",
            "required": [
              "profiles"
            ],
            "properties": {
              "profiles": {
                "$ref": "#/components/schemas/RecordPage"
              }
            }
          }
        }
      },
      "RateLimitGauge": {
        "type": "object",
        "required": [
          "service",
          "limit",
          "used"
        ],
        "properties": {
          "service": {
            "$ref": "#/components/schemas/ServiceName"
          },
          "limit": {
            "type": "integer",
            "description": "Requests allowed per minute."
          },
          "used": {
            "type": "integer",
            "description": "Requests counted in the current window (0 when none is open)."
          },
          "resetAt": {
            "type": "number",
            "description": "When the current window ends, epoch milliseconds; absent when none is open."
          }
        }
      },
      "RecordPage": {
        "type": "object",
        "required": [
          "total",
          "items"
        ],
        "properties": {
          "total": {
            "type": "integer",
            "description": "How many there are, all accounts."
          },
          "items": {
            "type": "array",
            "description": "The newest, newest first, as the service's API shows them, with `accountId`.",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "JobPage": {
        "type": "object",
        "required": [
          "total",
          "items"
        ],
        "properties": {
          "total": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "description": "The newest jobs, newest first.",
            "items": {
              "type": "object",
              "required": [
                "id",
                "accountId",
                "status",
                "done",
                "total"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "accountId": {
                  "type": "string"
                },
                "kind": {
                  "type": "string",
                  "description": "The import's type or the export's exportType."
                },
                "status": {
                  "type": "string"
                },
                "done": {
                  "type": "integer",
                  "description": "Rows (imports) or elements (exports) processed so far."
                },
                "total": {
                  "type": "integer"
                },
                "createdAt": {
                  "type": "string"
                },
                "finishedAt": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "JournalMessage": {
        "type": "object",
        "required": [
          "headers"
        ],
        "properties": {
          "headers": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "body": {}
        }
      },
      "RateLimits": {
        "type": "object",
        "description": "Requests per minute, per service, overriding the service's default.",
        "propertyNames": {
          "$ref": "#/components/schemas/ServiceName"
        },
        "additionalProperties": {
          "type": "integer",
          "minimum": 1
        }
      },
      "Account": {
        "type": "object",
        "required": [
          "id",
          "name",
          "rateLimits",
          "settings",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "rateLimits": {
            "$ref": "#/components/schemas/RateLimits"
          },
          "settings": {
            "type": "object",
            "additionalProperties": true,
            "description": "What each service stores for the account (see getAccountSettings for the full view)."
          },
          "createdAt": {
            "type": "number"
          }
        }
      },
      "AccountWithKeys": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Account"
          },
          {
            "type": "object",
            "required": [
              "keys"
            ],
            "properties": {
              "keys": {
                "type": "object",
                "description": "Every key of each service (Hellotext's second one is the Business ID).",
                "additionalProperties": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          }
        ]
      },
      "NewAccount": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "rateLimits": {
            "$ref": "#/components/schemas/RateLimits"
          },
          "scopes": {
            "type": "object",
            "description": "Scopes per service (Connectif's are `<area>:<read|write|delete>`).",
            "propertyNames": {
              "$ref": "#/components/schemas/ServiceName"
            },
            "additionalProperties": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "settings": {
            "$ref": "#/components/schemas/AccountSettingsChanges"
          }
        }
      },
      "ResetRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "scope": {
            "type": "string",
            "enum": [
              "configured",
              "empty"
            ],
            "default": "configured",
            "description": "`configured`: back to the starting point (fixtures, config). `empty`: the default account alone."
          }
        }
      },
      "AccountChange": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "rateLimits": {
            "type": "object",
            "description": "Requests per minute, per service; `null` gives the service back its default.",
            "propertyNames": {
              "$ref": "#/components/schemas/ServiceName"
            },
            "additionalProperties": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 1
            }
          }
        }
      },
      "AccountCreated": {
        "type": "object",
        "required": [
          "id",
          "name",
          "rateLimits",
          "keys"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "rateLimits": {
            "$ref": "#/components/schemas/RateLimits"
          },
          "keys": {
            "type": "object",
            "description": "One new key per service.",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "AccountSettings": {
        "type": "object",
        "required": [
          "connectif",
          "hellotext",
          "reskyt"
        ],
        "properties": {
          "connectif": {
            "$ref": "#/components/schemas/ConnectifSettings"
          },
          "hellotext": {
            "$ref": "#/components/schemas/HellotextSettings"
          },
          "reskyt": {
            "$ref": "#/components/schemas/ReskytSettings"
          }
        }
      },
      "AccountSettingsChanges": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "connectif": {
            "$ref": "#/components/schemas/ConnectifSettingsChanges"
          },
          "hellotext": {
            "$ref": "#/components/schemas/HellotextSettingsChanges"
          },
          "reskyt": {
            "$ref": "#/components/schemas/ReskytSettingsChanges"
          }
        }
      },
      "ConnectifStore": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "timezone": {
            "type": "string",
            "description": "An IANA zone; `Europe/Madrid` when not set."
          }
        }
      },
      "WebActivity": {
        "type": "object",
        "required": [
          "id",
          "accountId",
          "contactId",
          "type",
          "date",
          "details"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "accountId": {
            "type": "string"
          },
          "contactId": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "date": {
            "type": "string"
          },
          "trackerId": {
            "type": "string"
          },
          "details": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "WebNotification": {
        "type": "object",
        "required": [
          "id",
          "accountId",
          "contactId",
          "trackerId",
          "receivedAt",
          "events",
          "ignored"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "accountId": {
            "type": "string"
          },
          "contactId": {
            "type": "string"
          },
          "trackerId": {
            "type": "string"
          },
          "receivedAt": {
            "type": "string"
          },
          "events": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "ignored": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "path",
                "reason"
              ],
              "properties": {
                "path": {
                  "type": "string"
                },
                "reason": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "WebPushRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "contact",
          "title"
        ],
        "properties": {
          "contact": {
            "type": "object",
            "description": "The contact, by email or by id.",
            "additionalProperties": false,
            "properties": {
              "email": {
                "type": "string"
              },
              "contactId": {
                "type": "string"
              }
            }
          },
          "accountId": {
            "type": "string",
            "description": "The contact's account; the default account when left out."
          },
          "title": {
            "type": "string",
            "minLength": 1
          },
          "body": {
            "type": "string"
          },
          "icon": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "description": "The page a click opens."
          },
          "expirationDate": {
            "type": "string",
            "description": "When the push stops being shown (ISO 8601)."
          }
        }
      },
      "Segment": {
        "type": "object",
        "required": [
          "id",
          "accountId",
          "name",
          "contacts"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "accountId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "contacts": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "WebPush": {
        "type": "object",
        "required": [
          "id",
          "accountId",
          "contactId",
          "endpoint",
          "payload",
          "sentAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "accountId": {
            "type": "string"
          },
          "contactId": {
            "type": "string"
          },
          "endpoint": {
            "type": "string",
            "description": "The push service URL of the subscription."
          },
          "payload": {
            "type": "object",
            "description": "What the Service Worker's push event carries: `{title, options{body, icon, data{expirationDate, compact{icon, body}, notificationClick{closeOnClick, actionTypeId, redirectUrl}}}}`.",
            "required": [
              "title",
              "options"
            ],
            "properties": {
              "title": {
                "type": "string"
              },
              "options": {
                "type": "object",
                "additionalProperties": true
              }
            }
          },
          "sentAt": {
            "type": "string"
          }
        }
      },
      "ConnectifWebSettings": {
        "type": "object",
        "description": "The web channel: the web client id of the client script's URL, the shard (`env`), and the rules the script applies.",
        "properties": {
          "webClientId": {
            "type": "string"
          },
          "env": {
            "type": "string",
            "pattern": "^[a-z0-9]+$"
          },
          "trackingEnabled": {
            "type": "boolean"
          },
          "trackAllByDefault": {
            "type": "boolean"
          },
          "excludeTracking": {
            "type": "array",
            "description": "Regular expressions of page URLs not tracked.",
            "items": {
              "type": "string"
            }
          },
          "includeTracking": {
            "type": "array",
            "description": "Regular expressions of the only page URLs tracked, without trackAllByDefault.",
            "items": {
              "type": "string"
            }
          },
          "serviceWorkerUrl": {
            "type": "string",
            "description": "The shop's own Service Worker file, which imports the sandbox's script."
          },
          "vapidPublicKey": {
            "type": "string"
          }
        }
      },
      "ConnectifSettings": {
        "type": "object",
        "required": [
          "store",
          "allowedDomains"
        ],
        "properties": {
          "store": {
            "$ref": "#/components/schemas/ConnectifStore"
          },
          "allowedDomains": {
            "type": "array",
            "description": "Domains product URLs must belong to, and pages the client script tracks on; empty accepts every domain.",
            "items": {
              "type": "string"
            }
          },
          "web": {
            "$ref": "#/components/schemas/ConnectifWebSettings"
          }
        }
      },
      "ConnectifSettingsChanges": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "store": {
            "$ref": "#/components/schemas/ConnectifStore"
          },
          "allowedDomains": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "web": {
            "$ref": "#/components/schemas/ConnectifWebSettings"
          }
        }
      },
      "HellotextGeneration": {
        "type": "string",
        "enum": [
          "2022",
          "current"
        ]
      },
      "HellotextTechnology": {
        "type": "string",
        "enum": [
          "sms",
          "whatsapp",
          "instagram",
          "mercadolibre"
        ]
      },
      "HellotextSettings": {
        "type": "object",
        "required": [
          "generation",
          "integrations",
          "business",
          "strict"
        ],
        "properties": {
          "businessId": {
            "type": "string",
            "description": "The public credential of the browser API."
          },
          "generation": {
            "$ref": "#/components/schemas/HellotextGeneration"
          },
          "integrations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HellotextTechnology"
            }
          },
          "business": {
            "type": "object",
            "additionalProperties": true,
            "description": "Overrides of the public business metadata (`getBusiness`)."
          },
          "strict": {
            "$ref": "#/components/schemas/HellotextStrict"
          }
        }
      },
      "HellotextStrict": {
        "type": "boolean",
        "description": "Whether tracking refuses parameters of the other generation (422) instead of ignoring them with a journal warning (`warnings` in `GET /__admin/requests`). Default false: the APIs of either era ignored parameters they did not know."
      },
      "HellotextSettingsChanges": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "businessId": {
            "$ref": "#/components/schemas/HellotextId"
          },
          "generation": {
            "$ref": "#/components/schemas/HellotextGeneration"
          },
          "integrations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HellotextTechnology"
            }
          },
          "business": {
            "type": "object",
            "additionalProperties": true
          },
          "strict": {
            "$ref": "#/components/schemas/HellotextStrict"
          }
        }
      },
      "ReskytSettings": {
        "type": "object",
        "required": [
          "apiActivated"
        ],
        "properties": {
          "apiActivated": {
            "type": "boolean"
          }
        }
      },
      "ReskytSettingsChanges": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "apiActivated": {
            "type": "boolean"
          }
        }
      },
      "Clock": {
        "type": "object",
        "required": [
          "now",
          "frozen"
        ],
        "properties": {
          "now": {
            "type": "string",
            "format": "date-time"
          },
          "frozen": {
            "type": "boolean"
          }
        }
      },
      "Duration": {
        "description": "Milliseconds, or a number and a unit: `61s`, `500ms`, `2m`, `1h`, `1d`.",
        "oneOf": [
          {
            "type": "number",
            "minimum": 0
          },
          {
            "type": "string",
            "pattern": "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h|d)\\s*$"
          }
        ]
      },
      "Retention": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "journalEntries",
          "journalBodyBytes",
          "trackedEvents",
          "webActivities",
          "outbox",
          "deliveries"
        ],
        "properties": {
          "journalEntries": {
            "description": "Requests the journal keeps. Default 1000.",
            "type": "integer",
            "minimum": 1
          },
          "journalBodyBytes": {
            "description": "Largest request or response body a journal entry keeps, and the most of a receiver's or CRM's reply a delivery log keeps, in bytes; a larger one is replaced by a note of its size. Default 65536.",
            "type": "integer",
            "minimum": 0
          },
          "trackedEvents": {
            "description": "Hellotext tracked events kept, all accounts together. Default 10000.",
            "type": "integer",
            "minimum": 1
          },
          "webActivities": {
            "description": "Connectif web activities kept (what the client script's notifications record: page visits, product views, identifications), all accounts together. Default 10000.",
            "type": "integer",
            "minimum": 1
          },
          "outbox": {
            "description": "Entries kept in each push outbox (Reskyt's, one per push and device token; Connectif's web pushes), all accounts together. Default 10000.",
            "type": "integer",
            "minimum": 1
          },
          "deliveries": {
            "description": "Deliveries kept in each delivery log (JivoChat webhooks, Connectif outbound events). Default 200.",
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "RetentionChange": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "journalEntries": {
            "type": "integer",
            "minimum": 1
          },
          "journalBodyBytes": {
            "type": "integer",
            "minimum": 0
          },
          "trackedEvents": {
            "type": "integer",
            "minimum": 1
          },
          "webActivities": {
            "type": "integer",
            "minimum": 1
          },
          "outbox": {
            "type": "integer",
            "minimum": 1
          },
          "deliveries": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "ClockChange": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "advance": {
            "$ref": "#/components/schemas/Duration"
          },
          "freeze": {
            "description": "`true` stops time now; a date or epoch milliseconds stops it there; `false` does nothing.",
            "oneOf": [
              {
                "type": "boolean"
              },
              {
                "type": "string",
                "format": "date-time"
              },
              {
                "type": "number"
              }
            ]
          },
          "unfreeze": {
            "const": true
          }
        }
      },
      "FaultRule": {
        "type": "object",
        "description": "A rule needs a `status`, `networkError`, `noAnswer` or `delayMs`, to say what the fault does. `delayMs` may come with any of the others (a slow error).",
        "additionalProperties": false,
        "properties": {
          "service": {
            "$ref": "#/components/schemas/ServiceName"
          },
          "operationId": {
            "type": "string"
          },
          "method": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599,
            "description": "Answer with this status (and `body`, `headers`) instead of running the route. An error status without a `body` is answered with the service's own error body for it (Connectif's `{status, title, detail}`, Hellotext's `{errors}`, …)."
          },
          "body": {},
          "headers": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "networkError": {
            "type": "boolean",
            "description": "Drop the connection instead of answering (the client sees a reset)."
          },
          "noAnswer": {
            "type": "boolean",
            "description": "Hold the connection open and never answer, until the client gives up (its own timeout). The journal records it with status 0."
          },
          "delayMs": {
            "$ref": "#/components/schemas/FaultDelay"
          },
          "probability": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Chance the rule applies to a matching request; 1 when left out."
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "description": "How many requests the rule applies to before it retires."
          },
          "seed": {
            "type": "integer",
            "minimum": 0,
            "maximum": 4294967295,
            "description": "The rule's own dice for `probability` and a `delayMs` range: the same seed gives the same hits and misses in the same order, so a run replays. Without one, the rule rolls the sandbox's dice."
          }
        }
      },
      "FaultDelay": {
        "description": "Wait this long (real time, milliseconds) before answering: a fixed delay, or a range each matching request draws from (`min` and `max` included).",
        "oneOf": [
          {
            "type": "integer",
            "minimum": 0
          },
          {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "min",
              "max"
            ],
            "properties": {
              "min": {
                "type": "integer",
                "minimum": 0
              },
              "max": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        ]
      },
      "StoredFaultRule": {
        "type": "object",
        "required": [
          "id",
          "hits"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "hits": {
            "type": "integer"
          },
          "service": {
            "type": "string"
          },
          "operationId": {
            "type": "string"
          },
          "method": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "body": {},
          "headers": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "networkError": {
            "type": "boolean"
          },
          "noAnswer": {
            "type": "boolean"
          },
          "delayMs": {
            "$ref": "#/components/schemas/FaultDelay"
          },
          "probability": {
            "type": "number"
          },
          "times": {
            "type": "number"
          },
          "seed": {
            "type": "integer"
          }
        }
      },
      "ProviderStateChange": {
        "type": "object",
        "description": "What the Pact Verifier sends. Checked by the provider-state handler itself (400 naming what is wrong), as the Verifier reads any answer but 200 as a failed state change.",
        "properties": {
          "state": {
            "description": "The state's name, as the pact writes it; `\"\"` is no state."
          },
          "params": {
            "description": "Values for the state's placeholders (Pact V3+)."
          },
          "action": {
            "description": "`setup` (the default) or `teardown`."
          }
        }
      },
      "OutboundDefinition": {
        "type": "object",
        "required": [
          "eventType"
        ],
        "additionalProperties": false,
        "properties": {
          "accountId": {
            "type": "string",
            "description": "The account that gets the event type; the default account when left out."
          },
          "integrationName": {
            "type": "string",
            "default": "Sandbox outbound events"
          },
          "eventType": {
            "type": "object",
            "description": "A Connectif `CustomEventTypeCreation` (openapi/connectif.yaml) of category `send`; the route checks it against that schema, naming each issue's path under `eventType`.",
            "required": [
              "category"
            ],
            "additionalProperties": true,
            "properties": {
              "category": {
                "const": "send"
              }
            }
          }
        }
      },
      "OutboundSend": {
        "type": "object",
        "required": [
          "contact"
        ],
        "additionalProperties": false,
        "properties": {
          "contact": {
            "type": "object",
            "additionalProperties": false,
            "minProperties": 1,
            "properties": {
              "email": {
                "type": "string"
              },
              "externalId": {
                "type": "string"
              }
            }
          },
          "values": {
            "type": "object",
            "additionalProperties": true,
            "description": "Field id → a literal value, or `{\"contactField\": \"<field id>\"}`."
          },
          "timeoutMs": {
            "type": "integer",
            "minimum": 1,
            "default": 10000
          }
        }
      },
      "OutboundDelivery": {
        "type": "object",
        "required": [
          "id",
          "accountId",
          "eventTypeId",
          "contactId",
          "status",
          "at",
          "durationMs",
          "request"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "accountId": {
            "type": "string"
          },
          "eventTypeId": {
            "type": "string"
          },
          "contactId": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "delivered",
              "failed"
            ]
          },
          "at": {
            "type": "string",
            "format": "date-time"
          },
          "durationMs": {
            "type": "number"
          },
          "request": {
            "type": "object",
            "required": [
              "method",
              "url",
              "headers"
            ],
            "properties": {
              "method": {
                "type": "string"
              },
              "url": {
                "type": "string"
              },
              "headers": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "body": {}
            }
          },
          "response": {
            "type": "object",
            "required": [
              "status",
              "body"
            ],
            "properties": {
              "status": {
                "type": "integer"
              },
              "body": {
                "type": "string"
              }
            }
          },
          "error": {
            "type": "string"
          }
        }
      },
      "TrackedEvent": {
        "type": "object",
        "required": [
          "id",
          "action",
          "via",
          "generation"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "action": {
            "type": "string"
          },
          "profile": {
            "type": [
              "string",
              "null"
            ]
          },
          "session": {
            "type": [
              "string",
              "null"
            ]
          },
          "object": {
            "type": [
              "string",
              "null"
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
            "type": [
              "string",
              "null"
            ]
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true
          },
          "tracked_at": {
            "type": "integer"
          },
          "created_at": {
            "type": "integer"
          },
          "url": {
            "type": "string"
          },
          "via": {
            "type": "string",
            "enum": [
              "api",
              "browser"
            ]
          },
          "generation": {
            "$ref": "#/components/schemas/HellotextGeneration"
          }
        }
      },
      "HellotextSession": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "const": "session"
          },
          "profile": {
            "description": "The profile's public id, or null (Hellotext's live API may answer a number).",
            "type": [
              "string",
              "integer",
              "null"
            ]
          },
          "created_at": {
            "type": "integer"
          }
        }
      },
      "NewWidget": {
        "type": "object",
        "description": "`id` (8 letters or digits; a new one when left out), `accountId`, and the widget's own members.",
        "additionalProperties": true,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/HellotextId"
          },
          "accountId": {
            "type": "string"
          }
        }
      },
      "OutboxEntry": {
        "type": "object",
        "required": [
          "id",
          "accountId",
          "source",
          "token",
          "knownToken",
          "title",
          "acceptedAt",
          "deliveryState"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "accountId": {
            "type": "string"
          },
          "source": {
            "type": "string",
            "enum": [
              "json",
              "legacy"
            ]
          },
          "token": {
            "type": "string"
          },
          "knownToken": {
            "type": "boolean"
          },
          "title": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "pictureUrl": {
            "type": "string"
          },
          "utmCampaign": {
            "type": "string"
          },
          "dateEnd": {
            "type": "number",
            "description": "Epoch seconds after which the push is no longer delivered."
          },
          "acceptedAt": {
            "type": "string",
            "format": "date-time"
          },
          "deliveryState": {
            "type": "string",
            "enum": [
              "queued",
              "delivered",
              "expired",
              "unknown-token"
            ]
          }
        }
      },
      "Device": {
        "type": "object",
        "required": [
          "accountId",
          "token",
          "registeredAt"
        ],
        "properties": {
          "accountId": {
            "type": "string"
          },
          "token": {
            "type": "string"
          },
          "platform": {
            "type": "string",
            "enum": [
              "android",
              "ios"
            ]
          },
          "registeredAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "JivoEventName": {
        "type": "string",
        "enum": [
          "chat_accepted",
          "chat_updated",
          "client_updated",
          "client_attribute_updated",
          "chat_finished",
          "offline_message",
          "call_event",
          "chat_assigned"
        ]
      },
      "JivoSend": {
        "type": "object",
        "required": [
          "event",
          "to"
        ],
        "additionalProperties": false,
        "properties": {
          "event": {
            "$ref": "#/components/schemas/JivoEventName"
          },
          "to": {
            "type": "string",
            "description": "The CRM endpoint URL."
          },
          "seed": {
            "type": "number",
            "description": "One seed gives one conversation (the same ids and visitor); 1 by default."
          },
          "timeoutMs": {
            "type": "number",
            "description": "Milliseconds the whole reply may take; 3000 by default."
          },
          "overrides": {
            "type": "object",
            "additionalProperties": true,
            "description": "`path` → value to set in the payload (`visitor.email`, `chat.messages[0].message`)."
          },
          "unset": {
            "type": "array",
            "description": "Payload paths to remove.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "JivoConversationRequest": {
        "type": "object",
        "required": [
          "to"
        ],
        "additionalProperties": false,
        "properties": {
          "to": {
            "type": "string",
            "description": "The CRM endpoint URL."
          },
          "seed": {
            "type": "number",
            "description": "One seed gives one conversation (the same ids and visitor); 1 by default."
          },
          "timeoutMs": {
            "type": "number",
            "description": "Milliseconds the whole reply may take; 3000 by default."
          },
          "overrides": {
            "type": "object",
            "additionalProperties": true,
            "description": "`path` → value to set in the payload (`visitor.email`, `chat.messages[0].message`)."
          },
          "unset": {
            "type": "array",
            "description": "Payload paths to remove.",
            "items": {
              "type": "string"
            }
          },
          "offline": {
            "type": "boolean",
            "description": "Send one `offline_message` instead of a chat."
          }
        }
      },
      "JivoOutcome": {
        "type": "string",
        "enum": [
          "ok",
          "violations",
          "unreachable"
        ]
      },
      "JivoReport": {
        "type": "object",
        "required": [
          "ok",
          "outcome",
          "event",
          "operationId",
          "url",
          "seed",
          "timeoutMs",
          "status",
          "durationMs",
          "violations"
        ],
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "outcome": {
            "$ref": "#/components/schemas/JivoOutcome"
          },
          "event": {
            "type": "string"
          },
          "operationId": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "seed": {
            "type": "number"
          },
          "timeoutMs": {
            "type": "number"
          },
          "status": {
            "type": [
              "integer",
              "null"
            ]
          },
          "durationMs": {
            "type": "number"
          },
          "violations": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "code",
                "path",
                "message"
              ],
              "properties": {
                "code": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "message": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "JivoDelivery": {
        "allOf": [
          {
            "$ref": "#/components/schemas/JivoReport"
          },
          {
            "type": "object",
            "required": [
              "id",
              "at"
            ],
            "properties": {
              "id": {
                "type": "integer"
              },
              "at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        ]
      },
      "NewCrmContact": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "emails": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "phone": {
            "type": "string"
          },
          "phones": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "description": {
            "type": "string"
          },
          "managerLogin": {
            "type": "string"
          },
          "lifetimeValue": {
            "type": "number"
          },
          "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "lastPurchase": {
            "type": "object",
            "required": [
              "reference",
              "date",
              "total"
            ],
            "properties": {
              "reference": {
                "type": "string"
              },
              "date": {
                "type": "string"
              },
              "total": {
                "type": "number"
              }
            }
          },
          "userToken": {
            "type": "string"
          },
          "jivoClientId": {
            "type": "string"
          }
        }
      },
      "CrmRecord": {
        "type": "object",
        "description": "A user, contact, lead, task, transcript or call of the reference CRM.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string",
            "description": "A user's or contact's name."
          },
          "login": {
            "type": "string",
            "description": "A user's login, the e-mail Jivo agents are matched by."
          }
        }
      }
    }
  }
}

export default document
