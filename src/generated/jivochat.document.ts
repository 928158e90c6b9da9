/**
 * Generated from openapi/jivochat.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
import type { OpenApiDocument } from '../openapi/openapi-document.ts'

/** openapi/jivochat.yaml, parsed, for runtime validation. */
const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "JivoChat Webhooks API for CRM integration",
    "x-inferred": true,
    "version": "1.0.0",
    "summary": "The events JivoChat POSTs to an integrator's CRM, and the replies the CRM sends back.",
    "description": "JivoChat (also Jivo, JivoSite) sends the integrator's CRM an HTTP request whenever\nsomething happens in a chat, a call or a client card. The CRM answers each one. For\n`chat_accepted` and `chat_updated` it can also send data back to the agent's panel.\n\nEvery entry under `webhooks` is keyed by the `event_name` value that Jivo sends. Facts that\nJivo does not document are marked `x-inferred: true` with a sentence starting \"Inferred:\";\nthe mark on `info` covers the inferred transport items below.\n\n## Transport\n\n- **Endpoint.** One URL per channel (widget). It is set in the agent app under\n  *Manage → Channels → Settings → Integration settings for developers → Enable webhooks /\n  \"Webhooks endpoint URL\"*, and may be an HTTP or HTTPS URL. `servers` below is a placeholder\n  for that URL. It is not a Jivo host.\n- **Method and body.** `POST` with a single JSON object. The string field `event_name` is\n  always present and names the event. The other fields depend on the event.\n- **No event filter.** Every event of the channel goes to the same URL. The receiver\n  dispatches on `event_name`; the `WebhookEvent` schema is the union to parse the body with.\n- **Content-Type.** Inferred: Jivo says only that the body is JSON, so `application/json` is\n  assumed for the request header (known receivers read the raw body and do not check it).\n- **Character set.** Inferred: UTF-8. Cyrillic content is common.\n- **Authentication.** None. Jivo does not sign webhooks (no HMAC, no token header, no\n  published IP list), so every webhook declares `security: []`. Integrators who want a\n  shared secret put one in the URL they configure themselves (a third-party receiver uses\n  a `?secret=...` query parameter); Jivo adds nothing. `user_token` is whatever the site set with\n  `jivo_api.setUserToken`; Jivo passes it through without processing it and advises making\n  it hard to guess so that visitors cannot pass themselves off as someone else.\n- **Timeout.** Not documented for this API. Jivo's Bot API allows 3 s per request with\n  2 retries, and 3 s is a reasonable default for a simulator.\n- **Retries.** Not documented. A third-party receiver deduplicates on `event_name` plus\n  `chat_id` (or `offline_message_id`) on the assumption that Jivo retries, without citing a\n  source. Receivers should be idempotent.\n- **Ordering.** Inferred: not documented. The natural order for one chat is `chat_accepted`,\n  then any number of `chat_updated`, then `chat_assigned` (legacy), then `chat_finished`.\n\n## Reply\n\nThe reply body is a JSON object with a string `result`. Jivo treats only `\"ok\"` as success;\nany other string is read as an error message. For `chat_accepted` and `chat_updated` the\nreply may also carry data for the agent (`CrmReply`), which is shown only when `result` is\n`\"ok\"`. For every other event only `{\"result\":\"ok\"}` or the error text is expected\n(`AckReply`). Jivo documents no HTTP status codes and no agent-visible error for a bad\nreply: a bad or non-`ok` reply simply means nothing is shown to the agent.\n\nA chat can be opened in the agent app at\n`https://app.jivosite.com/chat/archive/{chat_id}_chat-{site_id}-{chat_id}`.\n"
  },
  "servers": [
    {
      "url": "https://crm.example/jivo/webhooks",
      "description": "Placeholder for the integrator's CRM endpoint (the channel's \"Webhooks endpoint URL\"). Jivo POSTs every event of the channel to this one URL."
    }
  ],
  "x-cors": {
    "allowOrigin": "*",
    "description": "CORS of the sandbox's reference CRM: preflights are answered and every answer carries Access-Control-Allow-Origin. Inferred: the CRM is the integrator's own endpoint, which Jivo calls from its servers; any origin is allowed so that browser tools can reach it too.",
    "x-inferred": true
  },
  "tags": [
    {
      "name": "Chats",
      "description": "Events about a chat that an agent handles (accepted, updated, linked to the CRM, finished)."
    },
    {
      "name": "Clients",
      "description": "Events about a client card that change outside a chat (contacts, responsible agent, attributes)."
    },
    {
      "name": "Offline messages",
      "description": "Messages left through the offline form while no agent was online."
    },
    {
      "name": "Calls",
      "description": "Call events (callback, incoming and outgoing calls) handled by an agent."
    }
  ],
  "webhooks": {
    "chat_accepted": {
      "post": {
        "operationId": "chatAccepted",
        "summary": "An agent accepted a chat",
        "description": "Sent when an agent accepts the chat (presses \"Reply\") in the agent app.\n\nThe reply may enrich the chat (`CrmReply`). `contact_info` is shown to the agent as if\nthe visitor had typed it and is saved in the chat log and in the e-mail transcript.\nWith `enable_assign: true` the agent gets a \"link to CRM\" button in the chat header\n(between \"Spam\" and \"Leave chat\"), and `crm_link` becomes an \"Open in CRM\" button under\n\"More about the visit\" in the info panel. Nothing is shown unless `result` is `\"ok\"`.\n",
        "tags": [
          "Chats"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The accepted chat with its visitor, session and agent.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/ChatAcceptedEvent"
                  }
                ]
              },
              "examples": {
                "acceptedChat": {
                  "summary": "Chat accepted, with organization, status, tags, topic and department",
                  "value": {
                    "event_name": "chat_accepted",
                    "widget_id": "3948",
                    "user_token": "u_5f2c9a71e0",
                    "chat_id": 7636,
                    "visitor": {
                      "name": "Anna Petrova",
                      "email": "anna@example.org",
                      "phone": "+79500123567",
                      "description": "Asked about delivery",
                      "number": "2198",
                      "social": {},
                      "chats_count": 1
                    },
                    "organization": {
                      "id": "1",
                      "name": "Petrova LLC"
                    },
                    "status": {
                      "id": "4",
                      "title": "contact_later"
                    },
                    "assigned_agent": {
                      "id": 1,
                      "email": "lead@shop.example",
                      "name": "Lead Agent"
                    },
                    "tags": [
                      {
                        "id": "17",
                        "title": "VIP"
                      }
                    ],
                    "topic": {
                      "topic_id": 3,
                      "title": "Delivery",
                      "parent_id": 1
                    },
                    "department": {
                      "id": 281,
                      "name": "Sales"
                    },
                    "session": {
                      "geoip": {
                        "region_code": "MOW",
                        "country": "Russia",
                        "country_code": "RU",
                        "region": "Moscow",
                        "city": "Moscow",
                        "latitude": "55.7522",
                        "longitude": "37.6156",
                        "organization": "Example ISP"
                      },
                      "utm": "source=google|medium=cpc|content=banner|campaign=spring",
                      "utm_json": {
                        "source": "google",
                        "medium": "cpc",
                        "content": "banner",
                        "campaign": "spring"
                      },
                      "ip_addr": "203.0.113.10",
                      "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"
                    },
                    "page": {
                      "url": "https://shop.example/cart",
                      "title": "Cart"
                    },
                    "analytics": {},
                    "agent": {
                      "id": "2016",
                      "name": "Ivan Sidorov",
                      "email": "ivan@shop.example",
                      "phone": "+79001112233"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CrmReplyResponse"
          }
        }
      }
    },
    "chat_updated": {
      "post": {
        "operationId": "chatUpdated",
        "summary": "Visitor data changed during an active chat",
        "description": "Sent when the visitor's data changes during an active chat, for example when the\nvisitor fills in the contact form.\n\nThe reply has the same fields as the `chat_accepted` reply (`CrmReply`); a bare\n`{\"result\":\"ok\"}` is also valid. With `enable_assign: true` the \"link to CRM\" button is\nplaced before all `custom_data` fields, and `crm_link` is a separate button below them.\nNothing is shown unless `result` is `\"ok\"`.\n",
        "tags": [
          "Chats"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The chat with the visitor's updated data. Same envelope as `chat_accepted`.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/ChatUpdatedEvent"
                  }
                ]
              },
              "examples": {
                "contactsLeftInChat": {
                  "summary": "The visitor left a phone number in the chat form",
                  "value": {
                    "event_name": "chat_updated",
                    "widget_id": "3948",
                    "user_token": null,
                    "chat_id": 7507,
                    "visitor": {
                      "name": "Anna Petrova",
                      "email": "anna@example.org",
                      "phone": "+79500123567",
                      "description": "Left phone in chat form",
                      "number": "2198",
                      "chats_count": 1
                    },
                    "organization": {
                      "id": "2",
                      "name": "Petrova LLC"
                    },
                    "status": {
                      "id": "4",
                      "title": "contact_later"
                    },
                    "assigned_agent": null,
                    "tags": [
                      {
                        "id": "7",
                        "title": "Discount"
                      }
                    ],
                    "topic": {
                      "topic_id": 3,
                      "title": "Delivery",
                      "parent_id": 1
                    },
                    "department": {
                      "id": 281,
                      "name": "Sales"
                    },
                    "session": {
                      "geoip": {
                        "region_code": "MOW",
                        "country": "Russia",
                        "country_code": "RU",
                        "region": "Moscow",
                        "city": "Moscow",
                        "latitude": "55.7522",
                        "longitude": "37.6156",
                        "organization": "Example ISP"
                      },
                      "utm": "source=google|medium=cpc|campaign=spring",
                      "utm_json": {
                        "source": "google",
                        "medium": "cpc",
                        "campaign": "spring"
                      },
                      "ip_addr": "203.0.113.10",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/checkout",
                      "title": "Checkout"
                    },
                    "analytics": {},
                    "agent": {
                      "id": "2016",
                      "name": "Ivan Sidorov",
                      "email": "ivan@shop.example",
                      "phone": "+79001112233"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CrmReplyResponse"
          }
        }
      }
    },
    "client_updated": {
      "post": {
        "operationId": "clientUpdated",
        "summary": "Client data changed outside a chat",
        "description": "Sent when the client's data changes outside a chat: the responsible agent or the\norganization changed, contacts were edited in CRM → Clients, or the visitor left contacts\nin a pop-up form. The body has no `chat_id`, `session`, `page` or `agent`; it carries a\ntop-level `client_id` instead. Only `{\"result\":\"ok\"}` or an error text is expected back.\n",
        "tags": [
          "Clients"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The client card after the change.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/ClientUpdatedEvent"
                  }
                ]
              },
              "examples": {
                "clientCardEdited": {
                  "summary": "An agent edited the client card in CRM → Clients",
                  "value": {
                    "event_name": "client_updated",
                    "widget_id": "12345678",
                    "user_token": null,
                    "visitor": {
                      "name": "Thomas",
                      "email": "thomas@example.com",
                      "phone": "+447700900123",
                      "description": "Wholesale buyer",
                      "number": 1217,
                      "chats_count": 1
                    },
                    "organization": {
                      "id": "1",
                      "name": "Company name"
                    },
                    "status": {
                      "id": "4",
                      "title": "contact_later"
                    },
                    "assigned_agent": {
                      "id": 3,
                      "email": "agent3@shop.example",
                      "name": "Agent Three"
                    },
                    "tags": [
                      {
                        "id": "17",
                        "title": "Sales"
                      }
                    ],
                    "client_id": "1217"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/AckReplyResponse"
          }
        }
      }
    },
    "client_attribute_updated": {
      "post": {
        "operationId": "clientAttributeUpdated",
        "summary": "Client attributes changed",
        "description": "Sent when the client's attributes change, either edited by an agent or filled in\nthrough the contact form. Attributes are the custom fields set up under\n*Manage → Attribute settings* (the site can also set them with\n`jivo_api.setClientAttributes`).\n",
        "tags": [
          "Clients"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The client id and its changed attributes.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/ClientAttributeUpdatedEvent"
                  }
                ]
              },
              "examples": {
                "attributesEdited": {
                  "summary": "An agent filled in two client attributes",
                  "value": {
                    "event_name": "client_attribute_updated",
                    "widget_id": "12345678",
                    "user_token": null,
                    "client_id": 1217,
                    "attributes": {
                      "Company_name": "Petrova LLC",
                      "Age": 42
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/UndocumentedAckReplyResponse"
          }
        }
      }
    },
    "chat_finished": {
      "post": {
        "operationId": "chatFinished",
        "summary": "A chat was closed",
        "description": "Sent when the chat is closed in the agent app, either by the agent (\"Leave chat\") or by\ntimeout after the visitor left the site. Carries the whole transcript (`chat.messages`,\nplus `plain_messages` and `html_messages`) and every agent who took part (`agents`).\nOnly `{\"result\":\"ok\"}` or an error text is expected back.\n",
        "tags": [
          "Chats"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The finished chat with its transcript.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/ChatFinishedEvent"
                  }
                ]
              },
              "examples": {
                "transferredChat": {
                  "summary": "A rated chat that was transferred between two agents",
                  "value": {
                    "event_name": "chat_finished",
                    "widget_id": "3948",
                    "user_token": "u_5f2c9a71e0",
                    "chat_id": 7607,
                    "visitor": {
                      "name": "Anna Petrova",
                      "email": "anna@example.org",
                      "phone": "+79500123567",
                      "description": "",
                      "number": "2198",
                      "chats_count": 2
                    },
                    "organization": null,
                    "status": null,
                    "assigned_agent": null,
                    "tags": [],
                    "topic": {
                      "topic_id": 3,
                      "title": "Delivery",
                      "parent_id": 1
                    },
                    "session": {
                      "geoip": {
                        "region_code": "MOW",
                        "country": "Russia",
                        "country_code": "RU",
                        "region": "Moscow",
                        "city": "Moscow",
                        "latitude": "55.7522",
                        "longitude": "37.6156",
                        "organization": "Example ISP"
                      },
                      "utm": "source=google|medium=cpc|campaign=spring",
                      "utm_json": {
                        "source": "google",
                        "medium": "cpc",
                        "campaign": "spring"
                      },
                      "ip_addr": "203.0.113.10",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/cart",
                      "title": "Cart"
                    },
                    "analytics": null,
                    "agents": [
                      {
                        "id": "2016",
                        "name": "Ivan Sidorov",
                        "email": "ivan@shop.example",
                        "phone": "+79001112233"
                      },
                      {
                        "id": "2020",
                        "name": "Olga Smirnova",
                        "email": "olga@shop.example"
                      }
                    ],
                    "chat": {
                      "messages": [
                        {
                          "message": "Hello, where is my order?",
                          "timestamp": 1665396476,
                          "type": "visitor"
                        },
                        {
                          "message": "Let me check, one moment.",
                          "timestamp": 1665396483,
                          "type": "agent",
                          "agent_id": 2016
                        },
                        {
                          "message": "Transferring you to logistics.",
                          "timestamp": 1665396540,
                          "type": "agent",
                          "agent_id": 2016
                        },
                        {
                          "message": "It ships today.",
                          "timestamp": 1665396601,
                          "type": "agent",
                          "agent_id": 2020
                        }
                      ],
                      "blacklisted": false,
                      "rate": "positive",
                      "invitation": "Can I help you?"
                    },
                    "plain_messages": "",
                    "html_messages": ""
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/AckReplyResponse"
          }
        }
      }
    },
    "offline_message": {
      "post": {
        "operationId": "offlineMessage",
        "summary": "A visitor sent the offline form",
        "description": "Sent when a visitor sends the offline form while no agent is online. The CRM would\ntypically create a task or an e-mail for a responsible manager. Only `{\"result\":\"ok\"}`\nor an error text is expected back.\n",
        "tags": [
          "Offline messages"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The offline message with the visitor's contacts and session.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/OfflineMessageEvent"
                  }
                ]
              },
              "examples": {
                "offlineForm": {
                  "summary": "Offline form with a callback request (current numeric message id)",
                  "value": {
                    "event_name": "offline_message",
                    "widget_id": "3948",
                    "user_token": null,
                    "visitor": {
                      "name": "Boris K.",
                      "email": "boris@example.net",
                      "phone": "+79507654321",
                      "description": "",
                      "number": "2201",
                      "chats_count": 1
                    },
                    "organization": null,
                    "status": null,
                    "assigned_agent": null,
                    "tags": [],
                    "chat_id": 2026,
                    "topic": {
                      "topic_id": 3,
                      "title": "Delivery",
                      "parent_id": 1
                    },
                    "session": {
                      "geoip": {
                        "region_code": "SPE",
                        "country": "Russia",
                        "country_code": "RU",
                        "region": "St.-Petersburg",
                        "city": "Saint Petersburg",
                        "latitude": "59.9386",
                        "longitude": "30.3141",
                        "organization": "Example ISP"
                      },
                      "utm": "source=yandex|medium=organic",
                      "utm_json": {
                        "source": "yandex",
                        "medium": "organic"
                      },
                      "ip_addr": "198.51.100.7",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/contacts",
                      "title": "Contacts"
                    },
                    "analytics": {},
                    "message": "Please call me back after 18:00.",
                    "offline_message_id": 1665399500726
                  }
                },
                "legacyStringId": {
                  "summary": "Older shape, with a short string offline_message_id",
                  "value": {
                    "event_name": "offline_message",
                    "widget_id": "3948",
                    "user_token": null,
                    "chat_id": 2031,
                    "visitor": {
                      "name": "Boris K.",
                      "email": "boris@example.net",
                      "phone": "+79507654321",
                      "description": "",
                      "number": "2201",
                      "chats_count": 1
                    },
                    "session": {
                      "geoip": {
                        "country": "Russia",
                        "country_code": "RU",
                        "city": "Saint Petersburg"
                      },
                      "utm": null,
                      "ip_addr": "198.51.100.7",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/contacts"
                    },
                    "message": "Do you deliver on Sundays?",
                    "offline_message_id": "2614"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/AckReplyResponse"
          }
        }
      }
    },
    "call_event": {
      "post": {
        "operationId": "callEvent",
        "summary": "A call was received or changed status",
        "description": "Sent when an agent receives a new call, or an existing call changes status. Calls are\ncallbacks, incoming or outgoing calls. `call.reason` is present when `call.status` is\n`error`; `call.record_url` becomes available after the call ends.\n",
        "tags": [
          "Calls"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The call with the chat context it belongs to.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/CallEvent"
                  }
                ]
              },
              "examples": {
                "callbackEnded": {
                  "summary": "A callback ended and its recording is available",
                  "value": {
                    "event_name": "call_event",
                    "chat_id": 4398,
                    "topic": {
                      "topic_id": 3,
                      "title": "Delivery",
                      "parent_id": 1
                    },
                    "widget_id": "2853",
                    "visitor": {
                      "name": "John Smith",
                      "email": "john@example.com",
                      "phone": "+14085550123",
                      "number": "2746",
                      "description": "",
                      "social": {},
                      "chats_count": 8
                    },
                    "agent": {
                      "id": "3599",
                      "name": "Thomas Anderson",
                      "email": "agent@shop.example",
                      "phone": "+14085550199"
                    },
                    "department": {
                      "id": 181,
                      "name": "Sales"
                    },
                    "session": {
                      "geoip": {
                        "region_code": "CA",
                        "country": "United States",
                        "country_code": "US",
                        "region": "California",
                        "city": "San Francisco",
                        "latitude": "37.7898",
                        "longitude": "-122.3942",
                        "organization": "Example ISP"
                      },
                      "utm": "source=google|medium=cpc",
                      "utm_json": {
                        "source": "google",
                        "medium": "cpc"
                      },
                      "ip_addr": "192.0.2.44",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/",
                      "title": "Home"
                    },
                    "call": {
                      "type": "callback",
                      "phone": "+14085550123",
                      "status": "end",
                      "record_url": "https://media.example/rec/4398.mp3"
                    },
                    "analytics": {}
                  }
                },
                "outgoingCallFailed": {
                  "summary": "An outgoing call failed (the reason text is illustrative)",
                  "value": {
                    "event_name": "call_event",
                    "chat_id": 4399,
                    "widget_id": "2853",
                    "visitor": {
                      "name": "John Smith",
                      "email": "john@example.com",
                      "phone": "+14085550123",
                      "number": "2746",
                      "description": "",
                      "chats_count": 8
                    },
                    "agent": {
                      "id": "3599",
                      "name": "Thomas Anderson",
                      "email": "agent@shop.example"
                    },
                    "session": {
                      "geoip": {
                        "country": "United States",
                        "country_code": "US"
                      },
                      "utm": null,
                      "ip_addr": "192.0.2.44",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/",
                      "title": "Home"
                    },
                    "call": {
                      "type": "outgoing",
                      "phone": "+14085550123",
                      "status": "error",
                      "reason": "no answer"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/UndocumentedAckReplyResponse"
          }
        }
      }
    },
    "chat_assigned": {
      "post": {
        "operationId": "chatAssigned",
        "summary": "A chat was linked to a CRM card (legacy)",
        "deprecated": true,
        "x-inferred": true,
        "description": "Sent when the agent links the chat to a CRM card: the agent presses the \"link to CRM\"\nbutton (shown when the `chat_accepted` reply had `enable_assign: true`) and pastes a\nlink, which arrives in `assign_to`. Only `{\"result\":\"ok\"}` or an error text is expected\nback.\n\nInferred: this event is listed in Jivo's older help pages and handled by third-party\nlibraries, but it is missing from the current Webhooks API page, so it is marked\ndeprecated and may no longer be sent.\n",
        "tags": [
          "Chats"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "description": "The chat and the CRM link the agent attached.",
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WebhookEvent"
                  },
                  {
                    "$ref": "#/components/schemas/ChatAssignedEvent"
                  }
                ]
              },
              "examples": {
                "linkedByAgent": {
                  "summary": "Older shape, with the handling agent in agent (2017 library)",
                  "value": {
                    "event_name": "chat_assigned",
                    "widget_id": "3948",
                    "user_token": "u_5f2c9a71e0",
                    "chat_id": 7636,
                    "visitor": {
                      "name": "Anna Petrova",
                      "email": "anna@example.org",
                      "phone": "+79500123567",
                      "description": "",
                      "number": "2198",
                      "chats_count": 1
                    },
                    "agent": {
                      "id": "2016",
                      "name": "Ivan Sidorov",
                      "email": "ivan@shop.example"
                    },
                    "session": {
                      "geoip": {},
                      "utm": null,
                      "ip_addr": "203.0.113.10",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/cart",
                      "title": "Cart"
                    },
                    "assign_to": "https://crm.example/clients/1042"
                  }
                },
                "linkedWithAssignedAgent": {
                  "summary": "Newer shape, with assigned_agent instead of agent (2023 library)",
                  "value": {
                    "event_name": "chat_assigned",
                    "widget_id": "3948",
                    "user_token": null,
                    "chat_id": 7636,
                    "visitor": {
                      "name": "Anna Petrova",
                      "email": "anna@example.org",
                      "phone": "+79500123567",
                      "description": "",
                      "number": "2198",
                      "chats_count": 1
                    },
                    "assigned_agent": {
                      "id": 2016,
                      "email": "ivan@shop.example",
                      "name": "Ivan Sidorov"
                    },
                    "session": {
                      "geoip": {},
                      "utm": null,
                      "ip_addr": "203.0.113.10",
                      "user_agent": "Mozilla/5.0"
                    },
                    "page": {
                      "url": "https://shop.example/cart",
                      "title": "Cart"
                    },
                    "assign_to": "https://crm.example/clients/1042"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/AckReplyResponse"
          }
        }
      }
    }
  },
  "components": {
    "responses": {
      "CrmReplyResponse": {
        "x-inferred": true,
        "description": "The CRM's reply to `chat_accepted` or `chat_updated`. Jivo shows the extra data to the\nagent only when `result` is `\"ok\"`.\n\nInferred: Jivo documents the reply body but no HTTP status code; every known receiver\nanswers 200 with a JSON body. Jivo's help page says the reply can be echoed without any\nextra HTTP header, so the reply's Content-Type is probably not checked.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CrmReply"
            },
            "examples": {
              "knownClient": {
                "summary": "Known client, with CRM fields, contacts, a CRM link and the assign button",
                "value": {
                  "result": "ok",
                  "custom_data": [
                    {
                      "title": "Balance",
                      "content": "1 250 RUB"
                    },
                    {
                      "title": "Last order",
                      "key": "Order",
                      "content": "#10452 (shipped)",
                      "link": "https://crm.example/orders/10452"
                    }
                  ],
                  "contact_info": {
                    "name": "Anna Petrova",
                    "phone": "+79500123567",
                    "email": "anna@example.org",
                    "description": "Known customer"
                  },
                  "enable_assign": true,
                  "crm_link": "https://crm.example/clients/1042",
                  "page": {
                    "url": "https://shop.example/cart",
                    "title": "Cart"
                  }
                }
              },
              "helpCentreSample": {
                "summary": "The reply shown on Jivo's help page for CRM integrations",
                "value": {
                  "result": "ok",
                  "custom_data": [
                    {
                      "title": "Answer",
                      "content": "42"
                    },
                    {
                      "title": "Last chat",
                      "content": "27 Sep 2016 19:37:12"
                    }
                  ],
                  "contact_info": {
                    "name": "John Doe",
                    "phone": "+79500123567",
                    "email": "johny1337@jivoteam.com",
                    "description": "Visitor comment"
                  },
                  "enable_assign": true,
                  "crm_link": "http://mycrm.ru/user/1"
                }
              },
              "acknowledgeOnly": {
                "summary": "Nothing to add for the agent",
                "value": {
                  "result": "ok"
                }
              },
              "errorText": {
                "summary": "An error; Jivo shows nothing to the agent",
                "value": {
                  "result": "Client lookup failed"
                }
              }
            }
          }
        }
      },
      "AckReplyResponse": {
        "x-inferred": true,
        "description": "The CRM's reply. Only `{\"result\":\"ok\"}` or an error text is expected.\n\nInferred: Jivo documents the reply body but no HTTP status code; every known receiver\nanswers 200 with a JSON body.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AckReply"
            },
            "examples": {
              "ok": {
                "summary": "Event processed",
                "value": {
                  "result": "ok"
                }
              },
              "errorText": {
                "summary": "Event rejected with an error text",
                "value": {
                  "result": "Unknown channel 3948"
                }
              }
            }
          }
        }
      },
      "UndocumentedAckReplyResponse": {
        "x-inferred": true,
        "description": "The CRM's reply.\n\nInferred: Jivo documents no reply and no HTTP status code for this event. The generic\nrule of the other non-chat events is assumed: 200 with `{\"result\":\"ok\"}`, any other\n`result` being an error text.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AckReply"
            },
            "examples": {
              "ok": {
                "summary": "Event processed",
                "value": {
                  "result": "ok"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Id": {
        "type": [
          "string",
          "integer"
        ],
        "description": "An identifier or number. Jivo's parameter tables type ids as numbers, but its examples send many of them as strings (`\"3948\"`, `\"2016\"`), so both forms are accepted."
      },
      "WebhookEvent": {
        "title": "WebhookEvent",
        "description": "Any event that Jivo POSTs to the CRM endpoint. Every event of a channel arrives at the\nsame URL, so a receiver parses the body with this union and narrows it by `event_name`.\nEach webhook's request body is this union narrowed to one event (`allOf` of\n`WebhookEvent` and that event's schema).\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ChatAcceptedEvent"
          },
          {
            "$ref": "#/components/schemas/ChatUpdatedEvent"
          },
          {
            "$ref": "#/components/schemas/ClientUpdatedEvent"
          },
          {
            "$ref": "#/components/schemas/ClientAttributeUpdatedEvent"
          },
          {
            "$ref": "#/components/schemas/ChatFinishedEvent"
          },
          {
            "$ref": "#/components/schemas/OfflineMessageEvent"
          },
          {
            "$ref": "#/components/schemas/CallEvent"
          },
          {
            "$ref": "#/components/schemas/ChatAssignedEvent"
          }
        ],
        "discriminator": {
          "propertyName": "event_name",
          "mapping": {
            "chat_accepted": "#/components/schemas/ChatAcceptedEvent",
            "chat_updated": "#/components/schemas/ChatUpdatedEvent",
            "client_updated": "#/components/schemas/ClientUpdatedEvent",
            "client_attribute_updated": "#/components/schemas/ClientAttributeUpdatedEvent",
            "chat_finished": "#/components/schemas/ChatFinishedEvent",
            "offline_message": "#/components/schemas/OfflineMessageEvent",
            "call_event": "#/components/schemas/CallEvent",
            "chat_assigned": "#/components/schemas/ChatAssignedEvent"
          }
        }
      },
      "ChatAcceptedEvent": {
        "type": "object",
        "description": "`chat_accepted`: an agent accepted the chat. Jivo adds fields over time, so unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id",
          "chat_id",
          "visitor"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "chat_accepted"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken"
          },
          "chat_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The chat id."
          },
          "visitor": {
            "$ref": "#/components/schemas/Visitor"
          },
          "organization": {
            "$ref": "#/components/schemas/NullableOrganization"
          },
          "status": {
            "$ref": "#/components/schemas/NullableClientStatus"
          },
          "assigned_agent": {
            "$ref": "#/components/schemas/NullableAssignedAgent"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "topic": {
            "$ref": "#/components/schemas/Topic"
          },
          "department": {
            "$ref": "#/components/schemas/Department"
          },
          "session": {
            "$ref": "#/components/schemas/Session"
          },
          "page": {
            "$ref": "#/components/schemas/Page"
          },
          "analytics": {
            "$ref": "#/components/schemas/NullableAnalytics"
          },
          "agent": {
            "$ref": "#/components/schemas/Agent",
            "description": "The agent who accepted the chat."
          }
        }
      },
      "ChatUpdatedEvent": {
        "type": "object",
        "description": "`chat_updated`: the visitor's data changed during an active chat. Same envelope as `chat_accepted`. Unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id",
          "chat_id",
          "visitor"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "chat_updated"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken"
          },
          "chat_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The chat id."
          },
          "visitor": {
            "$ref": "#/components/schemas/Visitor"
          },
          "organization": {
            "$ref": "#/components/schemas/NullableOrganization"
          },
          "status": {
            "$ref": "#/components/schemas/NullableClientStatus"
          },
          "assigned_agent": {
            "$ref": "#/components/schemas/NullableAssignedAgent"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "topic": {
            "$ref": "#/components/schemas/Topic"
          },
          "department": {
            "$ref": "#/components/schemas/Department"
          },
          "session": {
            "$ref": "#/components/schemas/Session"
          },
          "page": {
            "$ref": "#/components/schemas/Page"
          },
          "analytics": {
            "$ref": "#/components/schemas/NullableAnalytics"
          },
          "agent": {
            "$ref": "#/components/schemas/Agent",
            "description": "The agent who handles the chat."
          }
        }
      },
      "ClientUpdatedEvent": {
        "type": "object",
        "description": "`client_updated`: client data changed outside a chat. No `chat_id`, `session`, `page` or `agent`. Unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id",
          "client_id"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "client_updated"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken"
          },
          "visitor": {
            "$ref": "#/components/schemas/Visitor"
          },
          "organization": {
            "$ref": "#/components/schemas/NullableOrganization"
          },
          "status": {
            "$ref": "#/components/schemas/NullableClientStatus"
          },
          "assigned_agent": {
            "$ref": "#/components/schemas/NullableAssignedAgent"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "client_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The client id (a string in Jivo's example)."
          }
        }
      },
      "ClientAttributeUpdatedEvent": {
        "type": "object",
        "description": "`client_attribute_updated`: the client's attributes changed. No `visitor`. Unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "client_attribute_updated"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken"
          },
          "client_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The client id (a number in Jivo's example)."
          },
          "attributes": {
            "$ref": "#/components/schemas/ClientAttributes"
          }
        }
      },
      "ChatFinishedEvent": {
        "type": "object",
        "description": "`chat_finished`: the chat was closed, by the agent or by timeout. Carries the transcript. Unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id",
          "chat_id",
          "visitor",
          "chat"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "chat_finished"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken",
            "description": "Jivo's prose says the token is sent with every event, but its `chat_finished` example omits it, so it may be missing."
          },
          "chat_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The chat id."
          },
          "visitor": {
            "$ref": "#/components/schemas/Visitor"
          },
          "organization": {
            "$ref": "#/components/schemas/NullableOrganization"
          },
          "status": {
            "$ref": "#/components/schemas/NullableClientStatus"
          },
          "assigned_agent": {
            "$ref": "#/components/schemas/NullableAssignedAgent"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "topic": {
            "$ref": "#/components/schemas/Topic"
          },
          "session": {
            "$ref": "#/components/schemas/Session"
          },
          "page": {
            "$ref": "#/components/schemas/Page"
          },
          "analytics": {
            "$ref": "#/components/schemas/NullableAnalytics"
          },
          "agents": {
            "type": "array",
            "description": "Every agent who took part in the chat; a transfer gives several. Jivo's help says they come in no particular order.",
            "items": {
              "$ref": "#/components/schemas/Agent"
            }
          },
          "chat": {
            "$ref": "#/components/schemas/Chat"
          },
          "plain_messages": {
            "type": "string",
            "description": "The transcript pre-rendered as plain text (empty in Jivo's example)."
          },
          "html_messages": {
            "type": "string",
            "description": "The transcript pre-rendered as HTML (empty in Jivo's example)."
          }
        }
      },
      "OfflineMessageEvent": {
        "type": "object",
        "description": "`offline_message`: a visitor sent the offline form while no agent was online. Unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id",
          "chat_id",
          "visitor",
          "message"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "offline_message"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken"
          },
          "chat_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The chat id."
          },
          "visitor": {
            "$ref": "#/components/schemas/Visitor"
          },
          "organization": {
            "$ref": "#/components/schemas/NullableOrganization"
          },
          "status": {
            "$ref": "#/components/schemas/NullableClientStatus"
          },
          "assigned_agent": {
            "$ref": "#/components/schemas/NullableAssignedAgent"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "topic": {
            "$ref": "#/components/schemas/Topic"
          },
          "session": {
            "$ref": "#/components/schemas/Session"
          },
          "page": {
            "$ref": "#/components/schemas/Page"
          },
          "analytics": {
            "$ref": "#/components/schemas/NullableAnalytics"
          },
          "message": {
            "type": "string",
            "description": "The text the visitor left."
          },
          "offline_message_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The offline message id. A 13-digit number in the current docs; older libraries typed it as a short string (`\"2614\"`)."
          }
        }
      },
      "CallEvent": {
        "type": "object",
        "description": "`call_event`: an agent received a call, or a call changed status. Unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id",
          "chat_id",
          "visitor",
          "call"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "call_event"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken",
            "description": "The widget docs say the token is sent with every webhook, but Jivo's `call_event` example omits it, so it may be missing."
          },
          "chat_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The chat id."
          },
          "visitor": {
            "$ref": "#/components/schemas/Visitor"
          },
          "topic": {
            "$ref": "#/components/schemas/Topic"
          },
          "department": {
            "$ref": "#/components/schemas/Department"
          },
          "session": {
            "$ref": "#/components/schemas/Session"
          },
          "page": {
            "$ref": "#/components/schemas/Page"
          },
          "analytics": {
            "$ref": "#/components/schemas/NullableAnalytics"
          },
          "agent": {
            "$ref": "#/components/schemas/Agent",
            "description": "The agent handling the call."
          },
          "call": {
            "$ref": "#/components/schemas/Call"
          }
        }
      },
      "ChatAssignedEvent": {
        "type": "object",
        "deprecated": true,
        "x-inferred": true,
        "description": "`chat_assigned` (legacy): the agent linked the chat to a CRM card. Inferred: the shape comes from third-party libraries, not from current Jivo docs; the 2017 library reads the handling agent from `agent` and the 2023 library from `assigned_agent`, and no source says which one Jivo sends today, so the simulator sends both (the same agent) and consumers must not require either. Unknown fields are allowed.",
        "additionalProperties": true,
        "required": [
          "event_name",
          "widget_id",
          "chat_id",
          "visitor"
        ],
        "properties": {
          "event_name": {
            "type": "string",
            "const": "chat_assigned"
          },
          "widget_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The channel (widget) id, that is the channel's public key."
          },
          "user_token": {
            "$ref": "#/components/schemas/UserToken"
          },
          "chat_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The chat id."
          },
          "visitor": {
            "$ref": "#/components/schemas/Visitor"
          },
          "agent": {
            "$ref": "#/components/schemas/Agent",
            "description": "The agent who linked the chat (2017 shape)."
          },
          "assigned_agent": {
            "$ref": "#/components/schemas/NullableAssignedAgent"
          },
          "session": {
            "$ref": "#/components/schemas/Session"
          },
          "page": {
            "$ref": "#/components/schemas/Page"
          },
          "assign_to": {
            "type": "string",
            "description": "The CRM link the agent pasted when linking the chat."
          }
        }
      },
      "UserToken": {
        "type": [
          "string",
          "null"
        ],
        "description": "The value the site set with `jivo_api.setUserToken`, or null when none was set. Jivo does not process it and only passes it on; make it hard to guess so visitors cannot pass themselves off as someone else."
      },
      "Visitor": {
        "type": "object",
        "description": "The visitor (client) the chat is with.",
        "additionalProperties": true,
        "properties": {
          "name": {
            "type": "string",
            "description": "Name, when known."
          },
          "email": {
            "type": "string",
            "description": "E-mail, when known."
          },
          "phone": {
            "type": "string",
            "description": "Phone, when known."
          },
          "description": {
            "type": "string",
            "description": "Free-text note about the client."
          },
          "number": {
            "$ref": "#/components/schemas/Id",
            "description": "Sequential visitor number shown to agents; usable as a CRM key. A string in the docs; one example sends an integer."
          },
          "social": {
            "$ref": "#/components/schemas/Social"
          },
          "chats_count": {
            "type": "integer",
            "description": "Number of chats with this visitor."
          }
        }
      },
      "Social": {
        "type": "object",
        "description": "Social profile data of the visitor. Often empty or omitted.",
        "additionalProperties": true,
        "properties": {
          "photos": {
            "type": "array",
            "x-inferred": true,
            "description": "Profile photos. Inferred: Jivo documents `social` only as an object (`{}` in its examples); a third-party app reads `visitor.social.photos[0].url`.",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "url": {
                  "type": "string",
                  "description": "Photo URL."
                }
              }
            }
          }
        }
      },
      "Agent": {
        "type": "object",
        "description": "An agent. `id` is a string in the `agent`/`agents` examples and a number in the `assigned_agent` examples.",
        "additionalProperties": true,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id",
            "description": "Agent id."
          },
          "name": {
            "type": "string",
            "description": "Agent name."
          },
          "email": {
            "type": "string",
            "description": "Agent login e-mail."
          },
          "phone": {
            "type": "string",
            "description": "Agent phone. Not sent in `assigned_agent`."
          }
        }
      },
      "NullableAssignedAgent": {
        "description": "The agent responsible for the client, or null when nobody is.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/Agent"
          },
          {
            "type": "null"
          }
        ]
      },
      "Organization": {
        "type": "object",
        "description": "The client's organization.",
        "additionalProperties": true,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id",
            "description": "Organization id (a number in the docs table, a string in the examples)."
          },
          "name": {
            "type": "string",
            "description": "Organization name."
          }
        }
      },
      "NullableOrganization": {
        "description": "The client's organization, or null when none is set.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/Organization"
          },
          {
            "type": "null"
          }
        ]
      },
      "ClientStatus": {
        "type": "object",
        "description": "The client's category (CRM status).",
        "additionalProperties": true,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id",
            "description": "Status id."
          },
          "title": {
            "type": "string",
            "description": "Status title."
          }
        }
      },
      "NullableClientStatus": {
        "description": "The client's CRM status, or null when none is set.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ClientStatus"
          },
          {
            "type": "null"
          }
        ]
      },
      "Tag": {
        "type": "object",
        "description": "A tag on the client.",
        "additionalProperties": true,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id",
            "description": "Tag id."
          },
          "title": {
            "type": "string",
            "description": "Tag title."
          }
        }
      },
      "Tags": {
        "type": "array",
        "description": "The client's tags. The docs table types this as an object, but every example sends an array (possibly empty).",
        "items": {
          "$ref": "#/components/schemas/Tag"
        }
      },
      "Topic": {
        "type": "object",
        "description": "The chat topic the agent picked.",
        "additionalProperties": true,
        "properties": {
          "topic_id": {
            "$ref": "#/components/schemas/Id",
            "description": "Topic id."
          },
          "title": {
            "type": "string",
            "description": "Topic title."
          },
          "parent_id": {
            "$ref": "#/components/schemas/Id",
            "description": "Parent topic id."
          }
        }
      },
      "Department": {
        "type": "object",
        "description": "The department the visitor chose before the chat. Sent only when one was chosen.",
        "additionalProperties": true,
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id",
            "description": "Department id."
          },
          "name": {
            "type": "string",
            "description": "Department name."
          }
        }
      },
      "Session": {
        "type": "object",
        "description": "The visitor's session.",
        "additionalProperties": true,
        "properties": {
          "geoip": {
            "$ref": "#/components/schemas/GeoIp"
          },
          "utm": {
            "type": [
              "string",
              "null"
            ],
            "x-inferred": true,
            "description": "UTM tags as pipe-separated `key=value` pairs, e.g. `source=google|medium=cpc|campaign=spring`. Inferred: null is accepted because a third-party library models the field as nullable; Jivo's docs show only strings."
          },
          "utm_json": {
            "$ref": "#/components/schemas/Utm"
          },
          "ip_addr": {
            "type": "string",
            "description": "The visitor's IP address (note the name `ip_addr`, not `ip`)."
          },
          "user_agent": {
            "type": "string",
            "description": "The visitor's browser user agent."
          }
        }
      },
      "GeoIp": {
        "type": "object",
        "description": "Location resolved from the visitor's IP address. May be empty.",
        "additionalProperties": true,
        "properties": {
          "region_code": {
            "type": "string",
            "description": "Region code."
          },
          "country": {
            "type": "string",
            "description": "Country name."
          },
          "country_code": {
            "type": "string",
            "description": "Country code."
          },
          "region": {
            "type": "string",
            "description": "Region name."
          },
          "city": {
            "type": "string",
            "description": "City name."
          },
          "latitude": {
            "type": "string",
            "description": "Latitude, as a string."
          },
          "longitude": {
            "type": "string",
            "description": "Longitude, as a string."
          },
          "organization": {
            "type": "string",
            "description": "The visitor's internet provider."
          },
          "isp": {
            "type": "string",
            "x-inferred": true,
            "description": "Internet provider. Inferred: not in Jivo's docs; two third-party libraries model it."
          }
        }
      },
      "Utm": {
        "type": "object",
        "description": "The UTM tags as an object.",
        "additionalProperties": true,
        "properties": {
          "source": {
            "type": "string",
            "description": "utm_source."
          },
          "campaign": {
            "type": "string",
            "description": "utm_campaign."
          },
          "content": {
            "type": "string",
            "description": "utm_content."
          },
          "medium": {
            "type": "string",
            "description": "utm_medium."
          },
          "term": {
            "type": "string",
            "description": "utm_term."
          }
        }
      },
      "Page": {
        "type": "object",
        "description": "A page of the site (in events, the page the visitor is on).",
        "additionalProperties": true,
        "required": [
          "url"
        ],
        "properties": {
          "url": {
            "type": "string",
            "description": "Page URL."
          },
          "title": {
            "type": "string",
            "description": "Page title, when known."
          }
        }
      },
      "Analytics": {
        "type": "object",
        "x-inferred": true,
        "description": "Web-analytics ids of the visitor. Inferred: Jivo documents `analytics` only as an optional object (`{}` or null in its examples); the `ga` and `ym` keys come from a third-party model.",
        "additionalProperties": true,
        "properties": {
          "ga": {
            "type": [
              "string",
              "integer"
            ],
            "description": "Google Analytics client id."
          },
          "ym": {
            "type": [
              "string",
              "integer"
            ],
            "description": "Yandex.Metrika client id."
          }
        }
      },
      "NullableAnalytics": {
        "description": "Web-analytics ids of the visitor, or null.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/Analytics"
          },
          {
            "type": "null"
          }
        ]
      },
      "ClientAttributes": {
        "type": "object",
        "x-inferred": true,
        "description": "The client's attributes, keyed by the attribute id set under *Manage → Attribute settings*. Inferred: Jivo's own example is not valid JSON (key/value pairs inside `[ ]`), so the `jivo_api.setClientAttributes` shape is assumed: an object mapping each attribute id to a string or number value.",
        "additionalProperties": {
          "type": [
            "string",
            "number"
          ]
        }
      },
      "Chat": {
        "type": "object",
        "description": "The finished chat.",
        "additionalProperties": true,
        "required": [
          "messages"
        ],
        "properties": {
          "messages": {
            "type": "array",
            "description": "The transcript in order. The docs table types this as an object; the examples send an array.",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "blacklisted": {
            "type": "boolean",
            "description": "Whether the visitor was blocked."
          },
          "rate": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "positive",
              "negative",
              null
            ],
            "description": "The visitor's rating of the chat, or null when not rated."
          },
          "invitation": {
            "type": "string",
            "description": "Text of the proactive invitation, when one was shown."
          }
        }
      },
      "Message": {
        "type": "object",
        "description": "One message of the transcript.",
        "additionalProperties": true,
        "properties": {
          "message": {
            "type": "string",
            "description": "Message text."
          },
          "timestamp": {
            "type": "integer",
            "description": "When the message was sent, in Unix seconds."
          },
          "type": {
            "type": "string",
            "x-inferred": true,
            "description": "Who sent the message: `visitor` or `agent`. Inferred: only these two values are documented, but system, bot or file messages may carry others, so the value is not restricted.",
            "examples": [
              "visitor",
              "agent"
            ]
          },
          "agent_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The sending agent's id. Present only when `type` is `agent`."
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "A call handled by an agent.",
        "additionalProperties": true,
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "callback",
              "incoming",
              "outgoing"
            ],
            "description": "Kind of call."
          },
          "phone": {
            "type": "string",
            "description": "The client's phone."
          },
          "status": {
            "type": "string",
            "enum": [
              "start",
              "end",
              "agent_connected",
              "client_connected",
              "error"
            ],
            "description": "Call status."
          },
          "reason": {
            "type": "string",
            "description": "Why the call failed. Present when `status` is `error`."
          },
          "record_url": {
            "type": "string",
            "description": "Link to the mp3 recording. Available after the call ends."
          }
        }
      },
      "CrmReply": {
        "type": "object",
        "description": "The CRM's reply to `chat_accepted` and `chat_updated`. Every field but `result` is\noptional, and Jivo uses them only when `result` is `\"ok\"`.\n",
        "required": [
          "result"
        ],
        "properties": {
          "result": {
            "type": "string",
            "description": "`\"ok\"` on success; any other string is read as an error message.",
            "examples": [
              "ok"
            ]
          },
          "custom_data": {
            "type": "array",
            "description": "Extra fields shown in the agent's right-hand panel, in array order; same format as `jivo_api.setCustomData`.",
            "items": {
              "$ref": "#/components/schemas/CustomDataField"
            },
            "allOf": [
              {
                "maxItems": 10,
                "x-inferred": true,
                "description": "Inferred: the 10-field cap is documented for `setCustomData` and assumed to apply to the webhook reply, so more rows are a warning, not a violation; the agent view shows the first 10."
              }
            ]
          },
          "contact_info": {
            "$ref": "#/components/schemas/ContactInfo",
            "type": [
              "object",
              "array"
            ],
            "maxItems": 0,
            "description": "Contacts treated as if the visitor had typed them (`jivo_api.setContactInfo` semantics); documented as an object.",
            "allOf": [
              {
                "type": "object",
                "x-inferred": true,
                "description": "Inferred: an empty array, which PHP's `json_encode` writes for an empty contact list (a popular PHP library sends `contact_info: []` when only `custom_data` or `crm_link` is set), is read as no contact info, with a warning."
              }
            ]
          },
          "enable_assign": {
            "type": "boolean",
            "description": "Shows the agent a \"link to CRM\" button. When the agent uses it, Jivo sends `chat_assigned` (legacy)."
          },
          "crm_link": {
            "type": "string",
            "description": "Link to the client's card in the CRM; Jivo shows an \"Open in CRM\" button.",
            "allOf": [
              {
                "format": "uri",
                "x-inferred": true,
                "description": "Inferred: Jivo documents a link, not its syntax; a link that is not an ASCII URI (an IRI such as `https://crm.example/clientes/josé`, which browsers open) is a warning."
              }
            ]
          },
          "page": {
            "$ref": "#/components/schemas/Page",
            "description": "Page info, letting the CRM correct the page URL and title."
          }
        }
      },
      "CustomDataField": {
        "type": "object",
        "description": "One field in the agent's panel.",
        "allOf": [
          {
            "required": [
              "title",
              "content"
            ],
            "x-inferred": true,
            "description": "Inferred: the reply table lists `title` and `content` without marking either optional; a row without one is a warning, and the agent view shows the row with what it has."
          }
        ],
        "properties": {
          "title": {
            "type": "string",
            "description": "Caption shown above the field."
          },
          "content": {
            "type": "string",
            "description": "The field body. Tags are escaped."
          },
          "link": {
            "type": "string",
            "format": "uri",
            "description": "URL opened when the field is clicked. For the widget API, links need the channel's \"safe URL\" setting."
          },
          "key": {
            "type": "string",
            "description": "Bold label put before the content, followed by a colon."
          }
        }
      },
      "ContactInfo": {
        "description": "Contacts treated as if the visitor had typed them (`jivo_api.setContactInfo` semantics). Its members apply to an object; where it is used says what type it is.",
        "allOf": [
          {
            "required": [
              "name"
            ],
            "x-inferred": true,
            "description": "Inferred: the reply table does not mark `name` optional, but nothing says a reply without it is refused (a CRM may know only a phone); a missing name is a warning."
          }
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Name."
          },
          "phone": {
            "type": "string",
            "description": "Phone."
          },
          "email": {
            "type": "string",
            "description": "E-mail."
          },
          "description": {
            "type": "string",
            "x-inferred": true,
            "description": "Note about the client. Inferred: not in the webhook reply table; it is part of `jivo_api.setContactInfo`, third-party libraries send it, and Jivo's help-page reply sample includes it."
          }
        }
      },
      "AckReply": {
        "type": "object",
        "description": "The minimal reply.",
        "required": [
          "result"
        ],
        "properties": {
          "result": {
            "type": "string",
            "description": "`\"ok\"` on success; any other string is read as an error message.",
            "examples": [
              "ok"
            ]
          }
        }
      }
    }
  }
}

export default document
