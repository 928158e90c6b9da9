/**
 * Generated from openapi/hellotext.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
export interface paths {
    "/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List profiles
         * @description Profiles of the business, newest first.
         */
        get: operations["listProfiles"];
        put?: never;
        /**
         * Create a profile
         * @description Creates a profile, or matches an existing one by phone or email. Creating a profile does not subscribe it. Some property updates finish in the background, so read the profile back before relying on them.
         */
        post: operations["createProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** Retrieve a profile */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a profile
         * @description Changes the given fields. Some property updates finish in the background.
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/v1/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define a custom profile property
         * @description Defines a custom profile property; its `id` is then used as the key of `property_by_id` when creating or updating profiles.
         */
        post: operations["createProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SDK's session UUID or an existing session id.
                 * @example da834c54-97fa-44ef-bafd-2bd4fec60636
                 */
                session: components["parameters"]["SessionPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a session to a profile (2022 form)
         * @deprecated
         * @description The 2022 help-centre form of `attachSession`: `POST` instead of `PATCH`, answering 201 with the session object. The Spanish 2022 page names the body key `profile_id`. Newer sources use `PATCH` and 200 only.
         */
        post: operations["attachSessionLegacy"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Attach a session to a profile
         * @description Links a browser session (the SDK's UUID or an existing session id) to a profile. Attaching moves the session's anonymous events and carts to the profile in the background.
         *
         *     Quirks: the session must already be known to the server (tracking or identification must have reached it; the UUID the browser generates is not enough), otherwise 404. The answer is 200 **even when the server refused to change the owner**: a session that belongs to another profile is not moved (an anonymous contact may be merged into the target instead). In the live API the response's `profile` holds an internal numeric contact id or null; the sandbox returns the public profile id (see `Session.profile`).
         */
        patch: operations["attachSession"];
        trace?: never;
    };
    "/v1/attribution/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tracked events
         * @description Tracked events, newest first. Inferred: the research only knows that "the event list uses a cursor" (help centre); the path, the response shape and the absence of filters are the sandbox's choices (research A3).
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Track an event server-side
         * @description Records an action (a built-in action from `BuiltInAction` or an existing custom action) for a profile, or for a session whose events move to its profile once attached. The body must be JSON; form data is not equivalent.
         *
         *     **Two generations of this contract, one operation.** The request body is `oneOf` two named schemas that no realistic body matches both of:
         *     - **`TrackEvent2022`**, the December 2022 help-centre text (the Spanish tracking guide):
         *       legacy keys `product` / `product_id`, `profile` / `profile_id`, `session_id`. The 2022
         *       generation answers **HTTP 201 `{"state":"ok"}`**. martech-sandbox serves this generation by
         *       default.
         *
         *     - **`TrackEvent`**, the current contract (2023+ SDK docs, 2026 help centre): `profile` or
         *       `session`, `object` or `object_parameters`, `object_type`, `amount`, `currency`,
         *       `metadata`, `tracked_at`, `url`. The current generation answers **HTTP 200
         *       `{"status":"received"}`**. The current docs say explicitly not to use `profile_id` or
         *       `session_id`.
         *
         *
         *     Either acknowledgement means "accepted for asynchronous processing": it is not proof that the event was stored, and it returns no event, object or order id. `object_parameters` may create a product, cart or order even if the event later fails. Built-in order lifecycle actions on identified profiles are de-duplicated per (order, action): a repeated `order.shipped` for the same order adds nothing. Otherwise there is no idempotency.
         *
         *     Errors: 401 bad token; 403 plan without API access; 404 unknown action or unknown session (a session exists on the server only after tracking or identification reached it); 422 missing parameters, a bad profile, session or object, a profile/session mismatch, `currency` without `amount`, or a bad `tracked_at`.
         *
         *     **Which generation answers, in martech-sandbox.** The body's shape says which generation it is written for: a legacy key (`product`, `product_id`, `profile_id`, `session_id`) makes a 2022 body, a current-only key (`session`, `object`, `object_parameters`, `object_type`, `amount`, `currency`, `metadata`, `tracked_at`, `url`) a current body, and a body with only `action` and `profile` is neutral. The generation the sandbox plays is chosen per account (the `hellotext.generation` account setting, `2022` unless changed) and per request with the sandbox-only `X-Sandbox-Hellotext-Generation` header. A neutral body is acknowledged by the selected generation. The other generation's parameters are ignored, with a warning in the request's journal entry (`GET /__admin/requests`), since the APIs of either era ignored parameters they did not know (the 2022 one answers `page.viewed` with `url` 201); an account whose `hellotext.strict` setting is true gets 422 instead (see the `generationMismatch` example). A body mixing both generations' keys breaks both schemas and is 422 either way.
         */
        post: operations["trackEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attribution/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Products, newest first; used for reconciliation. Inferred: the help centre mentions a paginated product list but the route itself is not documented (research A3).
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description Creates a product. `image_url` must be public (Hellotext downloads it). A `reference` can repeat across sources; (`source`, `reference`) is unique. There are no stock or availability fields.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attribution/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a product
         * @description The path key may be the product's id, its `reference` or its `sku`.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Delete a product
         * @description Inferred: the help centre mentions deleting products but documents neither the route nor its answer; the sandbox takes the id only and returns the deleted product (research A3).
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Update a product
         * @description The path key may be the product's id, its `reference` or its `sku`. `variants: []` deletes every variant; omitting `variants` leaves them as they are.
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/v1/attribution/products/{product_id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a variant to a product */
        post: operations["createVariant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attribution/variants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** Retrieve a variant */
        get: operations["getVariant"];
        put?: never;
        post?: never;
        /** Delete a variant */
        delete: operations["deleteVariant"];
        options?: never;
        head?: never;
        /** Update a variant */
        patch: operations["updateVariant"];
        trace?: never;
    };
    "/v1/attribution/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Orders, newest first. Inferred: the help centre mentions a paginated order list but the route itself is not documented (research A3).
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create an order
         * @description Creates an order. There is **no `total` parameter**: the total is computed from the items (an item without `price` uses the product's current price) and `getOrder` returns it. The WooCommerce plugin and vtex-checkout still send `total` or `amount`/`currency`; the sandbox tolerates and ignores them. `delivery` is required for `source: custom_store`. Creating an order tracks no event: send `order.placed` to `trackEvent` for that.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attribution/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** Retrieve an order */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an order
         * @description Fixes the order's attributes. It tracks no lifecycle event: send `order.shipped`, `order.delivered`, … to `trackEvent` for that.
         */
        patch: operations["updateOrder"];
        trace?: never;
    };
    "/v1/attribution/orders/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an item to an order
         * @description Inferred: the help centre documents order-item endpoints (anchor `#order_items`) but their paths are unknown; the sandbox uses `/v1/attribution/orders/{id}/items` and `/v1/attribution/order_items/{id}` (research A3).
         */
        post: operations["createOrderItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attribution/order_items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an order item
         * @description Inferred: path unknown (see `createOrderItem`).
         */
        get: operations["getOrderItem"];
        put?: never;
        post?: never;
        /**
         * Remove an item from an order
         * @description Inferred: path unknown (see `createOrderItem`); the sandbox returns the removed item.
         */
        delete: operations["deleteOrderItem"];
        options?: never;
        head?: never;
        /**
         * Update an order item
         * @description Inferred: path unknown (see `createOrderItem`).
         */
        patch: operations["updateOrderItem"];
        trace?: never;
    };
    "/v1/attribution/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List carts
         * @description Carts, newest first. The help centre's way to find a cart by `reference`/`source` is to page through this list.
         */
        get: operations["listCarts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a coupon
         * @description `code` is case-sensitive and unique in the business; `destination_url` must be public.
         */
        post: operations["createCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons/{id}": {
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
        /** Update a coupon */
        patch: operations["updateCoupon"];
        trace?: never;
    };
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description Messages, newest first. Inferred: the help centre links to an API-reference anchor `list_all_messages` but the route and the message object are not documented (research A3).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Queues one message. The recipient is `profile` and/or `destination` (E.164); `destination` alone finds or creates the profile. The content is `body` or `template`; when `template` is present, `body` is ignored. `{shortlink:https://…}` and `{shortlink:name}` tokens in `body` are expanded. `attachments` are ignored for SMS.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a message
         * @description Inferred: the help centre links to an API-reference anchor `retrieve_a_message` but the route and the message object are not documented (research A3).
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a message template
         * @description SMS templates are created `approved`; WhatsApp templates start `pending` until approved or rejected. `header`, `footer` and `buttons` are WhatsApp only. Body tags: `{name}`, `{full_name}`, `{last_name}`, `{email}`, `{phone}`, `{birthday}`, `{custom_property}`.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** Retrieve a template */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /** Delete a template */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /** Update a template */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/v1/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actions
         * @description The business's actions, newest first. Inferred: the help centre documents an Actions API (anchor `#actions`) but not its path or object; the sandbox uses `/v1/actions` and the `Action` schema (research A3).
         */
        get: operations["listActions"];
        put?: never;
        /**
         * Create a custom action
         * @description Custom actions use lowercase `object.verb` names, are unique in the business, may not clash with built-in names, must exist before their first event, and need no object. Inferred: path and object (see `listActions`).
         */
        post: operations["createAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an action
         * @description Inferred: path and object (see `listActions`).
         */
        get: operations["getAction"];
        put?: never;
        post?: never;
        /**
         * Delete an action
         * @description Inferred: path and object (see `listActions`); the sandbox returns the deleted action.
         */
        delete: operations["deleteAction"];
        options?: never;
        head?: never;
        /**
         * Rename an action
         * @description Inferred: path and object (see `listActions`).
         */
        patch: operations["updateAction"];
        trace?: never;
    };
    "/v1/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom object structures
         * @description Object structures, newest first. Built-in structures: apps, carts, forms, locations, orders, products, refunds. Inferred: the help centre documents an Objects API (anchor `#objects`) but not its path; the sandbox uses `/v1/objects` (research A3).
         */
        get: operations["listObjects"];
        put?: never;
        /**
         * Create a custom object structure
         * @description Defines a structure; instances are then created inline by `trackEvent` through `object_type` + `object_parameters`. Inferred: path (see `listObjects`).
         */
        post: operations["createObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a custom object structure
         * @description Inferred: path (see `listObjects`).
         */
        get: operations["getObject"];
        put?: never;
        post?: never;
        /**
         * Delete a custom object structure
         * @description Inferred: path (see `listObjects`); the sandbox returns the deleted structure.
         */
        delete: operations["deleteObject"];
        options?: never;
        head?: never;
        /**
         * Update a custom object structure
         * @description Inferred: path (see `listObjects`).
         */
        patch: operations["updateObject"];
        trace?: never;
    };
    "/v1/wordpress/webchats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the business's webchat ids (WooCommerce plugin) */
        get: operations["listWordpressWebchats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/woo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a WooCommerce shop
         * @description Called by the WooCommerce plugin when it is activated, with the WooCommerce REST keys it created for Hellotext. This route has no `/v1` prefix.
         */
        post: operations["createWooIntegration"];
        /**
         * Unlink a WooCommerce shop
         * @description Called by the WooCommerce plugin when it is deactivated. This route has no `/v1` prefix.
         */
        delete: operations["deleteWooIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/track/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Track an event from the browser, an app or a plugin
         * @description The public tracking route of hellotext.js (`Hellotext.track`), the WooCommerce plugin (sent from the server, non-blocking, with the `hello_session` cookie's session), the vtex-checkout package and the iOS SDK. Authenticated with the Business ID. The SDK counts **only HTTP 200** as success; any other status is a failure. Bodies under about 60 KB are sent with `fetch(…, {keepalive: true})`. In preview mode (`hello_preview` URL parameter) the SDK makes no request at all.
         */
        post: operations["trackBrowserEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/track/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a session (legacy)
         * @deprecated
         * @description How the iOS SDK, and hellotext.js before January 2025, obtained a session id. Current hellotext.js generates a UUID v4 in the browser instead.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/identifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Identify the visitor (Hellotext.identify)
         * @description Links the browser session to a user of the site. The SDK treats any 2xx as success and then stores the `hello_user_id`, `hello_user_source` and `hello_user_identification_hash` cookies; `Hellotext.forget()` clears them and keeps `hello_session`.
         */
        post: operations["createIdentification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/identifications/{receipt}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check an identification's status */
        get: operations["getIdentification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/acks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a new session
         * @description Sent once per new session (fire and forget, `keepalive`); the SDK then sets the `hello_session_ack_at` cookie.
         */
        post: operations["createAck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/businesses/{business_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve the business's public metadata */
        get: operations["getBusiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a form */
        get: operations["getForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/forms/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a form */
        post: operations["createFormSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/submissions/{id}/otps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send (again) the one-time code of a submission
         * @description The SDK sends no body.
         */
        post: operations["resendSubmissionOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/submissions/{id}/otps/{otp}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the one-time code of a submission
         * @description The SDK sends no body; the code travels in the path.
         */
        post: operations["verifySubmissionOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/popups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a popup */
        get: operations["getPopup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/popups/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a popup */
        post: operations["createPopupSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/popups/{id}/submissions/{submission_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resend a popup submission's one-time code */
        post: operations["resendPopupSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/popups/{id}/submissions/{submission_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a popup submission */
        post: operations["cancelPopupSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/push/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a web-push identity */
        post: operations["createPushIdentity"];
        /** Remove a web-push identity */
        delete: operations["deletePushIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/push/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a push-permission alert interaction
         * @description Sent with `keepalive`; the SDK does not read the (empty) success response.
         */
        post: operations["createPushAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/webchats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a webchat
         * @description The webchat hellotext.js mounts when initialised with `webchat: {id}`: HTML holding one `<article>` (the SDK parses the text and takes that element), whose Stimulus controller (`hellotext--webchat`) reads the webchat id, the visitor's conversation and the targets it drives. The SDK sends `session`, `placement` and `style[…]`. Inferred: the real markup is Hellotext's; the sandbox serves an emulation with the values and targets the SDK reads.
         */
        get: operations["getWebchat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/webchats/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /**
         * List a visitor's webchat messages
         * @description The visitor's conversation on the webchat, a page at a time, as hellotext.js reads it when the visitor scrolls up: `{next, messages}`, `next` the following (older) page or `null`. Inferred: the page size (20), that page 1 holds the newest messages, and that each page lists them newest first (the SDK prepends them one by one).
         */
        get: operations["listWebchatMessages"];
        put?: never;
        /**
         * Send a visitor's webchat message
         * @description What hellotext.js sends when the visitor writes: multipart form data (not JSON) with `message[body]` and/or files under `message[attachments][]`, the `session` and the `locale` (quick replies add `message[replied_to]`, `message[product]`, `message[button]`). Any 2xx is success to the SDK, which reads `id` and `conversation`. Inferred: the status (201), that a message needs a body or an attachment, and that attachments come back as `data:` URLs (the sandbox keeps no file store).
         */
        post: operations["createWebchatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/webchats/{id}/messages/seen": {
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
        /**
         * Mark a visitor's webchat messages seen
         * @description hellotext.js sends `{session, message}` when the visitor opens the webchat (`message` null: everything so far) or reads a new message (its id); it ignores the answer. Inferred: the answer (204).
         */
        patch: operations["markWebchatMessagesSeen"];
        trace?: never;
    };
    "/v1/public/widgets/whatsapp/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the WhatsApp widget
         * @description The WhatsApp launcher hellotext.js shows: JSON `{html, business, locale}`, `html` holding an `<article>` the SDK mounts (a non-2xx or non-JSON answer makes it show nothing). The SDK sends `locale` and `placement`, and the page's overrides `whatsapp[number]`, `whatsapp[body]` and `whatsapp[appearance][launcher][icon_url]`. The path is the SDK's current one (its own test pins `/v1/public/widgets/whatsapp/{id}`; versions before 2026 called `/v1/widgets/whatsapp/{id}`). Inferred: the widget's markup, and that its id is the id of one of the business's webchats.
         */
        get: operations["getWhatsappWidget"];
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
        /**
         * @description Hellotext's public id: 8 base62 characters, e.g. `vxqQJ3Yg` (product), `MzYwlE50` (profile), `WBAkaqNz` (session), `4ONLdN32` (business). Inferred: the docs show only examples of this form and state no format; the pattern is drawn from them (research A1). `minLength` repeats what the pattern implies so that an empty value is reported as empty (`parameter_invalid_empty`).
         * @example vxqQJ3Yg
         */
        Id: string;
        /**
         * @description A session id: since January 2025 a UUID v4 the SDK generates in the browser (`da834c54-97fa-44ef-bafd-2bd4fec60636`); before that a server-minted id, seen as 8 (`WBAkaqNz`) or 32 (`bBJn9vR15yPaYkWmR2QK0jopMeNxrA6l`) base62 characters. Inferred: the pattern admits exactly the three forms seen in the docs and SDKs (research A1).
         * @example da834c54-97fa-44ef-bafd-2bd4fec60636
         */
        SessionId: string;
        /**
         * @description A moment in Unix seconds. Inferred: only the 2022 session object shows a timestamp (`created_at: 1665684173`); every other resource is assumed to use the same form.
         * @example 1786104000
         */
        Timestamp: number;
        /**
         * @description When the event happened: Unix seconds or ISO-8601 with a time zone; milliseconds are not accepted. Defaults to the time the event is received. Inferred: the integer form is capped at 9999999999 so that millisecond values (13 digits) fail validation.
         * @example 1786104000
         * @example 2026-08-14T10:30:00-03:00
         */
        TrackedAt: number | string;
        /**
         * @description ISO-4217 currency code.
         * @example USD
         */
        Currency: string;
        /** @description A price in decimal major units (`89.90`), not cents. */
        Price: {
            /** @example 89.9 */
            amount?: number;
            currency?: components["schemas"]["Currency"];
            /** @description The amount converted to `converted_currency`. */
            converted_amount?: number;
            converted_currency?: components["schemas"]["Currency"];
        };
        /** @description A price as a request may send it: like `Price`, with each amount a number or a decimal string. The WooCommerce plugin sends WooCommerce's own strings (`"amount": "89.90"`) as its `PriceAdapter` receives them; the sandbox stores and answers numbers. Inferred: the real API is assumed to read decimal strings as numbers (a Rails decimal attribute does). */
        PriceInput: {
            amount?: components["schemas"]["DecimalInput"];
            currency?: components["schemas"]["Currency"];
            converted_amount?: components["schemas"]["DecimalInput"];
            converted_currency?: components["schemas"]["Currency"];
        };
        /**
         * @description An amount in decimal major units, as a number (`89.9`) or a decimal string (`"89.90"`, what the WooCommerce plugin sends); answers carry it as a number. Inferred: see `PriceInput`.
         * @example 89.9
         * @example 89.90
         */
        DecimalInput: number | string;
        /**
         * @description Your system's id for the record. The WooCommerce plugin sends WordPress ids as JSON integers (`"reference": 42` for a customer, a product, an order or a refund); the sandbox keeps and answers every reference as text (`"42"`), so a record is found by `42` and `"42"` alike. Inferred: the real API is assumed to read integers as text (a Rails string attribute does).
         * @example SKU-1042
         * @example 42
         */
        Reference: string | number;
        /** @description Free key/value pairs. */
        Metadata: {
            [key: string]: unknown;
        };
        /** @description The error body, a list of error objects under `errors`. */
        Errors: {
            errors: components["schemas"]["ErrorDetail"][];
        };
        /** @description One error: a string code (`type`), a human description and the related parameter. Inferred: the API reference's example names the text `message`, the hellotext.js docs name it `description`; the sandbox sends both with the same text (research A2, A13). */
        ErrorDetail: {
            /**
             * @description Error code. Values seen (the reference's list was cut off, so there are more): `ambiguous_parameter` (several parameters given for the same role), `identity_assigned` (the identity is already on the profile), `integration_missing` (the integration is not enabled), `invalid`, `not_allowed` (the object's state forbids the operation), `not_found`, `object_invalid` (at least one of the optional parameters must be provided), `parameter_invalid_empty`, `parameter_missing`, `parameter_not_unique` (the value is already used by another object of the same type).
             * @example parameter_missing
             */
            type: string;
            /**
             * @description Human-readable description (API reference key).
             * @example This parameter is required.
             */
            message?: string;
            /**
             * @description Human-readable description (hellotext.js docs key); same text as `message`.
             * @example This parameter is required.
             */
            description?: string;
            /**
             * @description The parameter the error is about.
             * @example name
             */
            parameter?: string;
        };
        /** @description Acknowledgement: accepted for asynchronous processing. Not proof that anything was stored; carries no id. */
        Received: {
            /** @constant */
            status: "received";
        };
        /** @description The 2022 tracking acknowledgement (`201 {"state":"ok"}`). */
        TrackEventState: {
            /** @constant */
            state: "ok";
        };
        /** @description An empty JSON object. */
        EmptyObject: Record<string, never>;
        /**
         * @description The built-in actions an integration may send, with the object each refers to: `subscribed`, `unsubscribed` (consent changes, no object); `page.viewed` (object: `url`; hellotext.js 2.6 no longer sends it automatically; renamed from `page.visited` in January 2023); `product.viewed`, `product.purchased` (product; use `product.purchased` only when there is no full order lifecycle); `cart.viewed`, `cart.added`, `cart.removed`, `cart.abandoned` (cart; in `cart.added` and `cart.removed` the item `quantity` is the resulting quantity, not the change; `cart.abandoned` needs an existing cart id in `object`; the hellotext.js table says "products" for the cart actions); `checkout.started` (object not documented); `order.placed`, `order.confirmed`, `order.cancelled`, `order.shipped`, `order.delivered` (order; de-duplicated per order and action on identified profiles); `coupon.redeemed` (coupon); `refund.requested`, `refund.received` (refund); `form.completed` (form); `app.installed`, `app.removed`, `app.spent` (app; the old names `app.install` and `app.remove` must not be used).
         * @enum {string}
         */
        BuiltInAction: "subscribed" | "unsubscribed" | "page.viewed" | "product.viewed" | "product.purchased" | "cart.viewed" | "cart.added" | "cart.removed" | "cart.abandoned" | "checkout.started" | "order.placed" | "order.confirmed" | "order.cancelled" | "order.shipped" | "order.delivered" | "coupon.redeemed" | "refund.requested" | "refund.received" | "form.completed" | "app.installed" | "app.removed" | "app.spent";
        /**
         * @description Actions Hellotext generates itself; integrations must not send them. Hellotext also generates message, conversation, segment and playbook signals whose names the research does not give.
         * @enum {string}
         */
        SystemAction: "short_link.clicked" | "product.browse_abandoned" | "product.price_changed" | "order.printed_label";
        /**
         * @description A custom action's name: lowercase `object.verb` (e.g. `appointment.booked`), unique in the business, created before its first event. Inferred: the exact character set of the pattern.
         * @example appointment.booked
         */
        CustomAction: string;
        /**
         * @description The exact tracking name of a built-in action or of an existing custom action. An unknown name is answered 404.
         * @example product.purchased
         */
        ActionName: components["schemas"]["BuiltInAction"] | components["schemas"]["CustomAction"];
        /**
         * TrackEvent2022
         * @description Tracking request of the 2022 generation (help centre, December 2022), answered `201 {"state":"ok"}`: the action, a product (`product` or `product_id`) and an identity (`profile`/`profile_id` or `session_id`). Inferred: the schema is closed (`additionalProperties: false`) and needs at least three members, which keeps it disjoint from `TrackEvent`: any body it accepts carries a legacy key (`product`, `product_id`, `profile_id`, `session_id`) that `TrackEvent` rejects.
         */
        TrackEvent2022: {
            action: components["schemas"]["ActionName"];
            product?: components["schemas"]["Id"];
            product_id?: components["schemas"]["Id"];
            profile?: components["schemas"]["Id"];
            profile_id?: components["schemas"]["Id"];
            session_id?: components["schemas"]["SessionId"];
        };
        /**
         * TrackEvent
         * @description Tracking request of the current generation (2023+ SDK docs, 2026 help centre), answered `200 {"status":"received"}`. Send `profile` or `session` (or both, if the session is unassigned or already belongs to that profile), and `object` or `object_parameters`, not both. Inferred: the schema is closed (`additionalProperties: false`), so the legacy keys `product_id`, `profile_id` and `session_id` ("do not use", say the current docs) select `TrackEvent2022` instead.
         */
        TrackEvent: {
            action: components["schemas"]["ActionName"];
            profile?: components["schemas"]["Id"];
            session?: components["schemas"]["SessionId"];
            object?: components["schemas"]["Id"];
            object_parameters?: components["schemas"]["ObjectParameters"];
            /** @description Custom-object structure name or id (e.g. `appointment`); needed only for custom objects. */
            object_type?: string;
            /** @description Decimal major units. Required when `currency` is sent. If omitted, some actions inherit the object's amount. */
            amount?: number;
            currency?: components["schemas"]["Currency"];
            metadata?: components["schemas"]["Metadata"];
            tracked_at?: components["schemas"]["TrackedAt"];
            /** @description Used by `page.viewed`, as the page's address. Not checked as a URI: hellotext.js's own docs pass `track('page.viewed', { url: 'www.example.org' })`, without a scheme. */
            url?: string;
        };
        /** @description Data to create or find the event's object inline, matched on `reference` + `source`. The shape follows the action's object type, and is checked against it once the action is known: `ProductInput`, `OrderInput`, `CartInput`, `CouponInput`, `RefundInput`, an app (`{name}`), or a custom object's properties (with names, or `property_by_id`). Integer references and decimal-string amounts (what the WooCommerce plugin sends) are read as text and numbers, so the object is stored and answered as its schema describes it. */
        ObjectParameters: components["schemas"]["ProductInput"] | components["schemas"]["OrderInput"] | components["schemas"]["CartInput"] | components["schemas"]["CouponInput"] | components["schemas"]["RefundInput"] | {
            [key: string]: unknown;
        };
        /** @description A tracked event. Inferred: tracking returns no event, and the event object is not documented; this shape mirrors the tracking request (research A3, A12). */
        Event: {
            id: components["schemas"]["Id"];
            action: components["schemas"]["BuiltInAction"] | components["schemas"]["SystemAction"] | components["schemas"]["CustomAction"];
            profile?: components["schemas"]["Id"] | null;
            session?: components["schemas"]["SessionId"] | null;
            object?: components["schemas"]["Id"] | null;
            object_type?: string | null;
            amount?: number | null;
            currency?: components["schemas"]["Currency"] | null;
            metadata?: components["schemas"]["Metadata"];
            tracked_at?: components["schemas"]["Timestamp"];
            created_at?: components["schemas"]["Timestamp"];
        };
        /** @description A page of events, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        EventList: components["schemas"]["Event"][];
        /**
         * @description Consent state. Inferred: the product has these three states, but the API field name and values are not documented (research A7).
         * @enum {string}
         */
        SubscriptionStatus: "subscribed" | "unconfirmed" | "unsubscribed";
        /** @description A customer profile. Inferred: only `id` is documented in responses; the other members are the research's suggested shape (research A7). */
        Profile: {
            id: components["schemas"]["Id"];
            /** @constant */
            type?: "profile";
            first_name?: string | null;
            last_name?: string | null;
            /** @description Your system's id for the customer, as text. */
            reference?: string;
            emails?: string[];
            /** @description E.164 phone numbers. */
            phones?: string[];
            /** @description Names of the lists the profile belongs to. */
            lists?: string[];
            tags?: string[];
            /** @description Custom property values. */
            properties?: {
                [key: string]: unknown;
            };
            subscription?: components["schemas"]["SubscriptionStatus"];
            created_at?: components["schemas"]["Timestamp"];
        };
        /** @description A page of profiles, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        ProfileList: components["schemas"]["Profile"][];
        /** @description Profile attributes for create and update. Built-in data beyond names, email and phone (address, company, gender, birthday) exists, but its API field names are not documented. */
        ProfileInput: {
            first_name?: string;
            last_name?: string;
            /** @description A plain address (WooCommerce plugin, 2022 docs) or addresses keyed by label, e.g. `{"primary": "…"}` (the 2026 docs' `email[primary]`). Inferred: both forms are accepted (research A13). */
            email?: string | {
                [key: string]: string;
            };
            /** @description A plain E.164 number or numbers keyed by label, e.g. `{"mobile": "+59899000001"}` (the 2026 docs' `phone[mobile]`). Inferred: both forms are accepted (research A13). */
            phone?: components["schemas"]["PhoneNumber"] | {
                [key: string]: components["schemas"]["PhoneNumber"];
            };
            reference?: components["schemas"]["Reference"];
            session?: components["schemas"]["SessionId"];
            /** @description Names of lists to add the profile to. */
            lists?: string[];
            /** @description Custom property values keyed by property id (see `createProperty`). */
            property_by_id?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A phone number in E.164 form.
         * @example +59899000001
         */
        PhoneNumber: string;
        /** @description A custom profile property. */
        Property: {
            id: components["schemas"]["Id"];
            name?: string;
            /**
             * @description Only `text` is confirmed as an API value; the UI also offers long text, number, checkbox, date, money, URL and tags.
             * @example text
             */
            kind?: string;
            unique?: boolean;
        };
        PropertyInput: {
            name?: string;
            /**
             * @description Only `text` is confirmed as an API value.
             * @example text
             */
            kind?: string;
            unique?: boolean;
        };
        /** @description A browser session. */
        Session: {
            id: components["schemas"]["SessionId"];
            /** @constant */
            type?: "session";
            /** @description The profile the session belongs to. The live API currently returns an internal numeric contact id or null here (the 2022 docs show the public id). Inferred: the sandbox returns the public profile id; the numeric form stays valid so that recorded live answers pass. */
            profile?: components["schemas"]["Id"] | number | null;
            created_at?: components["schemas"]["Timestamp"];
        };
        AttachSessionRequest: {
            profile: components["schemas"]["Id"];
            session?: components["schemas"]["SessionId"];
        };
        /** @description 2022 body; the English page names the key `profile`, the Spanish page `profile_id`. */
        AttachSessionLegacyRequest: {
            profile?: components["schemas"]["Id"];
            profile_id?: components["schemas"]["Id"];
        };
        /** @description A product. The `variants` array may start with a "default variant" that represents the parent product. Inferred: the response is assumed to echo the documented product parameters plus `id` (research A6). */
        Product: {
            id: components["schemas"]["Id"];
            name?: string;
            reference?: string;
            sku?: string;
            /**
             * @description The system the product comes from; values seen are `woo`, `vtex` and `custom_store`.
             * @example custom_store
             */
            source?: string;
            /** Format: uri */
            url?: string;
            /** Format: uri */
            image_url?: string;
            price?: components["schemas"]["Price"];
            categories?: string[];
            collection?: string[];
            tags?: string[];
            brand?: string;
            metadata?: components["schemas"]["Metadata"];
            variants?: components["schemas"]["Variant"][];
        };
        /** @description A page of products, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        ProductList: components["schemas"]["Product"][];
        /** @description Product parameters for `createProduct` and for `object_parameters` of product actions. (`source`, `reference`) is unique; a reference can repeat across sources. There are no stock or availability fields. */
        ProductInput: {
            name: string;
            reference?: components["schemas"]["Reference"];
            sku?: string;
            /**
             * @description The system the product comes from; values seen are `woo`, `vtex` and `custom_store`.
             * @example custom_store
             */
            source?: string;
            /** Format: uri */
            url?: string;
            /**
             * Format: uri
             * @description Must be public; Hellotext downloads it.
             */
            image_url?: string;
            price?: components["schemas"]["PriceInput"];
            categories?: string[];
            collection?: string[];
            tags?: string[];
            brand?: string;
            metadata?: components["schemas"]["Metadata"];
            variants?: components["schemas"]["VariantInput"][];
        };
        /** @description Product parameters for `updateProduct`; every member is optional. `variants: []` deletes every variant; omitting `variants` leaves them as they are. */
        ProductUpdate: {
            name?: string;
            reference?: components["schemas"]["Reference"];
            sku?: string;
            source?: string;
            /** Format: uri */
            url?: string;
            /**
             * Format: uri
             * @description Must be public; Hellotext downloads it.
             */
            image_url?: string;
            price?: components["schemas"]["PriceInput"];
            categories?: string[];
            collection?: string[];
            tags?: string[];
            brand?: string;
            metadata?: components["schemas"]["Metadata"];
            variants?: components["schemas"]["VariantInput"][];
        };
        /** @description A product variant. */
        Variant: {
            id: components["schemas"]["Id"];
            name?: string;
            reference?: string;
            sku?: string;
            price?: components["schemas"]["Price"];
        };
        VariantInput: {
            name?: string;
            reference?: components["schemas"]["Reference"];
            sku?: string;
            price?: components["schemas"]["PriceInput"];
        };
        /** @description An order. `reference` and `source` are your system's identifiers; `id` is Hellotext's. Inferred: the response is assumed to echo the documented order parameters plus `id`, `total` and `created_at` (research A6). */
        Order: {
            id: components["schemas"]["Id"];
            reference?: string;
            /** @example custom_store */
            source?: string;
            name?: string;
            delivery?: components["schemas"]["Delivery"];
            payment_method?: string;
            sales_channel?: string;
            metadata?: components["schemas"]["Metadata"];
            items?: components["schemas"]["OrderItem"][];
            total?: components["schemas"]["Price"];
            created_at?: components["schemas"]["Timestamp"];
        };
        /** @description A page of orders, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        OrderList: components["schemas"]["Order"][];
        /**
         * @description How the order reaches the customer; required for `source` `custom_store`.
         * @enum {string}
         */
        Delivery: "deliver" | "collect";
        /** @description Order parameters for `createOrder`, `updateOrder` and `object_parameters` of order actions. There is no `total` parameter: the total is computed from the items. Custom properties are accepted as extra members; `total`, `amount` and `currency` sent by older clients are tolerated and ignored. */
        OrderInput: {
            reference?: components["schemas"]["Reference"];
            /** @example custom_store */
            source?: string;
            name?: string;
            delivery?: components["schemas"]["Delivery"];
            payment_method?: string;
            sales_channel?: string;
            metadata?: components["schemas"]["Metadata"];
            items?: components["schemas"]["OrderItemInput"][];
        };
        /** @description An order item; its id differs from the product's. Inferred: `product` is returned as the product's id. */
        OrderItem: {
            id: components["schemas"]["Id"];
            product?: components["schemas"]["Id"];
            quantity?: number;
            price?: components["schemas"]["Price"];
        };
        OrderItemInput: {
            /** @description The product's id, reference or SKU, or the product's parameters inline. */
            product: string | components["schemas"]["ProductInput"];
            quantity: number;
            /** @description Unit price; the product's current price when omitted. */
            price?: components["schemas"]["PriceInput"];
        };
        /** @description Inferred: the order-item update parameters are not documented; the item parameters are assumed. */
        OrderItemUpdate: {
            quantity?: number;
            price?: components["schemas"]["PriceInput"];
        };
        /** @description A cart. Inferred: the response is assumed to echo the documented cart parameters plus `id` and `created_at` (research A6). */
        Cart: {
            id: components["schemas"]["Id"];
            reference?: string;
            source?: string;
            items?: components["schemas"]["CartItem"][];
            created_at?: components["schemas"]["Timestamp"];
        };
        /** @description A cart's parameters, inline in `object_parameters` of cart actions: found by `source` + `reference` (or, without a reference, the profile's or session's newest cart), each item's `quantity` the resulting quantity in the cart (0 removes it). The WooCommerce plugin sends `{items: [{product: {…}, quantity}]}`. */
        CartInput: {
            reference?: components["schemas"]["Reference"];
            source?: string;
            items?: {
                /** @description The product's id, reference or SKU, or the product's parameters inline. */
                product: string | components["schemas"]["ProductInput"];
                quantity: number;
            }[];
        } & {
            [key: string]: unknown;
        };
        CartItem: {
            product?: components["schemas"]["Id"];
            /** @description The resulting quantity in the cart. */
            quantity?: number;
        };
        /** @description A page of carts, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        CartList: components["schemas"]["Cart"][];
        /** @description A coupon. */
        Coupon: {
            id: components["schemas"]["Id"];
            code?: string;
            description?: string;
            /** Format: uri */
            destination_url?: string;
            reference?: string;
        };
        CouponInput: {
            /** @description Case-sensitive and unique in the business. */
            code?: string;
            /** @description Free text; its length limit is not documented. */
            description?: string;
            /**
             * Format: uri
             * @description Must be public.
             */
            destination_url?: string;
            reference?: components["schemas"]["Reference"];
        };
        /** @description A refund's parameters, inline in `object_parameters` of refund actions, as the WooCommerce plugin's `RefundAdapter` sends them: the refunded `amount` and `currency`, and the order's `total`. The event's amount is the refund's `amount` (the order's total only when the refund has none). Inferred: the refund object is not documented beyond these fields; more members are kept as sent. */
        RefundInput: {
            reference?: components["schemas"]["Reference"];
            source?: string;
            amount?: components["schemas"]["DecimalInput"];
            currency?: components["schemas"]["Currency"];
            total?: components["schemas"]["PriceInput"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The messaging channel.
         * @enum {string}
         */
        Technology: "sms" | "whatsapp" | "instagram" | "mercadolibre";
        /**
         * @description `received` is for inbound messages.
         * @enum {string}
         */
        MessageState: "pending" | "routed" | "delivered" | "failed" | "received";
        MessageInput: {
            technology?: components["schemas"]["Technology"];
            /** @description Sender or channel id (e.g. a phone number); must match `technology`. */
            origin?: string;
            profile?: components["schemas"]["Id"];
            destination?: components["schemas"]["PhoneNumber"];
            /** @description Text; `{shortlink:https://…}` and `{shortlink:name}` tokens are expanded. Ignored when `template` is sent. */
            body?: string;
            /** @description A template id, or the id with named short links. */
            template?: components["schemas"]["Id"] | {
                id: components["schemas"]["Id"];
                shortlinks?: {
                    [key: string]: string;
                };
            };
            /** @description Attachment URLs; ignored for SMS. */
            attachments?: string[];
        };
        /** @description A message. Inferred: the message object is not documented; this shape mirrors the send parameters plus the documented states (research A9). */
        Message: {
            id: components["schemas"]["Id"];
            technology?: components["schemas"]["Technology"];
            origin?: string | null;
            profile?: components["schemas"]["Id"];
            destination?: string;
            body?: string;
            state?: components["schemas"]["MessageState"];
            attachments?: string[];
            created_at?: components["schemas"]["Timestamp"];
        };
        /** @description A page of messages, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        MessageList: components["schemas"]["Message"][];
        /** @description WhatsApp only: a text (at most 60 characters), an attachment (`attachment_url`) or an address. Inferred: the member names `type` and `text` and the shape of `address` are not documented. */
        TemplateHeader: {
            /** @enum {string} */
            type?: "text" | "attachment" | "address";
            text?: string;
            /** Format: uri */
            attachment_url?: string;
            address?: {
                [key: string]: unknown;
            };
        };
        /** @description WhatsApp only. At most 10 buttons, of which at most 2 `url`, 1 `phone` and 1 `copy`. Inferred: the members that carry the URL and the phone number (`url`, `phone`) are not documented. */
        TemplateButton: {
            /** @enum {string} */
            type: "quick_reply" | "url" | "phone" | "copy";
            text: string;
            /** Format: uri */
            url?: string;
            phone?: components["schemas"]["PhoneNumber"];
        };
        TemplateInput: {
            name?: string;
            /** @enum {string} */
            technology?: "sms" | "whatsapp" | "any";
            /** @enum {string} */
            category?: "marketing" | "utility";
            /** @description Tags: `{name}`, `{full_name}`, `{last_name}`, `{email}`, `{phone}`, `{birthday}`, `{custom_property}`. */
            body?: string;
            header?: components["schemas"]["TemplateHeader"];
            footer?: string;
            buttons?: components["schemas"]["TemplateButton"][];
        };
        /** @description A message template. SMS templates are created `approved`. */
        Template: {
            id: components["schemas"]["Id"];
            name?: string;
            /** @enum {string} */
            technology?: "sms" | "whatsapp" | "any";
            /** @enum {string} */
            category?: "marketing" | "utility";
            body?: string;
            header?: components["schemas"]["TemplateHeader"];
            footer?: string;
            buttons?: components["schemas"]["TemplateButton"][];
            /** @enum {string} */
            state?: "pending" | "approved" | "rejected";
        };
        /** @description A custom action. Inferred: the Actions API object is not documented; only the name is (research A3). */
        Action: {
            id: components["schemas"]["Id"];
            name: components["schemas"]["CustomAction"];
        };
        ActionInput: {
            name?: components["schemas"]["CustomAction"];
        };
        /** @description A page of actions, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        ActionList: components["schemas"]["Action"][];
        /** @description A property of a custom object structure. */
        ObjectProperty: {
            /**
             * @description The property's kind; the API values are not documented beyond `text`.
             * @example text
             */
            kind?: string;
            name?: string;
            required?: boolean;
            unique?: boolean;
        };
        ObjectStructureInput: {
            title?: string;
            /** @description Singular name, used as `object_type` (e.g. `appointment`). */
            name?: string;
            properties?: components["schemas"]["ObjectProperty"][];
        };
        /** @description A custom object structure. */
        ObjectStructure: {
            id: components["schemas"]["Id"];
            title?: string;
            name?: string;
            properties?: components["schemas"]["ObjectProperty"][];
        };
        /** @description A page of object structures, newest first. Inferred: the list envelope is not documented; a bare array is the simplest reading (research A2). */
        ObjectStructureList: components["schemas"]["ObjectStructure"][];
        WebchatIds: {
            ids: components["schemas"]["Id"][];
        };
        WooIntegrationRequest: {
            shop: {
                name?: string;
                /** Format: uri */
                url?: string;
                /** Format: email */
                email?: string;
                /** @description WooCommerce REST key (`ck_…`) created for Hellotext. */
                consumer_key?: string;
                /** @description WooCommerce REST secret (`cs_…`). */
                consumer_secret?: string;
                currency?: components["schemas"]["Currency"];
            };
        };
        WooIntegrationRemoval: {
            shop: {
                business_id?: components["schemas"]["Id"];
            };
        };
        /** @description Who the visitor is. hellotext.js sends `id` and `source` from the `hello_user_id` and `hello_user_source` cookies; vtex-checkout sends `email`, `firstName`, `lastName`, `phone`, `document` and `source: vtex`. */
        UserParameters: {
            id?: string;
            source?: string;
            /** Format: email */
            email?: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            document?: string;
        };
        /** @description The page the event happened on, filled in by hellotext.js. */
        PageParameters: {
            url?: string;
            title?: string;
            path?: string;
        };
        /** @description Campaign parameters hellotext.js read from the URL (kept in the `hello_utm` cookie). */
        UtmParameters: {
            source?: string;
            medium?: string;
            campaign?: string;
            term?: string;
            content?: string;
            /** Format: date-time */
            observed_at?: string;
        };
        /** @description The device, as the iOS SDK sends it. */
        Device: {
            os?: string;
            brand?: string;
            model?: string;
            version?: string;
        };
        /** @description Body of the public tracking route: the current tracking parameters (`TrackEvent`) plus what the SDKs add (`session`, `user_parameters`, `page`, `utm_params`; the iOS SDK's `app_parameters` and `device`). */
        BrowserTrackEvent: {
            session?: components["schemas"]["SessionId"];
            action: components["schemas"]["ActionName"];
            user_parameters?: components["schemas"]["UserParameters"];
            object?: components["schemas"]["Id"];
            object_parameters?: components["schemas"]["ObjectParameters"];
            object_type?: string;
            amount?: number;
            currency?: components["schemas"]["Currency"];
            metadata?: components["schemas"]["Metadata"];
            tracked_at?: components["schemas"]["TrackedAt"];
            /** @description The page's address; not checked as a URI (see `TrackEvent.url`). */
            url?: string;
            page?: components["schemas"]["PageParameters"];
            utm_params?: components["schemas"]["UtmParameters"];
            /** @description The app object's parameters (iOS SDK), e.g. `{"name": "…"}`. */
            app_parameters?: {
                [key: string]: unknown;
            };
            device?: components["schemas"]["Device"];
            /**
             * @deprecated
             * @description hellotext.js 2023–24 name for inline product parameters; use `object_parameters`.
             */
            product_parameters?: {
                [key: string]: unknown;
            };
            /**
             * @deprecated
             * @description hellotext.js 2023–24 name for inline order parameters; use `object_parameters`.
             */
            order_parameters?: {
                [key: string]: unknown;
            };
        };
        TrackSession: {
            id: components["schemas"]["SessionId"];
        };
        /** @description `Hellotext.identify()` body; the SDK adds `session` to what the caller passes. */
        IdentificationRequest: {
            session: components["schemas"]["SessionId"];
            /** @description Your site's id for the user. */
            user_id?: string;
            /** @description Where the id comes from (e.g. `woo`, `vtex`). */
            source?: string;
            /** Format: email */
            email?: string;
            phone?: string;
            name?: string;
        } & {
            [key: string]: unknown;
        };
        IdentificationStatus: {
            /**
             * @description `completed` is the only value the research has seen.
             * @example completed
             */
            status: string;
        };
        AckRequest: {
            session: components["schemas"]["SessionId"];
            /** Format: date-time */
            at?: string;
            utm_params?: components["schemas"]["UtmParameters"];
        };
        /** @description A business's public metadata, as hellotext.js documents it. `features`, `whitelist` and `subscription` are read by the SDK but their types are not documented, so they are left open. */
        Business: {
            id: components["schemas"]["Id"];
            /** @description An object with the country code and phone prefix, or a plain string. */
            country?: {
                code?: string;
                prefix?: string;
            } | string;
            /** @description Enabled features. */
            features?: unknown;
            locale?: string;
            /** Format: uri */
            style_url?: string;
            webchat?: {
                id?: components["schemas"]["Id"];
                /** @description The webchat's appearance settings. */
                appearance?: unknown;
                /** @description The webchat's WhatsApp settings. hellotext.js accepts only a plain object whose members are `number` and `restrictToChannel` (its `Hellotext.initialize()` rejects `null` with "WhatsApp must be an object"); the sandbox sends `{}` unless the account's `business` settings say otherwise. */
                whatsapp?: {
                    number?: string | null;
                    restrictToChannel?: boolean;
                };
            } | null;
            /** @description Allowed domains; hellotext.js treats the value `disabled` as "no whitelist". */
            whitelist?: unknown;
            /** @description The business's subscription. */
            subscription?: unknown;
        };
        /** @description A webchat message as hellotext.js reads it: `body` (HTML), `attachments` (URLs), and `state` `received` for what the visitor sent (the SDK styles those as the visitor's). */
        WebchatMessage: {
            id: components["schemas"]["Id"];
            body: string;
            attachments: string[];
            state: components["schemas"]["MessageState"];
            created_at?: components["schemas"]["Timestamp"];
        };
        WebchatMessagePage: {
            /** @description The next (older) page, or null when there is none. */
            next: number | null;
            messages: components["schemas"]["WebchatMessage"][];
        };
        /** @description The multipart fields hellotext.js sends (more, such as the opening sequence's message ids, are accepted and ignored). */
        WebchatMessageRequest: {
            "message[body]"?: string;
            "message[attachments][]"?: Blob[];
            session: components["schemas"]["SessionId"];
            locale?: string;
            "message[replied_to]"?: string;
            "message[product]"?: string;
            "message[button]"?: string;
        } & {
            [key: string]: unknown;
        };
        WebchatMessageCreated: {
            id: components["schemas"]["Id"];
            conversation: components["schemas"]["Id"];
        };
        /** @description A form. */
        Form: {
            id: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description The browser session plus the form's field values. Inferred: the field names are the form's own. */
        FormSubmissionRequest: {
            session?: components["schemas"]["SessionId"];
        } & {
            [key: string]: unknown;
        };
        /** @description A form or popup submission. Inferred: the object is not documented (see `SubmissionCreated`). */
        Submission: {
            id: components["schemas"]["Id"];
            token?: string;
        };
        /** @description A popup, as hellotext.js reads it (`html` holds an `<article>`). */
        Popup: {
            html?: string;
            business?: components["schemas"]["Business"];
            locale?: string;
        };
        PopupSubmissionRequest: {
            session: components["schemas"]["SessionId"];
            /** @description The popup's field values. */
            popup_submission: {
                [key: string]: unknown;
            };
        };
        SubmissionTokenRequest: {
            token: string;
        };
        /** @description hellotext.js sends the caller's data plus `session` and `origin`. Inferred: the caller's data is modelled as the browser's push subscription (`endpoint`, `keys`); other members are allowed. */
        PushIdentityRequest: {
            session: components["schemas"]["SessionId"];
            /** Format: uri */
            origin: string;
            /** Format: uri */
            endpoint?: string;
            keys?: {
                p256dh?: string;
                auth?: string;
            };
        } & {
            [key: string]: unknown;
        };
        PushAlertRequest: {
            session: components["schemas"]["SessionId"];
            /** @description The alert section that was displayed; its values are not documented in the research. */
            section: string;
            /** @enum {string} */
            kind: "shown" | "dismissed" | "accepted";
        };
    };
    responses: {
        /** @description The bearer is missing, invalid or revoked: the private token on private routes, the Business ID on public routes. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The business or its plan cannot do this (no API access, or the subscription's state). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The resource, or a business-scoped id the request refers to (a cursor, a profile, a product…), was not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The session is not known to the server: it exists only after tracking or identification has reached it (the UUID the browser generates is not enough). */
        SessionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description "Request Failed": the parameters were understood but failed validation. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The body could not be read: not JSON, or JSON nested deeper than 100 levels. Inferred: the research documents no status for an unreadable body; 400 is what Rails answers a body it cannot parse, and the documented errors[] shape is reused with type `invalid`. */
        BadRequestInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The body is over 50 MB. Inferred: Hellotext documents no size limit; the sandbox refuses a body over 50 MB with 413 and the documented errors[] shape. */
        PayloadTooLargeInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The body is not sent as JSON. Inferred: the help centre says the body must be JSON (form data is not equivalent) but not which status answers otherwise; the sandbox answers 415. */
        UnsupportedMediaTypeInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The account is over the request limit the sandbox was given for it. Inferred: Hellotext documents no rate limit; only an account given one through the admin API (`rateLimits.hellotext`) gets this answer. */
        TooManyRequestsInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Accepted. Inferred: the research documents neither the success status nor the body of this route; the sandbox answers 200 with the `{"status":"received"}` acknowledgement the tracking routes use. */
        ReceivedInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Received"];
            };
        };
        /** @description The profile (new, or the existing one matched by phone or email). Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2). */
        ProfileCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Profile"];
            };
        };
        /** @description The profile. */
        ProfileOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Profile"];
            };
        };
        /** @description The product. */
        ProductOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Product"];
            };
        };
        /** @description The variant. */
        VariantOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Variant"];
            };
        };
        /** @description The order, with its computed `total`. */
        OrderOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Order"];
            };
        };
        /** @description The order item. */
        OrderItemOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrderItem"];
            };
        };
        /** @description Validation failed, e.g. the code is already used. */
        CouponInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The template. */
        TemplateOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Template"];
            };
        };
        /** @description The action. */
        ActionOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Action"];
            };
        };
        /** @description The object structure. */
        ObjectStructureOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ObjectStructure"];
            };
        };
        /** @description The submission. Inferred: the answer is not documented; the sandbox returns the id and token that the OTP, resend and cancel routes take. */
        SubmissionCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Submission"];
            };
        };
    };
    parameters: {
        /**
         * @description Sandbox-only extension of martech-sandbox; the real Hellotext API neither reads nor documents it. Selects the tracking generation that answers this one request, overriding the account's `hellotext.generation` setting (`2022` unless changed): `2022` acknowledges with `201 {"state":"ok"}`, `current` with `200 {"status":"received"}`.
         * @example current
         */
        SandboxGenerationHeader: "2022" | "current";
        /**
         * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
         * @example 10
         */
        Limit: number;
        /**
         * @description Cursor; returns the items after this id (newest-first order), excluding it.
         * @example BvYeyVYz
         */
        StartingAfter: components["schemas"]["Id"];
        /**
         * @description Cursor; returns the items before this id (newest-first order), excluding it.
         * @example BvYeyVYz
         */
        EndingBefore: components["schemas"]["Id"];
        /**
         * @description Hellotext's public id of the resource.
         * @example MzYwlE50
         */
        IdPath: components["schemas"]["Id"];
        /** @description The product's id, its `reference` or its `sku`. */
        ProductKeyPath: string;
        /**
         * @description The product's id.
         * @example vxqQJ3Yg
         */
        ProductIdPath: components["schemas"]["Id"];
        /**
         * @description The SDK's session UUID or an existing session id.
         * @example da834c54-97fa-44ef-bafd-2bd4fec60636
         */
        SessionPath: components["schemas"]["SessionId"];
        /**
         * @description The public Business ID.
         * @example 4ONLdN32
         */
        BusinessIdPath: components["schemas"]["Id"];
        /**
         * @description The identification receipt.
         * @example Rc4pN8vX
         */
        ReceiptPath: string;
        /**
         * @description The one-time code the visitor typed.
         * @example 482913
         */
        OtpPath: string;
        /**
         * @description The popup submission's id.
         * @example Sb5nG9yE
         */
        SubmissionIdPath: components["schemas"]["Id"];
        /**
         * @description hellotext.js sends a fresh UUID per popup submission attempt.
         * @example 2b0f6a8e-3c1d-4e5f-9a7b-8c6d4e2f1a0b
         */
        IdempotencyKey: string;
        /**
         * @description The browser session; hellotext.js sends it when checking an identification.
         * @example da834c54-97fa-44ef-bafd-2bd4fec60636
         */
        HellotextSessionHeader: components["schemas"]["SessionId"];
        /**
         * @description The browser session.
         * @example da834c54-97fa-44ef-bafd-2bd4fec60636
         */
        SessionQuery: components["schemas"]["SessionId"];
        /**
         * @description The visitor's locale.
         * @example es
         */
        LocaleQuery: string;
        /**
         * @description The device layout hellotext.js asks for (viewport ≤ 767 px is `mobile`).
         * @example mobile
         */
        DeviceQuery: "mobile" | "desktop";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProfiles: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of profiles. An empty page is a valid answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            201: components["responses"]["ProfileCreated"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProfileOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            200: components["responses"]["ProfileOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createProperty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyInput"];
            };
        };
        responses: {
            /** @description The property was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Property"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            /** @description Validation failed, e.g. a property with that name already exists. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    attachSessionLegacy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SDK's session UUID or an existing session id.
                 * @example da834c54-97fa-44ef-bafd-2bd4fec60636
                 */
                session: components["parameters"]["SessionPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachSessionLegacyRequest"];
            };
        };
        responses: {
            /** @description The session object, as the 2022 docs show it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    attachSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SDK's session UUID or an existing session id.
                 * @example da834c54-97fa-44ef-bafd-2bd4fec60636
                 */
                session: components["parameters"]["SessionPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachSessionRequest"];
            };
        };
        responses: {
            /** @description The session object (also when the owner was not changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    trackEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox-only extension of martech-sandbox; the real Hellotext API neither reads nor documents it. Selects the tracking generation that answers this one request, overriding the account's `hellotext.generation` setting (`2022` unless changed): `2022` acknowledges with `201 {"state":"ok"}`, `current` with `200 {"status":"received"}`.
                 * @example current
                 */
                "X-Sandbox-Hellotext-Generation"?: components["parameters"]["SandboxGenerationHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackEvent2022"] | components["schemas"]["TrackEvent"];
            };
        };
        responses: {
            /** @description Current generation: the event was accepted for asynchronous processing. martech-sandbox answers it to a `TrackEvent` body while the current generation is selected. No id is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Received"];
                };
            };
            /** @description 2022 generation: the event was accepted. martech-sandbox answers it to a `TrackEvent2022` body, and to a neutral body (`action` and `profile` only) while the 2022 generation is selected, which is the default. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackEventState"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The action name is unknown to the business, or the session, profile or object is not known to the server. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            /** @description The parameters were understood but failed validation: missing action or identity, a bad profile, session or object, a profile/session mismatch, `currency` without `amount`, a bad `tracked_at`, or both `object` and `object_parameters`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description The product was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            /** @description Validation failed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id, its `reference` or its `sku`. */
                id: components["parameters"]["ProductKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProductOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProductOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id, its `reference` or its `sku`. */
                id: components["parameters"]["ProductKeyPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductUpdate"];
            };
        };
        responses: {
            200: components["responses"]["ProductOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The product's id.
                 * @example vxqQJ3Yg
                 */
                product_id: components["parameters"]["ProductIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VariantInput"];
            };
        };
        responses: {
            /** @description The variant was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Variant"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VariantOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deleteVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variant was deleted. Inferred: the answer to a delete is not documented; the sandbox returns the deleted variant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Variant"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VariantInput"];
            };
        };
        responses: {
            200: components["responses"]["VariantOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderInput"];
            };
        };
        responses: {
            /** @description The order was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            /** @description Validation failed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OrderOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderInput"];
            };
        };
        responses: {
            200: components["responses"]["OrderOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createOrderItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderItemInput"];
            };
        };
        responses: {
            201: components["responses"]["OrderItemOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getOrderItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OrderItemOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deleteOrderItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OrderItemOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateOrderItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderItemUpdate"];
            };
        };
        responses: {
            200: components["responses"]["OrderItemOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listCarts: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of carts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouponInput"];
            };
        };
        responses: {
            /** @description The coupon was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["CouponInvalid"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouponInput"];
            };
        };
        responses: {
            /** @description The updated coupon. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["CouponInvalid"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageInput"];
            };
        };
        responses: {
            /** @description The message was queued. Inferred: the help centre gives the body `{"status":"received"}` but not the status code; 200 is assumed, as for tracking acknowledgements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Received"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            /** @description Validation failed on `technology`, `destination` or `body`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateInput"];
            };
        };
        responses: {
            /** @description The template was created. Inferred: only product creation is documented as 201; other POST creates are assumed to answer the same (research A2). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TemplateOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was deleted. Inferred: the answer to a delete is not documented; the sandbox returns the deleted template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateInput"];
            };
        };
        responses: {
            200: components["responses"]["TemplateOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listActions: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionInput"];
            };
        };
        responses: {
            201: components["responses"]["ActionOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            /** @description Validation failed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deleteAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionInput"];
            };
        };
        responses: {
            200: components["responses"]["ActionOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listObjects: {
        parameters: {
            query?: {
                /**
                 * @description Page size; 25 when omitted. Inferred: the maximum is not documented, so none is enforced, and a minimum of 1 is assumed (research A2).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor; returns the items after this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                starting_after?: components["parameters"]["StartingAfter"];
                /**
                 * @description Cursor; returns the items before this id (newest-first order), excluding it.
                 * @example BvYeyVYz
                 */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of object structures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectStructureList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createObject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectStructureInput"];
            };
        };
        responses: {
            201: components["responses"]["ObjectStructureOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ObjectStructureOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deleteObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ObjectStructureOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    updateObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectStructureInput"];
            };
        };
        responses: {
            200: components["responses"]["ObjectStructureOk"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listWordpressWebchats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the business's webchats. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebchatIds"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createWooIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WooIntegrationRequest"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deleteWooIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WooIntegrationRemoval"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    trackBrowserEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrowserTrackEvent"];
            };
        };
        responses: {
            /** @description Accepted for asynchronous processing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Received"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyObject"];
            };
        };
        responses: {
            /** @description The new session. Inferred: the SDKs read only `id` and do not check the status code; 200 is assumed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackSession"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentificationRequest"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getIdentification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The browser session; hellotext.js sends it when checking an identification.
                 * @example da834c54-97fa-44ef-bafd-2bd4fec60636
                 */
                "X-Hellotext-Session"?: components["parameters"]["HellotextSessionHeader"];
            };
            path: {
                /**
                 * @description The identification receipt.
                 * @example Rc4pN8vX
                 */
                receipt: components["parameters"]["ReceiptPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identification's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createAck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AckRequest"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getBusiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The public Business ID.
                 * @example 4ONLdN32
                 */
                business_id: components["parameters"]["BusinessIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business's public metadata, as hellotext.js reads it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Business"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getForm: {
        parameters: {
            query?: {
                /**
                 * @description The browser session.
                 * @example da834c54-97fa-44ef-bafd-2bd4fec60636
                 */
                session?: components["parameters"]["SessionQuery"];
                /**
                 * @description The visitor's locale.
                 * @example es
                 */
                locale?: components["parameters"]["LocaleQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form. Inferred: the form object's fields are not documented; only `id` is modelled and anything else is allowed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Form"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createFormSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormSubmissionRequest"];
            };
        };
        responses: {
            201: components["responses"]["SubmissionCreated"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    resendSubmissionOtp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReceivedInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    verifySubmissionOtp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
                /**
                 * @description The one-time code the visitor typed.
                 * @example 482913
                 */
                otp: components["parameters"]["OtpPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReceivedInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The code is wrong or expired. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getPopup: {
        parameters: {
            query?: {
                /**
                 * @description The browser session.
                 * @example da834c54-97fa-44ef-bafd-2bd4fec60636
                 */
                session?: components["parameters"]["SessionQuery"];
                /**
                 * @description The visitor's locale.
                 * @example es
                 */
                locale?: components["parameters"]["LocaleQuery"];
                /**
                 * @description The device layout hellotext.js asks for (viewport ≤ 767 px is `mobile`).
                 * @example mobile
                 */
                device?: components["parameters"]["DeviceQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The popup's rendered HTML, with the business metadata and locale. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Popup"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createPopupSubmission: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description hellotext.js sends a fresh UUID per popup submission attempt.
                 * @example 2b0f6a8e-3c1d-4e5f-9a7b-8c6d4e2f1a0b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PopupSubmissionRequest"];
            };
        };
        responses: {
            201: components["responses"]["SubmissionCreated"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    resendPopupSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
                /**
                 * @description The popup submission's id.
                 * @example Sb5nG9yE
                 */
                submission_id: components["parameters"]["SubmissionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionTokenRequest"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    cancelPopupSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
                /**
                 * @description The popup submission's id.
                 * @example Sb5nG9yE
                 */
                submission_id: components["parameters"]["SubmissionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionTokenRequest"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createPushIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushIdentityRequest"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    deletePushIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushIdentityRequest"];
            };
        };
        responses: {
            200: components["responses"]["ReceivedInferred"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createPushAlert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushAlertRequest"];
            };
        };
        responses: {
            /** @description Recorded; no body. Inferred: hellotext.js says the success response is empty but not which 2xx code it uses; 204 is assumed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getWebchat: {
        parameters: {
            query?: {
                /**
                 * @description The browser session.
                 * @example da834c54-97fa-44ef-bafd-2bd4fec60636
                 */
                session?: components["parameters"]["SessionQuery"];
                /** @description Where the webchat sits (`bottom-right`, `bottom-left`, `top-right`, `top-left`). */
                placement?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webchat's markup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <article id="hellotext--webchat--Wc6yB1nM" data-controller="hellotext--webchat" data-hellotext--webchat-id-value="Wc6yB1nM"></article> */
                    "text/html": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    listWebchatMessages: {
        parameters: {
            query: {
                /** @description The visitor's session, whose conversation is read. */
                session: components["schemas"]["SessionId"];
                /** @description The page, 1 for the newest messages. */
                page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "next": null,
                     *       "messages": [
                     *         {
                     *           "id": "Ms9dK2pL",
                     *           "body": "Do you ship to Montevideo?",
                     *           "attachments": [],
                     *           "state": "received",
                     *           "created_at": 1786104000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebchatMessagePage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    createWebchatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message[body]": "Do you ship to Montevideo?",
                 *       "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                 *       "locale": "es"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["WebchatMessageRequest"];
            };
        };
        responses: {
            /** @description The message was received. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "Ms9dK2pL",
                     *       "conversation": "Cv4tR8wZ"
                     *     }
                     */
                    "application/json": components["schemas"]["WebchatMessageCreated"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    markWebchatMessagesSeen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "session": "da834c54-97fa-44ef-bafd-2bd4fec60636",
                 *       "message": null
                 *     }
                 */
                "application/json": {
                    session: components["schemas"]["SessionId"];
                    message?: components["schemas"]["Id"] | null;
                };
            };
        };
        responses: {
            /** @description The messages are marked seen. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaTypeInferred"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
    getWhatsappWidget: {
        parameters: {
            query?: {
                /**
                 * @description The visitor's locale.
                 * @example es
                 */
                locale?: components["parameters"]["LocaleQuery"];
                /** @description Where the launcher sits (`bottom-right`, …). */
                placement?: string;
                /** @description The number to open a chat with, instead of the business's. */
                "whatsapp[number]"?: string;
                /** @description The text the chat opens with. */
                "whatsapp[body]"?: string;
                /** @description The launcher's icon. */
                "whatsapp[appearance][launcher][icon_url]"?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Hellotext's public id of the resource.
                 * @example MzYwlE50
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget's markup, with the business metadata and locale. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "html": "<article id=\"hellotext--whatsapp--Wc6yB1nM\" data-controller=\"hellotext--whatsapp\"><a href=\"https://wa.me/59899000001\">WhatsApp</a></article>",
                     *       "locale": "es",
                     *       "business": {
                     *         "id": "4ONLdN32",
                     *         "country": {
                     *           "code": "UY",
                     *           "prefix": "598"
                     *         },
                     *         "features": {
                     *           "webchat": true,
                     *           "forms": true
                     *         },
                     *         "locale": "es",
                     *         "style_url": "https://cdn.hellotext.com/styles/4ONLdN32.css",
                     *         "webchat": {
                     *           "id": "Wc6yB1nM",
                     *           "appearance": {},
                     *           "whatsapp": {}
                     *         },
                     *         "whitelist": "disabled",
                     *         "subscription": "active"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Popup"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequestsInferred"];
        };
    };
}
