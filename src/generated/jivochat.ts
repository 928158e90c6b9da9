/**
 * Generated from openapi/jivochat.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
export type paths = Record<string, never>;
export interface webhooks {
    chat_accepted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An agent accepted a chat
         * @description Sent when an agent accepts the chat (presses "Reply") in the agent app.
         *
         *     The reply may enrich the chat (`CrmReply`). `contact_info` is shown to the agent as if
         *     the visitor had typed it and is saved in the chat log and in the e-mail transcript.
         *     With `enable_assign: true` the agent gets a "link to CRM" button in the chat header
         *     (between "Spam" and "Leave chat"), and `crm_link` becomes an "Open in CRM" button under
         *     "More about the visit" in the info panel. Nothing is shown unless `result` is `"ok"`.
         */
        post: operations["chatAccepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    chat_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Visitor data changed during an active chat
         * @description Sent when the visitor's data changes during an active chat, for example when the
         *     visitor fills in the contact form.
         *
         *     The reply has the same fields as the `chat_accepted` reply (`CrmReply`); a bare
         *     `{"result":"ok"}` is also valid. With `enable_assign: true` the "link to CRM" button is
         *     placed before all `custom_data` fields, and `crm_link` is a separate button below them.
         *     Nothing is shown unless `result` is `"ok"`.
         */
        post: operations["chatUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    client_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Client data changed outside a chat
         * @description Sent when the client's data changes outside a chat: the responsible agent or the
         *     organization changed, contacts were edited in CRM → Clients, or the visitor left contacts
         *     in a pop-up form. The body has no `chat_id`, `session`, `page` or `agent`; it carries a
         *     top-level `client_id` instead. Only `{"result":"ok"}` or an error text is expected back.
         */
        post: operations["clientUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    client_attribute_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Client attributes changed
         * @description Sent when the client's attributes change, either edited by an agent or filled in
         *     through the contact form. Attributes are the custom fields set up under
         *     *Manage → Attribute settings* (the site can also set them with
         *     `jivo_api.setClientAttributes`).
         */
        post: operations["clientAttributeUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    chat_finished: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A chat was closed
         * @description Sent when the chat is closed in the agent app, either by the agent ("Leave chat") or by
         *     timeout after the visitor left the site. Carries the whole transcript (`chat.messages`,
         *     plus `plain_messages` and `html_messages`) and every agent who took part (`agents`).
         *     Only `{"result":"ok"}` or an error text is expected back.
         */
        post: operations["chatFinished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    offline_message: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A visitor sent the offline form
         * @description Sent when a visitor sends the offline form while no agent is online. The CRM would
         *     typically create a task or an e-mail for a responsible manager. Only `{"result":"ok"}`
         *     or an error text is expected back.
         */
        post: operations["offlineMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    call_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call was received or changed status
         * @description Sent when an agent receives a new call, or an existing call changes status. Calls are
         *     callbacks, incoming or outgoing calls. `call.reason` is present when `call.status` is
         *     `error`; `call.record_url` becomes available after the call ends.
         */
        post: operations["callEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    chat_assigned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A chat was linked to a CRM card (legacy)
         * @deprecated
         * @description Sent when the agent links the chat to a CRM card: the agent presses the "link to CRM"
         *     button (shown when the `chat_accepted` reply had `enable_assign: true`) and pastes a
         *     link, which arrives in `assign_to`. Only `{"result":"ok"}` or an error text is expected
         *     back.
         *
         *     Inferred: this event is listed in Jivo's older help pages and handled by third-party
         *     libraries, but it is missing from the current Webhooks API page, so it is marked
         *     deprecated and may no longer be sent.
         */
        post: operations["chatAssigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description An identifier or number. Jivo's parameter tables type ids as numbers, but its examples send many of them as strings (`"3948"`, `"2016"`), so both forms are accepted. */
        Id: string | number;
        /**
         * WebhookEvent
         * @description Any event that Jivo POSTs to the CRM endpoint. Every event of a channel arrives at the
         *     same URL, so a receiver parses the body with this union and narrows it by `event_name`.
         *     Each webhook's request body is this union narrowed to one event (`allOf` of
         *     `WebhookEvent` and that event's schema).
         */
        WebhookEvent: components["schemas"]["ChatAcceptedEvent"] | components["schemas"]["ChatUpdatedEvent"] | components["schemas"]["ClientUpdatedEvent"] | components["schemas"]["ClientAttributeUpdatedEvent"] | components["schemas"]["ChatFinishedEvent"] | components["schemas"]["OfflineMessageEvent"] | components["schemas"]["CallEvent"] | components["schemas"]["ChatAssignedEvent"];
        /** @description `chat_accepted`: an agent accepted the chat. Jivo adds fields over time, so unknown fields are allowed. */
        ChatAcceptedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "chat_accepted";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            user_token?: components["schemas"]["UserToken"];
            /** @description The chat id. */
            chat_id: components["schemas"]["Id"];
            visitor: components["schemas"]["Visitor"];
            organization?: components["schemas"]["NullableOrganization"];
            status?: components["schemas"]["NullableClientStatus"];
            assigned_agent?: components["schemas"]["NullableAssignedAgent"];
            tags?: components["schemas"]["Tags"];
            topic?: components["schemas"]["Topic"];
            department?: components["schemas"]["Department"];
            session?: components["schemas"]["Session"];
            page?: components["schemas"]["Page"];
            analytics?: components["schemas"]["NullableAnalytics"];
            /** @description The agent who accepted the chat. */
            agent?: components["schemas"]["Agent"];
        } & {
            [key: string]: unknown;
        };
        /** @description `chat_updated`: the visitor's data changed during an active chat. Same envelope as `chat_accepted`. Unknown fields are allowed. */
        ChatUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "chat_updated";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            user_token?: components["schemas"]["UserToken"];
            /** @description The chat id. */
            chat_id: components["schemas"]["Id"];
            visitor: components["schemas"]["Visitor"];
            organization?: components["schemas"]["NullableOrganization"];
            status?: components["schemas"]["NullableClientStatus"];
            assigned_agent?: components["schemas"]["NullableAssignedAgent"];
            tags?: components["schemas"]["Tags"];
            topic?: components["schemas"]["Topic"];
            department?: components["schemas"]["Department"];
            session?: components["schemas"]["Session"];
            page?: components["schemas"]["Page"];
            analytics?: components["schemas"]["NullableAnalytics"];
            /** @description The agent who handles the chat. */
            agent?: components["schemas"]["Agent"];
        } & {
            [key: string]: unknown;
        };
        /** @description `client_updated`: client data changed outside a chat. No `chat_id`, `session`, `page` or `agent`. Unknown fields are allowed. */
        ClientUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "client_updated";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            user_token?: components["schemas"]["UserToken"];
            visitor?: components["schemas"]["Visitor"];
            organization?: components["schemas"]["NullableOrganization"];
            status?: components["schemas"]["NullableClientStatus"];
            assigned_agent?: components["schemas"]["NullableAssignedAgent"];
            tags?: components["schemas"]["Tags"];
            /** @description The client id (a string in Jivo's example). */
            client_id: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description `client_attribute_updated`: the client's attributes changed. No `visitor`. Unknown fields are allowed. */
        ClientAttributeUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "client_attribute_updated";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            user_token?: components["schemas"]["UserToken"];
            /** @description The client id (a number in Jivo's example). */
            client_id?: components["schemas"]["Id"];
            attributes?: components["schemas"]["ClientAttributes"];
        } & {
            [key: string]: unknown;
        };
        /** @description `chat_finished`: the chat was closed, by the agent or by timeout. Carries the transcript. Unknown fields are allowed. */
        ChatFinishedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "chat_finished";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            /** @description Jivo's prose says the token is sent with every event, but its `chat_finished` example omits it, so it may be missing. */
            user_token?: components["schemas"]["UserToken"];
            /** @description The chat id. */
            chat_id: components["schemas"]["Id"];
            visitor: components["schemas"]["Visitor"];
            organization?: components["schemas"]["NullableOrganization"];
            status?: components["schemas"]["NullableClientStatus"];
            assigned_agent?: components["schemas"]["NullableAssignedAgent"];
            tags?: components["schemas"]["Tags"];
            topic?: components["schemas"]["Topic"];
            session?: components["schemas"]["Session"];
            page?: components["schemas"]["Page"];
            analytics?: components["schemas"]["NullableAnalytics"];
            /** @description Every agent who took part in the chat; a transfer gives several. Jivo's help says they come in no particular order. */
            agents?: components["schemas"]["Agent"][];
            chat: components["schemas"]["Chat"];
            /** @description The transcript pre-rendered as plain text (empty in Jivo's example). */
            plain_messages?: string;
            /** @description The transcript pre-rendered as HTML (empty in Jivo's example). */
            html_messages?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `offline_message`: a visitor sent the offline form while no agent was online. Unknown fields are allowed. */
        OfflineMessageEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "offline_message";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            user_token?: components["schemas"]["UserToken"];
            /** @description The chat id. */
            chat_id: components["schemas"]["Id"];
            visitor: components["schemas"]["Visitor"];
            organization?: components["schemas"]["NullableOrganization"];
            status?: components["schemas"]["NullableClientStatus"];
            assigned_agent?: components["schemas"]["NullableAssignedAgent"];
            tags?: components["schemas"]["Tags"];
            topic?: components["schemas"]["Topic"];
            session?: components["schemas"]["Session"];
            page?: components["schemas"]["Page"];
            analytics?: components["schemas"]["NullableAnalytics"];
            /** @description The text the visitor left. */
            message: string;
            /** @description The offline message id. A 13-digit number in the current docs; older libraries typed it as a short string (`"2614"`). */
            offline_message_id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description `call_event`: an agent received a call, or a call changed status. Unknown fields are allowed. */
        CallEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "call_event";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            /** @description The widget docs say the token is sent with every webhook, but Jivo's `call_event` example omits it, so it may be missing. */
            user_token?: components["schemas"]["UserToken"];
            /** @description The chat id. */
            chat_id: components["schemas"]["Id"];
            visitor: components["schemas"]["Visitor"];
            topic?: components["schemas"]["Topic"];
            department?: components["schemas"]["Department"];
            session?: components["schemas"]["Session"];
            page?: components["schemas"]["Page"];
            analytics?: components["schemas"]["NullableAnalytics"];
            /** @description The agent handling the call. */
            agent?: components["schemas"]["Agent"];
            call: components["schemas"]["Call"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @deprecated
         * @description `chat_assigned` (legacy): the agent linked the chat to a CRM card. Inferred: the shape comes from third-party libraries, not from current Jivo docs; the 2017 library reads the handling agent from `agent` and the 2023 library from `assigned_agent`, and no source says which one Jivo sends today, so the simulator sends both (the same agent) and consumers must not require either. Unknown fields are allowed.
         */
        ChatAssignedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event_name: "chat_assigned";
            /** @description The channel (widget) id, that is the channel's public key. */
            widget_id: components["schemas"]["Id"];
            user_token?: components["schemas"]["UserToken"];
            /** @description The chat id. */
            chat_id: components["schemas"]["Id"];
            visitor: components["schemas"]["Visitor"];
            /** @description The agent who linked the chat (2017 shape). */
            agent?: components["schemas"]["Agent"];
            assigned_agent?: components["schemas"]["NullableAssignedAgent"];
            session?: components["schemas"]["Session"];
            page?: components["schemas"]["Page"];
            /** @description The CRM link the agent pasted when linking the chat. */
            assign_to?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The value the site set with `jivo_api.setUserToken`, or null when none was set. Jivo does not process it and only passes it on; make it hard to guess so visitors cannot pass themselves off as someone else. */
        UserToken: string | null;
        /** @description The visitor (client) the chat is with. */
        Visitor: {
            /** @description Name, when known. */
            name?: string;
            /** @description E-mail, when known. */
            email?: string;
            /** @description Phone, when known. */
            phone?: string;
            /** @description Free-text note about the client. */
            description?: string;
            /** @description Sequential visitor number shown to agents; usable as a CRM key. A string in the docs; one example sends an integer. */
            number?: components["schemas"]["Id"];
            social?: components["schemas"]["Social"];
            /** @description Number of chats with this visitor. */
            chats_count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Social profile data of the visitor. Often empty or omitted. */
        Social: {
            /** @description Profile photos. Inferred: Jivo documents `social` only as an object (`{}` in its examples); a third-party app reads `visitor.social.photos[0].url`. */
            photos?: ({
                /** @description Photo URL. */
                url?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description An agent. `id` is a string in the `agent`/`agents` examples and a number in the `assigned_agent` examples. */
        Agent: {
            /** @description Agent id. */
            id?: components["schemas"]["Id"];
            /** @description Agent name. */
            name?: string;
            /** @description Agent login e-mail. */
            email?: string;
            /** @description Agent phone. Not sent in `assigned_agent`. */
            phone?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The agent responsible for the client, or null when nobody is. */
        NullableAssignedAgent: components["schemas"]["Agent"] | null;
        /** @description The client's organization. */
        Organization: {
            /** @description Organization id (a number in the docs table, a string in the examples). */
            id?: components["schemas"]["Id"];
            /** @description Organization name. */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The client's organization, or null when none is set. */
        NullableOrganization: components["schemas"]["Organization"] | null;
        /** @description The client's category (CRM status). */
        ClientStatus: {
            /** @description Status id. */
            id?: components["schemas"]["Id"];
            /** @description Status title. */
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The client's CRM status, or null when none is set. */
        NullableClientStatus: components["schemas"]["ClientStatus"] | null;
        /** @description A tag on the client. */
        Tag: {
            /** @description Tag id. */
            id?: components["schemas"]["Id"];
            /** @description Tag title. */
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The client's tags. The docs table types this as an object, but every example sends an array (possibly empty). */
        Tags: components["schemas"]["Tag"][];
        /** @description The chat topic the agent picked. */
        Topic: {
            /** @description Topic id. */
            topic_id?: components["schemas"]["Id"];
            /** @description Topic title. */
            title?: string;
            /** @description Parent topic id. */
            parent_id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description The department the visitor chose before the chat. Sent only when one was chosen. */
        Department: {
            /** @description Department id. */
            id?: components["schemas"]["Id"];
            /** @description Department name. */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The visitor's session. */
        Session: {
            geoip?: components["schemas"]["GeoIp"];
            /** @description UTM tags as pipe-separated `key=value` pairs, e.g. `source=google|medium=cpc|campaign=spring`. Inferred: null is accepted because a third-party library models the field as nullable; Jivo's docs show only strings. */
            utm?: string | null;
            utm_json?: components["schemas"]["Utm"];
            /** @description The visitor's IP address (note the name `ip_addr`, not `ip`). */
            ip_addr?: string;
            /** @description The visitor's browser user agent. */
            user_agent?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Location resolved from the visitor's IP address. May be empty. */
        GeoIp: {
            /** @description Region code. */
            region_code?: string;
            /** @description Country name. */
            country?: string;
            /** @description Country code. */
            country_code?: string;
            /** @description Region name. */
            region?: string;
            /** @description City name. */
            city?: string;
            /** @description Latitude, as a string. */
            latitude?: string;
            /** @description Longitude, as a string. */
            longitude?: string;
            /** @description The visitor's internet provider. */
            organization?: string;
            /** @description Internet provider. Inferred: not in Jivo's docs; two third-party libraries model it. */
            isp?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The UTM tags as an object. */
        Utm: {
            /** @description utm_source. */
            source?: string;
            /** @description utm_campaign. */
            campaign?: string;
            /** @description utm_content. */
            content?: string;
            /** @description utm_medium. */
            medium?: string;
            /** @description utm_term. */
            term?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A page of the site (in events, the page the visitor is on). */
        Page: {
            /** @description Page URL. */
            url: string;
            /** @description Page title, when known. */
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Web-analytics ids of the visitor. Inferred: Jivo documents `analytics` only as an optional object (`{}` or null in its examples); the `ga` and `ym` keys come from a third-party model. */
        Analytics: {
            /** @description Google Analytics client id. */
            ga?: string | number;
            /** @description Yandex.Metrika client id. */
            ym?: string | number;
        } & {
            [key: string]: unknown;
        };
        /** @description Web-analytics ids of the visitor, or null. */
        NullableAnalytics: components["schemas"]["Analytics"] | null;
        /** @description The client's attributes, keyed by the attribute id set under *Manage → Attribute settings*. Inferred: Jivo's own example is not valid JSON (key/value pairs inside `[ ]`), so the `jivo_api.setClientAttributes` shape is assumed: an object mapping each attribute id to a string or number value. */
        ClientAttributes: {
            [key: string]: string | number;
        };
        /** @description The finished chat. */
        Chat: {
            /** @description The transcript in order. The docs table types this as an object; the examples send an array. */
            messages: components["schemas"]["Message"][];
            /** @description Whether the visitor was blocked. */
            blacklisted?: boolean;
            /**
             * @description The visitor's rating of the chat, or null when not rated.
             * @enum {string|null}
             */
            rate?: "positive" | "negative" | null;
            /** @description Text of the proactive invitation, when one was shown. */
            invitation?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One message of the transcript. */
        Message: {
            /** @description Message text. */
            message?: string;
            /** @description When the message was sent, in Unix seconds. */
            timestamp?: number;
            /**
             * @description Who sent the message: `visitor` or `agent`. Inferred: only these two values are documented, but system, bot or file messages may carry others, so the value is not restricted.
             * @example visitor
             * @example agent
             */
            type?: string;
            /** @description The sending agent's id. Present only when `type` is `agent`. */
            agent_id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description A call handled by an agent. */
        Call: {
            /**
             * @description Kind of call.
             * @enum {string}
             */
            type?: "callback" | "incoming" | "outgoing";
            /** @description The client's phone. */
            phone?: string;
            /**
             * @description Call status.
             * @enum {string}
             */
            status?: "start" | "end" | "agent_connected" | "client_connected" | "error";
            /** @description Why the call failed. Present when `status` is `error`. */
            reason?: string;
            /** @description Link to the mp3 recording. Available after the call ends. */
            record_url?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The CRM's reply to `chat_accepted` and `chat_updated`. Every field but `result` is
         *     optional, and Jivo uses them only when `result` is `"ok"`.
         */
        CrmReply: {
            /**
             * @description `"ok"` on success; any other string is read as an error message.
             * @example ok
             */
            result: string;
            /** @description Extra fields shown in the agent's right-hand panel, in array order; same format as `jivo_api.setCustomData`. */
            custom_data?: components["schemas"]["CustomDataField"][] & unknown;
            /** @description Contacts treated as if the visitor had typed them (`jivo_api.setContactInfo` semantics); documented as an object. */
            contact_info?: components["schemas"]["ContactInfo"];
            /** @description Shows the agent a "link to CRM" button. When the agent uses it, Jivo sends `chat_assigned` (legacy). */
            enable_assign?: boolean;
            /** @description Link to the client's card in the CRM; Jivo shows an "Open in CRM" button. */
            crm_link?: string & unknown;
            /** @description Page info, letting the CRM correct the page URL and title. */
            page?: components["schemas"]["Page"];
        };
        /** @description One field in the agent's panel. */
        CustomDataField: {
            /** @description Caption shown above the field. */
            title?: string;
            /** @description The field body. Tags are escaped. */
            content?: string;
            /**
             * Format: uri
             * @description URL opened when the field is clicked. For the widget API, links need the channel's "safe URL" setting.
             */
            link?: string;
            /** @description Bold label put before the content, followed by a colon. */
            key?: string;
        } & unknown;
        /** @description Contacts treated as if the visitor had typed them (`jivo_api.setContactInfo` semantics). Its members apply to an object; where it is used says what type it is. */
        ContactInfo: {
            /** @description Name. */
            name?: string;
            /** @description Phone. */
            phone?: string;
            /** @description E-mail. */
            email?: string;
            /** @description Note about the client. Inferred: not in the webhook reply table; it is part of `jivo_api.setContactInfo`, third-party libraries send it, and Jivo's help-page reply sample includes it. */
            description?: string;
        } & unknown;
        /** @description The minimal reply. */
        AckReply: {
            /**
             * @description `"ok"` on success; any other string is read as an error message.
             * @example ok
             */
            result: string;
        };
    };
    responses: {
        /**
         * @description The CRM's reply to `chat_accepted` or `chat_updated`. Jivo shows the extra data to the
         *     agent only when `result` is `"ok"`.
         *
         *     Inferred: Jivo documents the reply body but no HTTP status code; every known receiver
         *     answers 200 with a JSON body. Jivo's help page says the reply can be echoed without any
         *     extra HTTP header, so the reply's Content-Type is probably not checked.
         */
        CrmReplyResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CrmReply"];
            };
        };
        /**
         * @description The CRM's reply. Only `{"result":"ok"}` or an error text is expected.
         *
         *     Inferred: Jivo documents the reply body but no HTTP status code; every known receiver
         *     answers 200 with a JSON body.
         */
        AckReplyResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AckReply"];
            };
        };
        /**
         * @description The CRM's reply.
         *
         *     Inferred: Jivo documents no reply and no HTTP status code for this event. The generic
         *     rule of the other non-chat events is assumed: 200 with `{"result":"ok"}`, any other
         *     `result` being an error text.
         */
        UndocumentedAckReplyResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AckReply"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    chatAccepted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The accepted chat with its visitor, session and agent. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["ChatAcceptedEvent"];
            };
        };
        responses: {
            200: components["responses"]["CrmReplyResponse"];
        };
    };
    chatUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The chat with the visitor's updated data. Same envelope as `chat_accepted`. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["ChatUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["CrmReplyResponse"];
        };
    };
    clientUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The client card after the change. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["ClientUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["AckReplyResponse"];
        };
    };
    clientAttributeUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The client id and its changed attributes. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["ClientAttributeUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["UndocumentedAckReplyResponse"];
        };
    };
    chatFinished: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The finished chat with its transcript. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["ChatFinishedEvent"];
            };
        };
        responses: {
            200: components["responses"]["AckReplyResponse"];
        };
    };
    offlineMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The offline message with the visitor's contacts and session. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["OfflineMessageEvent"];
            };
        };
        responses: {
            200: components["responses"]["AckReplyResponse"];
        };
    };
    callEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The call with the chat context it belongs to. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["CallEvent"];
            };
        };
        responses: {
            200: components["responses"]["UndocumentedAckReplyResponse"];
        };
    };
    chatAssigned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The chat and the CRM link the agent attached. */
        requestBody: {
            content: {
                "application/json": Omit<components["schemas"]["WebhookEvent"], "event_name"> & components["schemas"]["ChatAssignedEvent"];
            };
        };
        responses: {
            200: components["responses"]["AckReplyResponse"];
        };
    };
}
