/**
 * Generated from openapi/admin.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
export interface paths {
    "/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Go back to the starting point, or empty all state
         * @description Empties every service's state, the journal, rate-limit counters and fault rules, and recreates the default account with the same keys; then builds the configured starting point again: the accounts, keys, data and settings of `serve --seed` fixtures and of the config file, and the config file's fault rules (same ids and keys as at start). With `{"scope": "empty"}` it stops before that: only the default account is left, with its minted keys, as in a sandbox started with nothing configured. The clock and retention limits are left as they are.
         */
        post: operations["resetSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the request journal
         * @description The last requests the sandbox answered (1000 by default), newest first.
         */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow the request journal live
         * @description Server-Sent Events, open until the client leaves: `event: request` with each journal entry (the same JSON as `GET /requests`, `id:` its journal id) as it is recorded, and `event: reset` when the sandbox is reset. A client that reconnects with `Last-Event-ID` first gets the entries recorded since, still in the journal. Nothing is sent, and nothing is spent on the request path, while no one listens.
         */
        get: operations["streamRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts and their keys */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create an account
         * @description Creates an account with one new key per service. Limits, scopes and settings are per service; a service left out of `scopes` gets every scope.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id (`acct_…`).
                 * @example acct_r5SuQv6hLp2N
                 */
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account's rate limits or name
         * @description Changes the named limits at once, for the account's next request (the current window's count stays); `null` gives a service back its default limit. Limits are requests per minute, per service.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/accounts/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id (`acct_…`).
                 * @example acct_r5SuQv6hLp2N
                 */
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Read an account's settings, per service
         * @description Every service's settings of the account, defaults filled in.
         */
        get: operations["getAccountSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account's settings, per service
         * @description Merges the given settings into the account's: objects merge, other values replace. Connectif's `allowedDomains` are what E0103/E0201 check product URLs against; Hellotext's `generation` picks the tracking API that answers, and `strict: true` makes it refuse the other generation's parameters (422) instead of ignoring them with a journal warning; Reskyt's `apiActivated: false` makes its JSON API answer 403.
         */
        patch: operations["updateAccountSettings"];
        trace?: never;
    };
    "/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read what the dashboard shows
         * @description The clock; every account with its keys, Hellotext Business ID and one rate-limit gauge per rate-limited service; and the newest records of each kind (`limit`, 50 by default) with how many there are: Connectif contacts, products, purchases, imports and exports (with their progress, played forward to the sandbox clock) and Hellotext profiles.
         */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the sandbox time */
        get: operations["getClock"];
        put?: never;
        /**
         * Advance, freeze or unfreeze the sandbox time
         * @description `freeze` stops time (at now, or at a given date), `advance` moves it forward frozen or not, `unfreeze` lets it run again from where it stands; they apply in that order.
         */
        post: operations["moveClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the retention limits */
        get: operations["getRetention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some retention limits
         * @description Changes the limits named; the others stay. They hold until changed again, across `POST /reset`. A smaller journal drops its oldest entries at once; the other logs drop theirs on their next write.
         */
        patch: operations["updateRetention"];
        trace?: never;
    };
    "/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List fault rules */
        get: operations["listFaults"];
        put?: never;
        /**
         * Add a fault rule
         * @description A rule matches by service, operationId and method (each optional) and answers with a status (the service's own error body when no `body` is given), drops the connection, never answers, or delays the real answer by a fixed or ranged latency. Probabilities and ranges roll the sandbox's seeded dice, or the rule's own with `seed`, so a run replays. A service or operationId the sandbox does not serve (or an operationId of another service than the one named) is refused with 422: such a rule would never fire.
         */
        post: operations["addFault"];
        /** Remove every fault rule */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one fault rule */
        delete: operations["deleteFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pact/provider-states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the provider states the sandbox knows */
        get: operations["listProviderStates"];
        put?: never;
        /**
         * Set up or tear down a provider state
         * @description The Pact Verifier's state-change call: runs one state (looked up among every service's when `service` is not given) against `account` (the default account when not given). The empty state `""` does nothing. An unknown state is 400, naming the known ones.
         */
        post: operations["runProviderState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/imports/{id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an import's error report
         * @description What an Import's `errorReportFileUrl` points at: `row,reason`, one line per rejected row, as far as the sandbox clock has taken the job.
         */
        get: operations["getImportErrorReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an export's ZIP
         * @description What an Export's `fileUrl` points at: the ZIP while the token is valid (100 minutes of sandbox time; every read of a finished export hands out a new one), 403 afterwards, as a signed storage link would.
         */
        get: operations["getExportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/outbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define a send-category custom event
         * @description Creates a `send` custom event type (and its custom integration, found or created by `integrationName`) without the Connectif API, as the Connectif UI would.
         */
        post: operations["defineOutboundEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/outbound/{eventTypeId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fire an outbound event for a contact
         * @description Builds the body from the event type's fields (literal values, or `{"contactField": id}` read from the contact), POSTs it to the type's `webhookUrl` with its headers, as a workflow node would, and logs the delivery. A URL on one of the sandbox's own hosts (`https://app.reskyt.com/…`) is delivered in process.
         */
        post: operations["sendOutboundEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/outbound/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List outbound deliveries */
        get: operations["listOutboundDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts' web activities
         * @description What the client script's notifications left on contacts, oldest first: `entity-created`, `entity-identified`, `entity-merged`, `web-page-visited`, `product-visited`, `search`, `cart-product-added`, `push-notification-subscribed`, … Filter by account, contact (id or email) or type.
         */
        get: operations["listActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the client script's notifications
         * @description Every notification the sandbox applied, newest first, with the event types it carried and what it left out (`ignored`: a custom field that is not defined, a value of the wrong type), which the browser is never told.
         */
        get: operations["listWebNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the segments
         * @description The segments defined, oldest first.
         */
        get: operations["listSegments"];
        put?: never;
        /**
         * Define a segment
         * @description A segment an export's `filters.segmentId` narrows to: a name and its members by e-mail. Connectif's API has no segment endpoints (segments are rules evaluated by Connectif), so the sandbox's are defined here or in a fixture file (`connectif.segments`). The id is a 24-hex ObjectId, like every Connectif id; give one to match a segment id your code already holds.
         */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectif/web-push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the web pushes the sandbox sent
         * @description The web-push outbox, newest first: one entry per push subscription a push went to, with the endpoint and the payload a Service Worker receives.
         */
        get: operations["listWebPushes"];
        put?: never;
        /**
         * Send a web push to a contact
         * @description What a Connectif workflow's web push node does: the push goes to every subscription the contact's browsers sent with the client script's notifications. The sandbox cannot reach browsers' push services, so it records each push (endpoint and payload) in the web-push outbox; a test hands the payload to the page's Service Worker.
         */
        post: operations["sendWebPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List what tracking stored */
        get: operations["listTrackedEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/profiles/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a profile's tracked events */
        get: operations["listProfileEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/sessions/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a session's tracked events */
        get: operations["listSessionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List known sessions */
        get: operations["listSessions"];
        put?: never;
        /**
         * Make a session known
         * @description Makes a session known to the server, as browser tracking would, so the private API can attach it and track with it. 201 when it is new, 200 when it was already known.
         */
        post: operations["makeSessionKnown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a message to another state */
        patch: operations["setMessageState"];
        trace?: never;
    };
    "/hellotext/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Approve or reject a template */
        patch: operations["setTemplateState"];
        trace?: never;
    };
    "/hellotext/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List form and popup submissions, with their one-time codes */
        get: operations["listSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/identifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List identification receipts */
        get: operations["listIdentifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a form
         * @description A form hellotext.js can show (`GET /v1/public/forms/{id}`); its members other than `id` and `accountId` are the form as the public API answers it.
         */
        post: operations["createForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/popups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a popup */
        post: operations["createPopup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hellotext/webchats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a webchat */
        post: operations["createWebchat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reskyt/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accepted pushes
         * @description One entry per device token, newest first, with where the push stands at the sandbox time (`unknown-token` for a token the account's app does not know; `expired` once `dateEnd` passed before delivery).
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        /** Clear the outbox */
        delete: operations["clearOutbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reskyt/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List known device tokens */
        get: operations["listDevices"];
        put?: never;
        /**
         * Register a device token
         * @description A token the account's app knows; pushes to other tokens are kept but flagged. 201 when new, 200 when the account already had it.
         */
        post: operations["registerDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jivochat/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one webhook to a CRM, as Jivo would
         * @description Plays one event against the CRM at `to` and grades the reply. A `to` on a sandbox host (`https://jivochat.sandbox.local/crm`) is reached in process.
         */
        post: operations["sendJivoEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jivochat/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Play a whole conversation against a CRM
         * @description `chat_accepted` → `chat_updated` → `client_updated` → `chat_finished` (or one `offline_message` with `offline: true`), each graded; stops early only when the URL cannot be reached.
         */
        post: operations["playJivoConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jivochat/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what the simulator delivered
         * @description Newest first; the last 200 are kept. Each is also in the request journal, as an entry whose `path` is the target URL and whose `operationId` is the webhook's.
         */
        get: operations["listJivoDeliveries"];
        put?: never;
        post?: never;
        /** Forget the simulator's deliveries */
        delete: operations["clearJivoDeliveries"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jivochat/crm/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the CRM's settings */
        get: operations["getCrmSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the CRM's default manager */
        patch: operations["updateCrmSettings"];
        trace?: never;
    };
    "/jivochat/crm/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a CRM user (a manager)
         * @description `login` is the e-mail a Jivo agent's e-mail is matched against; `default: true` makes the user the default manager. A login that exists is renamed.
         */
        post: operations["createCrmUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jivochat/crm/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a CRM contact */
        post: operations["createCrmContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jivochat/crm/{collection}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one kind of CRM record
         * @description Oldest first, narrowed by `email`, `phone` or `chatId` where they apply.
         */
        get: operations["listCrmRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jivochat/crm/{collection}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open one CRM record
         * @description Where a reply's `crm_link` points.
         */
        get: operations["getCrmRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdminError: {
            /** @description One line: `[martech-sandbox] Failed to <verb> "<subject>": <reason>.` */
            error: string;
            issues?: components["schemas"]["AdminIssue"][];
        };
        AdminIssue: {
            /** @enum {string} */
            in: "body" | "query" | "path" | "header";
            /** @description JSON path of the value inside its location (`$.rateLimits.connectif`). */
            path: string;
            reason: string;
        };
        /** @enum {string} */
        ServiceName: "connectif" | "hellotext" | "reskyt" | "jivochat";
        /** @description Eight letters or digits; a new one when left out. */
        HellotextId: string;
        JournalEntry: {
            id: number;
            /** @description Sandbox time the request arrived, epoch milliseconds. */
            time: number;
            service: string;
            method: string;
            path: string;
            operationId?: string;
            accountId?: string;
            /** @description 0 when no HTTP status came back (a delivery that failed). */
            status: number;
            durationMs: number;
            request: components["schemas"]["JournalMessage"];
            response: components["schemas"]["JournalMessage"];
            /** @description What the sandbox accepted where a stricter reading would refuse it (a rule it only infers), e.g. a parameter of the other Hellotext tracking generation, ignored. */
            warnings?: string[];
            /** @description Why the request was refused as invalid, each issue where it was found. */
            issues?: components["schemas"]["ValidationIssue"][];
            /** @description The fault rule that fired on this request, and what it did. */
            fault?: {
                ruleId: number;
                status?: number;
                delayMs?: number;
                networkError?: boolean;
            };
        };
        ValidationIssue: {
            /** @enum {string} */
            location: "body" | "query" | "path" | "header";
            /** @description Dotted path inside the location (`products[0].price`). */
            path: string;
            /** @description The same place as a JSON pointer (`/products/0/price`). */
            pointer: string;
            reason: string;
        };
        Summary: {
            clock: components["schemas"]["Clock"];
            /** @description Each service, the path prefix `serve` answers it under, and the real hosts a `Host` header may name instead. */
            services: {
                name: components["schemas"]["ServiceName"];
                prefix: string;
                hosts: string[];
            }[];
            accounts: {
                id: string;
                name: string;
                /** @description Every key of each service. */
                keys: {
                    [key: string]: string[];
                };
                /** @description Hellotext's public Business ID. */
                businessId?: string;
                /** @description Connectif's web client id, the token of the client script's URL. */
                webClientId?: string;
                /** @description One gauge per service the account is rate-limited on. */
                rateLimits: components["schemas"]["RateLimitGauge"][];
            }[];
            connectif: {
                contacts: components["schemas"]["RecordPage"];
                products: components["schemas"]["RecordPage"];
                purchases: components["schemas"]["RecordPage"];
                imports: components["schemas"]["JobPage"];
                exports: components["schemas"]["JobPage"];
            };
            hellotext: {
                profiles: components["schemas"]["RecordPage"];
            };
        };
        RateLimitGauge: {
            service: components["schemas"]["ServiceName"];
            /** @description Requests allowed per minute. */
            limit: number;
            /** @description Requests counted in the current window (0 when none is open). */
            used: number;
            /** @description When the current window ends, epoch milliseconds; absent when none is open. */
            resetAt?: number;
        };
        RecordPage: {
            /** @description How many there are, all accounts. */
            total: number;
            /** @description The newest, newest first, as the service's API shows them, with `accountId`. */
            items: {
                [key: string]: unknown;
            }[];
        };
        JobPage: {
            total: number;
            /** @description The newest jobs, newest first. */
            items: {
                id: string;
                accountId: string;
                /** @description The import's type or the export's exportType. */
                kind?: string;
                status: string;
                /** @description Rows (imports) or elements (exports) processed so far. */
                done: number;
                total: number;
                createdAt?: string;
                finishedAt?: string;
            }[];
        };
        JournalMessage: {
            headers: {
                [key: string]: string;
            };
            body?: unknown;
        };
        /** @description Requests per minute, per service, overriding the service's default. */
        RateLimits: {
            [key: string]: number;
        };
        Account: {
            id: string;
            name: string;
            rateLimits: components["schemas"]["RateLimits"];
            /** @description What each service stores for the account (see getAccountSettings for the full view). */
            settings: {
                [key: string]: unknown;
            };
            createdAt: number;
        };
        AccountWithKeys: components["schemas"]["Account"] & {
            /** @description Every key of each service (Hellotext's second one is the Business ID). */
            keys: {
                [key: string]: string[];
            };
        };
        NewAccount: {
            name?: string;
            rateLimits?: components["schemas"]["RateLimits"];
            /** @description Scopes per service (Connectif's are `<area>:<read|write|delete>`). */
            scopes?: {
                [key: string]: string[];
            };
            settings?: components["schemas"]["AccountSettingsChanges"];
        };
        ResetRequest: {
            /**
             * @description `configured`: back to the starting point (fixtures, config). `empty`: the default account alone.
             * @default configured
             * @enum {string}
             */
            scope: "configured" | "empty";
        };
        AccountChange: {
            name?: string;
            /** @description Requests per minute, per service; `null` gives the service back its default. */
            rateLimits?: {
                [key: string]: number | null;
            };
        };
        AccountCreated: {
            id: string;
            name: string;
            rateLimits: components["schemas"]["RateLimits"];
            /** @description One new key per service. */
            keys: {
                [key: string]: string;
            };
        };
        AccountSettings: {
            connectif: components["schemas"]["ConnectifSettings"];
            hellotext: components["schemas"]["HellotextSettings"];
            reskyt: components["schemas"]["ReskytSettings"];
        };
        AccountSettingsChanges: {
            connectif?: components["schemas"]["ConnectifSettingsChanges"];
            hellotext?: components["schemas"]["HellotextSettingsChanges"];
            reskyt?: components["schemas"]["ReskytSettingsChanges"];
        };
        ConnectifStore: {
            name?: string;
            /** Format: uri */
            url?: string;
            /** @description An IANA zone; `Europe/Madrid` when not set. */
            timezone?: string;
        };
        WebActivity: {
            id: string;
            accountId: string;
            contactId: string;
            type: string;
            date: string;
            trackerId?: string;
            details: {
                [key: string]: unknown;
            };
        };
        WebNotification: {
            id: string;
            accountId: string;
            contactId: string;
            trackerId: string;
            receivedAt: string;
            events: string[];
            ignored: {
                path: string;
                reason: string;
            }[];
        };
        WebPushRequest: {
            /** @description The contact, by email or by id. */
            contact: {
                email?: string;
                contactId?: string;
            };
            /** @description The contact's account; the default account when left out. */
            accountId?: string;
            title: string;
            body?: string;
            icon?: string;
            /** @description The page a click opens. */
            url?: string;
            /** @description When the push stops being shown (ISO 8601). */
            expirationDate?: string;
        };
        Segment: {
            id: string;
            accountId: string;
            name: string;
            contacts: string[];
        };
        WebPush: {
            id: string;
            accountId: string;
            contactId: string;
            /** @description The push service URL of the subscription. */
            endpoint: string;
            /** @description What the Service Worker's push event carries: `{title, options{body, icon, data{expirationDate, compact{icon, body}, notificationClick{closeOnClick, actionTypeId, redirectUrl}}}}`. */
            payload: {
                title: string;
                options: {
                    [key: string]: unknown;
                };
            };
            sentAt: string;
        };
        /** @description The web channel: the web client id of the client script's URL, the shard (`env`), and the rules the script applies. */
        ConnectifWebSettings: {
            webClientId?: string;
            env?: string;
            trackingEnabled?: boolean;
            trackAllByDefault?: boolean;
            /** @description Regular expressions of page URLs not tracked. */
            excludeTracking?: string[];
            /** @description Regular expressions of the only page URLs tracked, without trackAllByDefault. */
            includeTracking?: string[];
            /** @description The shop's own Service Worker file, which imports the sandbox's script. */
            serviceWorkerUrl?: string;
            vapidPublicKey?: string;
        };
        ConnectifSettings: {
            store: components["schemas"]["ConnectifStore"];
            /** @description Domains product URLs must belong to, and pages the client script tracks on; empty accepts every domain. */
            allowedDomains: string[];
            web?: components["schemas"]["ConnectifWebSettings"];
        };
        ConnectifSettingsChanges: {
            store?: components["schemas"]["ConnectifStore"];
            allowedDomains?: string[];
            web?: components["schemas"]["ConnectifWebSettings"];
        };
        /** @enum {string} */
        HellotextGeneration: "2022" | "current";
        /** @enum {string} */
        HellotextTechnology: "sms" | "whatsapp" | "instagram" | "mercadolibre";
        HellotextSettings: {
            /** @description The public credential of the browser API. */
            businessId?: string;
            generation: components["schemas"]["HellotextGeneration"];
            integrations: components["schemas"]["HellotextTechnology"][];
            /** @description Overrides of the public business metadata (`getBusiness`). */
            business: {
                [key: string]: unknown;
            };
            strict: components["schemas"]["HellotextStrict"];
        };
        /** @description Whether tracking refuses parameters of the other generation (422) instead of ignoring them with a journal warning (`warnings` in `GET /__admin/requests`). Default false: the APIs of either era ignored parameters they did not know. */
        HellotextStrict: boolean;
        HellotextSettingsChanges: {
            businessId?: components["schemas"]["HellotextId"];
            generation?: components["schemas"]["HellotextGeneration"];
            integrations?: components["schemas"]["HellotextTechnology"][];
            business?: {
                [key: string]: unknown;
            };
            strict?: components["schemas"]["HellotextStrict"];
        };
        ReskytSettings: {
            apiActivated: boolean;
        };
        ReskytSettingsChanges: {
            apiActivated?: boolean;
        };
        Clock: {
            /** Format: date-time */
            now: string;
            frozen: boolean;
        };
        /** @description Milliseconds, or a number and a unit: `61s`, `500ms`, `2m`, `1h`, `1d`. */
        Duration: number | string;
        Retention: {
            /** @description Requests the journal keeps. Default 1000. */
            journalEntries: number;
            /** @description Largest request or response body a journal entry keeps, and the most of a receiver's or CRM's reply a delivery log keeps, in bytes; a larger one is replaced by a note of its size. Default 65536. */
            journalBodyBytes: number;
            /** @description Hellotext tracked events kept, all accounts together. Default 10000. */
            trackedEvents: number;
            /** @description Connectif web activities kept (what the client script's notifications record: page visits, product views, identifications), all accounts together. Default 10000. */
            webActivities: number;
            /** @description Entries kept in each push outbox (Reskyt's, one per push and device token; Connectif's web pushes), all accounts together. Default 10000. */
            outbox: number;
            /** @description Deliveries kept in each delivery log (JivoChat webhooks, Connectif outbound events). Default 200. */
            deliveries: number;
        };
        RetentionChange: {
            journalEntries?: number;
            journalBodyBytes?: number;
            trackedEvents?: number;
            webActivities?: number;
            outbox?: number;
            deliveries?: number;
        };
        ClockChange: {
            advance?: components["schemas"]["Duration"];
            /** @description `true` stops time now; a date or epoch milliseconds stops it there; `false` does nothing. */
            freeze?: boolean | string | number;
            /** @constant */
            unfreeze?: true;
        };
        /** @description A rule needs a `status`, `networkError`, `noAnswer` or `delayMs`, to say what the fault does. `delayMs` may come with any of the others (a slow error). */
        FaultRule: {
            service?: components["schemas"]["ServiceName"];
            operationId?: string;
            method?: string;
            /** @description Answer with this status (and `body`, `headers`) instead of running the route. An error status without a `body` is answered with the service's own error body for it (Connectif's `{status, title, detail}`, Hellotext's `{errors}`, …). */
            status?: number;
            body?: unknown;
            headers?: {
                [key: string]: string;
            };
            /** @description Drop the connection instead of answering (the client sees a reset). */
            networkError?: boolean;
            /** @description Hold the connection open and never answer, until the client gives up (its own timeout). The journal records it with status 0. */
            noAnswer?: boolean;
            delayMs?: components["schemas"]["FaultDelay"];
            /** @description Chance the rule applies to a matching request; 1 when left out. */
            probability?: number;
            /** @description How many requests the rule applies to before it retires. */
            times?: number;
            /** @description The rule's own dice for `probability` and a `delayMs` range: the same seed gives the same hits and misses in the same order, so a run replays. Without one, the rule rolls the sandbox's dice. */
            seed?: number;
        };
        /** @description Wait this long (real time, milliseconds) before answering: a fixed delay, or a range each matching request draws from (`min` and `max` included). */
        FaultDelay: number | {
            min: number;
            max: number;
        };
        StoredFaultRule: {
            id: number;
            hits: number;
            service?: string;
            operationId?: string;
            method?: string;
            status?: number;
            body?: unknown;
            headers?: {
                [key: string]: string;
            };
            networkError?: boolean;
            noAnswer?: boolean;
            delayMs?: components["schemas"]["FaultDelay"];
            probability?: number;
            times?: number;
            seed?: number;
        };
        /** @description What the Pact Verifier sends. Checked by the provider-state handler itself (400 naming what is wrong), as the Verifier reads any answer but 200 as a failed state change. */
        ProviderStateChange: {
            /** @description The state's name, as the pact writes it; `""` is no state. */
            state?: unknown;
            /** @description Values for the state's placeholders (Pact V3+). */
            params?: unknown;
            /** @description `setup` (the default) or `teardown`. */
            action?: unknown;
        };
        OutboundDefinition: {
            /** @description The account that gets the event type; the default account when left out. */
            accountId?: string;
            /** @default Sandbox outbound events */
            integrationName: string;
            /** @description A Connectif `CustomEventTypeCreation` (openapi/connectif.yaml) of category `send`; the route checks it against that schema, naming each issue's path under `eventType`. */
            eventType: {
                /** @constant */
                category: "send";
            } & {
                [key: string]: unknown;
            };
        };
        OutboundSend: {
            contact: {
                email?: string;
                externalId?: string;
            };
            /** @description Field id → a literal value, or `{"contactField": "<field id>"}`. */
            values?: {
                [key: string]: unknown;
            };
            /** @default 10000 */
            timeoutMs: number;
        };
        OutboundDelivery: {
            id: string;
            accountId: string;
            eventTypeId: string;
            contactId: string;
            /** @enum {string} */
            status: "delivered" | "failed";
            /** Format: date-time */
            at: string;
            durationMs: number;
            request: {
                method: string;
                url: string;
                headers: {
                    [key: string]: string;
                };
                body?: unknown;
            };
            response?: {
                status: number;
                body: string;
            };
            error?: string;
        };
        TrackedEvent: {
            id: string;
            action: string;
            profile?: string | null;
            session?: string | null;
            object?: string | null;
            object_type?: string | null;
            amount?: number | null;
            currency?: string | null;
            metadata?: {
                [key: string]: unknown;
            };
            tracked_at?: number;
            created_at?: number;
            url?: string;
            /** @enum {string} */
            via: "api" | "browser";
            generation: components["schemas"]["HellotextGeneration"];
        };
        HellotextSession: {
            id: string;
            /** @constant */
            type?: "session";
            /** @description The profile's public id, or null (Hellotext's live API may answer a number). */
            profile?: string | number | null;
            created_at?: number;
        };
        /** @description `id` (8 letters or digits; a new one when left out), `accountId`, and the widget's own members. */
        NewWidget: {
            id?: components["schemas"]["HellotextId"];
            accountId?: string;
        } & {
            [key: string]: unknown;
        };
        OutboxEntry: {
            id: string;
            accountId: string;
            /** @enum {string} */
            source: "json" | "legacy";
            token: string;
            knownToken: boolean;
            title: string;
            url?: string;
            pictureUrl?: string;
            utmCampaign?: string;
            /** @description Epoch seconds after which the push is no longer delivered. */
            dateEnd?: number;
            /** Format: date-time */
            acceptedAt: string;
            /** @enum {string} */
            deliveryState: "queued" | "delivered" | "expired" | "unknown-token";
        };
        Device: {
            accountId: string;
            token: string;
            /** @enum {string} */
            platform?: "android" | "ios";
            /** Format: date-time */
            registeredAt: string;
        };
        /** @enum {string} */
        JivoEventName: "chat_accepted" | "chat_updated" | "client_updated" | "client_attribute_updated" | "chat_finished" | "offline_message" | "call_event" | "chat_assigned";
        JivoSend: {
            event: components["schemas"]["JivoEventName"];
            /** @description The CRM endpoint URL. */
            to: string;
            /** @description One seed gives one conversation (the same ids and visitor); 1 by default. */
            seed?: number;
            /** @description Milliseconds the whole reply may take; 3000 by default. */
            timeoutMs?: number;
            /** @description `path` → value to set in the payload (`visitor.email`, `chat.messages[0].message`). */
            overrides?: {
                [key: string]: unknown;
            };
            /** @description Payload paths to remove. */
            unset?: string[];
        };
        JivoConversationRequest: {
            /** @description The CRM endpoint URL. */
            to: string;
            /** @description One seed gives one conversation (the same ids and visitor); 1 by default. */
            seed?: number;
            /** @description Milliseconds the whole reply may take; 3000 by default. */
            timeoutMs?: number;
            /** @description `path` → value to set in the payload (`visitor.email`, `chat.messages[0].message`). */
            overrides?: {
                [key: string]: unknown;
            };
            /** @description Payload paths to remove. */
            unset?: string[];
            /** @description Send one `offline_message` instead of a chat. */
            offline?: boolean;
        };
        /** @enum {string} */
        JivoOutcome: "ok" | "violations" | "unreachable";
        JivoReport: {
            ok: boolean;
            outcome: components["schemas"]["JivoOutcome"];
            event: string;
            operationId: string;
            url: string;
            seed: number;
            timeoutMs: number;
            status: number | null;
            durationMs: number;
            violations: {
                code: string;
                path: string;
                message: string;
            }[];
        };
        JivoDelivery: components["schemas"]["JivoReport"] & {
            id: number;
            /** Format: date-time */
            at: string;
        };
        NewCrmContact: {
            name?: string;
            email?: string;
            emails?: string[];
            phone?: string;
            phones?: string[];
            description?: string;
            managerLogin?: string;
            lifetimeValue?: number;
            currency?: string;
            lastPurchase?: {
                reference: string;
                date: string;
                total: number;
            };
            userToken?: string;
            jivoClientId?: string;
        };
        /** @description A user, contact, lead, task, transcript or call of the reference CRM. */
        CrmRecord: {
            id: string;
            /** @description A user's or contact's name. */
            name?: string;
            /** @description A user's login, the e-mail Jivo agents are matched by. */
            login?: string;
        };
    };
    responses: {
        /** @description No admin token, or a wrong one, where the sandbox requires one (`serve` bound to anything but loopback, or given a token). Send `Authorization: Bearer <token>`, or open `/?token=<token>` in a browser. */
        Unauthorized: {
            headers: {
                /** @example Bearer realm="martech-sandbox admin" */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description A cross-site call, refused over HTTP whatever the token: `Sec-Fetch-Site: cross-site`, or an `Origin` other than the sandbox's own. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The request cannot be carried out as sent (the reason says why). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description No such account, record or admin endpoint. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The id or value is already taken. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The body, query or path breaks this document; each issue names its JSON path. */
        Invalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The body is over the admin API's limit (50 MB). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The body is not `application/json`. Over HTTP, a state-changing call with a `text/plain`, form or multipart content type is refused so even without a body: a page on another site can send those without a CORS preflight. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description Tracked events, newest first, with the route and generation that took each. */
        TrackedEvents: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    events: components["schemas"]["TrackedEvent"][];
                };
            };
        };
        /** @description The session. */
        HellotextSession: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HellotextSession"];
            };
        };
        /** @description The device. */
        Device: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Device"];
            };
        };
        /** @description The CRM's settings. */
        CrmSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    defaultManagerLogin?: string;
                };
            };
        };
    };
    parameters: {
        /**
         * @description The account's id (`acct_…`).
         * @example acct_r5SuQv6hLp2N
         */
        AccountId: string;
        /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
        RecordId: string;
        /**
         * @description The account whose records to read or write; the default account when left out.
         * @example acct_r5SuQv6hLp2N
         */
        HellotextAccount: string;
        /**
         * @description Only this account's records; every account's when left out.
         * @example acct_r5SuQv6hLp2N
         */
        OptionalAccount: string;
        /**
         * @description Only this service's provider states (an unknown service is 404).
         * @example connectif
         */
        StateService: string;
        /** @example contacts */
        CrmCollection: "leads" | "contacts" | "tasks" | "transcripts" | "calls" | "users";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    resetSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetRequest"];
            };
        };
        responses: {
            /** @description The sandbox is back at its starting point (or empty). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                service?: components["schemas"]["ServiceName"];
                /** @example 429 */
                status?: number;
                /** @example createPurchase */
                operationId?: string;
                accountId?: string;
                /** @example 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: components["schemas"]["JournalEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    streamRequests: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The last entry id the client saw (EventSource sends it when it reconnects).
                 * @example 41
                 */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream; the first line is a comment, so the client knows it is open. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Invalid"];
        };
    };
    listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every account, oldest first, with every key of every service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: components["schemas"]["AccountWithKeys"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NewAccount"];
            };
        };
        responses: {
            /** @description The account and its keys. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id (`acct_…`).
                 * @example acct_r5SuQv6hLp2N
                 */
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountChange"];
            };
        };
        responses: {
            /** @description The account after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    getAccountSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id (`acct_…`).
                 * @example acct_r5SuQv6hLp2N
                 */
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAccountSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id (`acct_…`).
                 * @example acct_r5SuQv6hLp2N
                 */
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountSettingsChanges"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    getSummary: {
        parameters: {
            query?: {
                /** @description Newest records of each kind to include. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Invalid"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    moveClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockChange"];
            };
        };
        responses: {
            /** @description The sandbox time after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    getRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limits in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Retention"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionChange"];
            };
        };
        responses: {
            /** @description The limits after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Retention"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules, in the order they are tried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        faults: components["schemas"]["StoredFaultRule"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    addFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRule"];
            };
        };
        responses: {
            /** @description The rule as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFaultRule"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No rules are left. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    deleteFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listProviderStates: {
        parameters: {
            query?: {
                /**
                 * @description Only this service's provider states (an unknown service is 404).
                 * @example connectif
                 */
                service?: components["parameters"]["StateService"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description State names; `{placeholders}` match any text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        states: string[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Invalid"];
        };
    };
    runProviderState: {
        parameters: {
            query?: {
                /**
                 * @description Only this service's provider states (an unknown service is 404).
                 * @example connectif
                 */
                service?: components["parameters"]["StateService"];
                /**
                 * @description The account the Verifier's requests authenticate as.
                 * @example acct_r5SuQv6hLp2N
                 */
                account?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProviderStateChange"];
            };
        };
        responses: {
            /** @description The values the state hands the pact (Pact's provider-state injected values). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    getImportErrorReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getExportFile: {
        parameters: {
            query?: {
                /**
                 * @description The link's token; without one, the link is invalid (403).
                 * @example Zq3xY7pLm2Kd9RtW4sVb8NcJ6hGf1QeA
                 */
                token?: string;
            };
            header?: never;
            path: {
                /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP, one CSV inside. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description The link is unknown or has expired (Connectif's `HttpError`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: number;
                        title: string;
                        detail: string;
                    };
                };
            };
            422: components["responses"]["Invalid"];
        };
    };
    defineOutboundEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundDefinition"];
            };
        };
        responses: {
            /** @description The event type and the integration it belongs to. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        integrationId: string;
                        eventType: {
                            id: string;
                            name: string;
                            category: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    sendOutboundEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 65f0c1d2e3f4a5b6c7d8e9f4 */
                eventTypeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundSend"];
            };
        };
        responses: {
            /** @description The delivery, delivered or failed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listOutboundDeliveries: {
        parameters: {
            query?: {
                eventTypeId?: string;
                accountId?: string;
                status?: "delivered" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every delivery, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: components["schemas"]["OutboundDelivery"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    listActivities: {
        parameters: {
            query?: {
                accountId?: string;
                contactId?: string;
                email?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activities: components["schemas"]["WebActivity"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    listWebNotifications: {
        parameters: {
            query?: {
                accountId?: string;
                contactId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: components["schemas"]["WebNotification"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    listSegments: {
        parameters: {
            query?: {
                /**
                 * @description Only this account's records; every account's when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["OptionalAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        segments: components["schemas"]["Segment"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    createSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The account; the default account when left out. */
                    accountId?: string;
                    id?: string;
                    name: string;
                    /** @description Member e-mails. */
                    contacts?: string[];
                };
            };
        };
        responses: {
            /** @description The segment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listWebPushes: {
        parameters: {
            query?: {
                accountId?: string;
                contactId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pushes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pushes: components["schemas"]["WebPush"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    sendWebPush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebPushRequest"];
            };
        };
        responses: {
            /** @description The pushes, one per subscription. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pushes: components["schemas"]["WebPush"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listTrackedEvents: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TrackedEvents"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listProfileEvents: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path: {
                /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TrackedEvents"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessionEvents: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path: {
                /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TrackedEvents"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's sessions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: components["schemas"]["HellotextSession"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    makeSessionKnown: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The session id; a new UUID when left out. */
                    id?: string;
                    accountId?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["HellotextSession"];
            201: components["responses"]["HellotextSession"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    setMessageState: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path: {
                /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "pending" | "routed" | "delivered" | "failed" | "received";
                    accountId?: string;
                };
            };
        };
        responses: {
            /** @description The message in its new state (Hellotext's Message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state?: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    setTemplateState: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path: {
                /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "pending" | "approved" | "rejected";
                    accountId?: string;
                };
            };
        };
        responses: {
            /** @description The template in its new state (Hellotext's Template). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state?: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listSubmissions: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submissions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submissions: {
                            id: string;
                            /** @enum {string} */
                            kind: "form" | "popup";
                            parentId?: string;
                            otp: string;
                            state: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listIdentifications: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identifications, newest first; `receipt` is what getIdentification takes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        identifications: {
                            receipt: string;
                            session: string;
                            profile: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createForm: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWidget"];
            };
        };
        responses: {
            /** @description The form. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    createPopup: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: components["schemas"]["HellotextId"];
                    accountId?: string;
                    html: string;
                    /** @default es */
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description The popup. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        html: string;
                        locale: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    createWebchat: {
        parameters: {
            query?: {
                /**
                 * @description The account whose records to read or write; the default account when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["HellotextAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: components["schemas"]["HellotextId"];
                    accountId?: string;
                };
            };
        };
        responses: {
            /** @description The webchat. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                token?: string;
                state?: "queued" | "delivered" | "expired" | "unknown-token";
                source?: "json" | "legacy";
                /**
                 * @description Only this account's records; every account's when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["OptionalAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pushes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pushes: components["schemas"]["OutboxEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    clearOutbox: {
        parameters: {
            query?: {
                /**
                 * @description Only this account's records; every account's when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["OptionalAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outbox (of the account, when given) is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listDevices: {
        parameters: {
            query?: {
                /**
                 * @description Only this account's records; every account's when left out.
                 * @example acct_r5SuQv6hLp2N
                 */
                accountId?: components["parameters"]["OptionalAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devices: components["schemas"]["Device"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    registerDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId?: string;
                    token: string;
                    /** @enum {string} */
                    platform?: "android" | "ios";
                };
            };
        };
        responses: {
            200: components["responses"]["Device"];
            201: components["responses"]["Device"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    sendJivoEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JivoSend"];
            };
        };
        responses: {
            /** @description The report, with the delivery's id and time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JivoDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    playJivoConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JivoConversationRequest"];
            };
        };
        responses: {
            /** @description One report per delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        outcome: components["schemas"]["JivoOutcome"];
                        url: string;
                        seed: number;
                        reports: components["schemas"]["JivoReport"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listJivoDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: components["schemas"]["JivoDelivery"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    clearJivoDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery log is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getCrmSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CrmSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateCrmSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The login of a CRM user. */
                    defaultManagerLogin: string;
                };
            };
        };
        responses: {
            200: components["responses"]["CrmSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    createCrmUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    name?: string;
                    default?: boolean;
                };
            };
        };
        responses: {
            /** @description The user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    createCrmContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCrmContact"];
            };
        };
        responses: {
            /** @description The contact. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    listCrmRecords: {
        parameters: {
            query?: {
                email?: string;
                phone?: string;
                chatId?: string;
            };
            header?: never;
            path: {
                /** @example contacts */
                collection: components["parameters"]["CrmCollection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records, under the collection's name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
        };
    };
    getCrmRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example contacts */
                collection: components["parameters"]["CrmCollection"];
                /** @example 65f0c1d2e3f4a5b6c7d8e9f5 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Invalid"];
        };
    };
}
