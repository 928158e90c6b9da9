/**
 * Generated from openapi/reskyt.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
export interface paths {
    "/api/v2/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a push notification to one or more app devices
         * @description Queues one push notification for the given device tokens. Connectif's outbound event sends exactly one token, the contact's `reskyt-token` field, at JSON pointer `/tokens/0`. Inferred: the HTTP method is not public; POST is assumed because the call creates a push from a JSON body.
         */
        post: operations["sendPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a push notification with the legacy form API
         * @description Legacy App4Less/Reskyt push call. The credentials travel in the form body, not in a header. The known clients treat the body `1` as success and any other body (or a network error) as failure; they do not look at the HTTP status.
         */
        post: operations["sendLegacyPush"];
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
        /**
         * @description Push token of one app installation, as the app exposes it to its webview in the cookie `token_md5` (Connectif stores it in the contact field `reskyt-token`). Several contacts may share a token, for example when they log in on the same device.
         * @example 5d41402abc4b2a76b9719d911017c592
         */
        DeviceToken: string;
        /** @description Body of a JSON push request, with the fields Connectif's outbound event sends. */
        PushRequest: {
            /**
             * @description Title of the notification.
             * @example ¡Tu carrito te espera! Termina tu compra con un 10% de descuento
             */
            title: string;
            /** @description Device tokens to notify. Connectif sends a single token, mapped from the contact's `reskyt-token` field to JSON pointer `/tokens/0`. */
            tokens: components["schemas"]["DeviceToken"][];
            /**
             * @description End date of the push as a Unix timestamp, e.g. the end of the offer it announces, so that it stops being sent once the offer is over. Optional but recommended by Connectif, whose article also says Reskyt sets the deadline two months after delivery. Inferred: the article only says "Timestamp format" (pointing at an epoch converter) and defines the field as Text, so the value is taken to be a string of decimal digits counting seconds since 1970-01-01T00:00:00Z (not milliseconds); the two-month deadline is read as the default when the field is omitted.
             * @example 1790805599
             */
            dateEnd?: string;
            /**
             * Format: uri
             * @description Image shown in the notification.
             * @example https://www.modaurbana-shop.es/media/push/carrito-10.jpg
             */
            pictureUrl?: string;
            /**
             * Format: uri
             * @description Page the app opens when the notification is tapped.
             * @example https://www.modaurbana-shop.es/checkout/cart
             */
            url?: string;
            /**
             * @description UTM campaign added to the opened link; the only way to estimate clicks, since Reskyt reports no push statistics.
             * @example carrito-abandonado
             */
            utmCampaign?: string;
        };
        /** @description Acknowledgement of a queued push. Inferred: the JSON API's response body is not public; `{"success": true}` follows the research's suggestion for the mock. */
        PushResult: {
            /** @constant */
            success: true;
        };
        /** @description Error answered by the JSON API for a malformed body or a missing, unknown or inactive API key. Inferred: Reskyt's error bodies are not public; a single `error` message is chosen. */
        Error: {
            /** @description Human-readable description of the problem. */
            error: string;
        };
        /** @description Error answered by the JSON API when a body field is missing or invalid. Inferred: Reskyt's validation errors are not public; the body names the first offending field. */
        ValidationError: {
            /** @description Human-readable description of the problem. */
            error: string;
            /**
             * @description Name of the offending request-body field.
             * @enum {string}
             */
            field: "title" | "tokens" | "dateEnd" | "pictureUrl" | "url" | "utmCampaign";
        };
        /** @description Form body of the legacy push call. All six fields are sent by every known client. Inferred: which fields the server requires is not public; `user`, `password`, `titulo` and `tokens` are taken as required and non-empty, while `url` and `campaign` may be omitted. */
        LegacyPushForm: {
            /**
             * @description API user of the Reskyt account.
             * @example modaurbana
             */
            user: string;
            /**
             * @description API password of the Reskyt account (the Laravel client's config calls it `APP4LESS_APIKEY` / `api_key`).
             * @example 8c1f0e2a7d4b9e63
             */
            password: string;
            /**
             * @description Title of the notification (Spanish field name).
             * @example Nuevas rebajas de temporada, ¡hasta -50%!
             */
            titulo: string;
            /**
             * Format: uri
             * @description Page the app opens when the notification is tapped.
             * @example https://www.modaurbana-shop.es/rebajas
             */
            url?: string;
            /**
             * @description UTM campaign label added to the opened link.
             * @example rebajas-verano
             */
            campaign?: string;
            /**
             * @description One device token, or several joined by semicolons (`TOKEN1;TOKEN2;TOKEN3`). Each token is a `DeviceToken`.
             * @example 5d41402abc4b2a76b9719d911017c592;9e107d9d372bb6826bd81d3542a419d6
             */
            tokens: string;
        };
        /**
         * @description The exact body the legacy API answers when the push is accepted.
         * @constant
         */
        LegacyPushSuccess: "1";
        /**
         * @description Body of a failed legacy call. Inferred: the real failure bodies are not public (clients only know that anything other than `1` is a failure); `0` is chosen.
         * @constant
         */
        LegacyPushFailure: "0";
    };
    responses: {
        /** @description The push was accepted for delivery. Nothing reports later whether it reached the devices. Inferred: the JSON API's success status is not public; 200 is chosen. */
        PushAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PushResult"];
            };
        };
        /** @description The body is not a JSON object. Inferred: the JSON API's error statuses are not public; 400 is chosen for an unparseable body, 422 for invalid fields. */
        MalformedBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `x-api-key` header is missing, or its value is not a key Reskyt issued. Inferred: the JSON API's auth failures are not public; 401 is chosen for both a missing and an unknown key, since neither identifies an account. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key belongs to an account for which Reskyt has not activated the push API (Connectif's article says the API must be activated on request). Inferred: whether and how Reskyt rejects such a key is not public; 403 is chosen because the caller is identified but not allowed. */
        ApiNotActivated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A required field is missing or a field is invalid; `field` names it. Inferred: the JSON API's validation status is not public; 422 is chosen. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description The body is over 1 MB. Inferred: the JSON API's limits are not public; a push is a few hundred bytes, and the sandbox refuses a body over 1 MB with 413. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The account is over the request limit the sandbox was given for it. Inferred: Reskyt documents no rate limit; only an account given one through the admin API (`rateLimits.reskyt`) gets this answer. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The push was accepted; the body is exactly `1`. Inferred: the clients check only the body, never the status; 200 is assumed. */
        LegacyPushAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["LegacyPushSuccess"];
            };
        };
        /** @description A required form field is missing or empty. Inferred: the real status and body are not public (a real server may answer 200 with a body other than `1`, which clients also read as failure); 400 with body `0` is chosen. */
        LegacyMissingFields: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["LegacyPushFailure"];
            };
        };
        /** @description `user` and `password` do not match a Reskyt account. Inferred: the real status and body are not public (a real server may answer 200 with a body other than `1`, which clients also read as failure); 401 with body `0` is chosen. */
        LegacyBadCredentials: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["LegacyPushFailure"];
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
    sendPush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushRequest"];
            };
        };
        responses: {
            200: components["responses"]["PushAccepted"];
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ApiNotActivated"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    sendLegacyPush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LegacyPushForm"];
            };
        };
        responses: {
            200: components["responses"]["LegacyPushAccepted"];
            400: components["responses"]["LegacyMissingFields"];
            401: components["responses"]["LegacyBadCredentials"];
        };
    };
}
