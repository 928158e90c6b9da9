/**
 * Generated from openapi/connectif.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
export interface paths {
    "/contacts/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact by email (older route)
         * @description Returns the contact whose email is `{email}`. This is the older route, used in the authentication guide's example (`GET https://api.connectif.cloud/contacts/john.doe@example.org`); newer code uses `GET /contacts/email/{email}`.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Create or update a contact by email (older route)
         * @description Partial update of the contact whose email is `{email}`; if the contact does not exist it is created (upsert). Only the fields present in the body change. Custom fields are sent under their contact-field id. Older route; the newer one is `PATCH /contacts/email/{email}`.
         */
        patch: operations["patchContact"];
        trace?: never;
    };
    "/contacts/email/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact by email
         * @description Returns the contact whose email is `{email}`.
         */
        get: operations["getContactByEmail"];
        put?: never;
        post?: never;
        /**
         * Delete a contact by email
         * @description Deletes the contact whose email is `{email}`.
         */
        delete: operations["deleteContactByEmail"];
        options?: never;
        head?: never;
        /**
         * Create or update a contact by email
         * @description Partial update of the contact whose email is `{email}`; if the contact does not exist it is created (upsert). Besides the `ContactPatch` fields, `_externalId` can be set here.
         */
        patch: operations["patchContactByEmail"];
        trace?: never;
    };
    "/contacts/external-id/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact by external id
         * @description Returns the contact whose `_externalId` is `{externalId}`.
         */
        get: operations["getContactByExternalId"];
        put?: never;
        post?: never;
        /**
         * Delete a contact by external id
         * @description Deletes the contact whose `_externalId` is `{externalId}`.
         */
        delete: operations["deleteContactByExternalId"];
        options?: never;
        head?: never;
        /**
         * Create or update a contact by external id
         * @description Partial update of the contact whose `_externalId` is `{externalId}`; if the contact does not exist it is created (upsert). Besides the `ContactPatch` fields, `_email` can be set here.
         */
        patch: operations["patchContactByExternalId"];
        trace?: never;
    };
    "/contact-fields/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact fields
         * @description Lists the contact field definitions of the account, built-in (`custom: false`, ids starting with `_`) and custom. Use the field ids as keys when patching contacts and as CSV headers in contact imports.
         */
        get: operations["listContactFields"];
        put?: never;
        /**
         * Create a custom contact field
         * @description Creates a custom contact field. Rules from the reference: `id` must start with a letter and may contain letters, digits, `-`, `_` and brackets, at most 150 characters, and `id` itself is reserved; `defaultValue` is required when `required` is true and is not allowed for `email` and `phone` fields.
         */
        post: operations["createContactField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact field
         * @description Returns one contact field definition by its id.
         */
        get: operations["getContactField"];
        put?: never;
        post?: never;
        /**
         * Delete a contact field
         * @description Deletes a custom contact field by its id.
         */
        delete: operations["deleteContactField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/product-id/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product by store product id
         * @description Returns the product whose store identifier is `{productId}`.
         */
        get: operations["getProductByProductId"];
        put?: never;
        post?: never;
        /**
         * Delete a product by store product id
         * @description Deletes the product whose store identifier is `{productId}`.
         */
        delete: operations["deleteProductByProductId"];
        options?: never;
        head?: never;
        /**
         * Patch or create a product by store product id
         * @description Partial update of the product whose store identifier is `{productId}`; creates it if it does not exist. Every URL (`productDetailUrl`, `imageUrl`, `thumbnailUrl`) must belong to one of the account's authorized domains, otherwise the request fails with `400` and custom code `E0201`.
         */
        patch: operations["patchProductByProductId"];
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product by Connectif id
         * @description Returns the product whose Connectif identifier is `{id}`.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Delete a product by Connectif id
         * @description Deletes the product whose Connectif identifier is `{id}`.
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchases/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a purchase
         * @description Registers a purchase made by an existing contact, identified by `contactEmail` or `contactExternalId`.
         *     Referential checks fail with `400` and a custom code: `E0101` the contact does not exist, `E0102` some products
         *     are not in the catalogue, `E0103` some product URLs are outside the account's authorized domains. The contact's
         *     purchase statistics (`_totalPurchases`, `_totalPurchasesAmount`, `_averagePurchasesAmount`,
         *     `_firstPurchaseDate`, `_lastPurchaseDate`) are recalculated. Purchases sent through the API have no web context.
         *
         *     A second purchase with a `purchaseId` that already exists is answered as the `duplicatePurchaseId` example of
         *     the `400` response shows (a sandbox choice, marked `x-inferred` there).
         */
        post: operations["createPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a purchase by Connectif id
         * @description Returns the purchase whose Connectif identifier is `{id}` (the id exposed by the create endpoint).
         */
        get: operations["getPurchase"];
        put?: never;
        post?: never;
        /**
         * Delete a purchase by Connectif id
         * @description Deletes the purchase whose Connectif identifier is `{id}` and recalculates the contact's purchase statistics, CLV/RFM and best-sellers. It does not delete the contact, undo workflows or change the cart.
         */
        delete: operations["deletePurchase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchases/purchase-id/{purchaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a purchase by store purchase id
         * @description Returns the purchase whose store identifier is `{purchaseId}`.
         */
        get: operations["getPurchaseByPurchaseId"];
        put?: never;
        post?: never;
        /**
         * Delete a purchase by store purchase id
         * @description Deletes the purchase whose store identifier is `{purchaseId}` (one request per purchase; there is no bulk delete). Deletion recalculates the contact's purchase statistics, CLV/RFM and best-sellers; it does not delete the contact, undo workflows or change the cart. The reference lists no `404` for this operation.
         */
        delete: operations["deletePurchaseByPurchaseId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupon-sets/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List coupon sets
         * @description Lists the account's coupon sets. Coupon sets are read-only through the API: codes are added with an import of `type=coupons`, and coupons are assigned to contacts inside workflows.
         */
        get: operations["listCouponSets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupon-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a coupon set
         * @description Returns one coupon set with its usage counters (`available` and `assigned` are updated in batches, with up to about 10 seconds of lag).
         */
        get: operations["getCouponSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports
         * @description Lists the account's imports, newest first.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Create an import
         * @description Uploads a CSV file and queues an asynchronous bulk import of contacts, products or coupons. Poll `GET /imports/{id}` until `status` is `finished` (row problems are counted in `errors` and listed in the file at `errorReportFileUrl`) or `error`. At most 10 imports can be queued per account (`E0401`) and the file may not exceed 50 Mb. Purchases cannot be imported.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an import
         * @description Returns one import; poll it to follow progress.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        /**
         * Delete an import
         * @description Deletes an import (requires the Imports "Delete" permission of the API key). Inferred: a queued or running import is cancelled (`status: cancelled`, rows already applied stay); a finished one is removed.
         */
        delete: operations["deleteImport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exports
         * @description Lists the account's exports, newest first.
         */
        get: operations["listExports"];
        put?: never;
        /**
         * Create an export
         * @description Queues an asynchronous export of contacts or activities. `fromDate` and `toDate` are required for `activities` and the range may not exceed 31 days; `segmentId` applies to both types. At most 5 exports can be queued per account (`E0301`). Poll `GET /exports/{id}` until `status` is `finished` and download the ZIP at `fileUrl`.
         */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/type/data-explorer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a data-explorer export
         * @description Queues an export of a data-explorer report. `fromDate` and `toDate` are `YYYY-MM-DD` dates in the account's timezone and the range may not exceed 31 days. The request must have `Content-Type: application/json`, otherwise `415`.
         */
        post: operations["createDataExplorerExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an export
         * @description Returns one export. When it is `finished`, `fileUrl` holds a download link to a ZIP of CSV files; a new URL is generated on every GET and is valid for 100 minutes.
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        /**
         * Delete an export
         * @description Deletes an export; deleting queued exports frees room under the limit of 5 queued exports (`E0301`).
         */
        delete: operations["deleteExport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-events/alias/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a custom event by event type alias
         * @description Sends one event of a `receive`-category custom event type into Connectif. The body is a flat object keyed by the event type's field ids; validation is strict (unknown fields are rejected) and the event type must have a required `email` field marked as primary key. With `createContact=false` (the default) an unknown contact fails with `400` `E0501`; with `true` the contact is created. Events received through the API have no web context in workflows, and the endpoint is not meant to be called from browsers. The support centre limits an event to 512 KB.
         */
        post: operations["createCustomEventByAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-events/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a custom event by event type id
         * @description Same as `createCustomEventByAlias`, addressing the event type by its id. Sends one event of a `receive`-category custom event type into Connectif. The body is a flat object keyed by the event type's field ids; validation is strict (unknown fields are rejected) and the event type must have a required `email` field marked as primary key. With `createContact=false` (the default) an unknown contact fails with `400` `E0501`; with `true` the contact is created. Events received through the API have no web context in workflows, and the endpoint is not meant to be called from browsers. The support centre limits an event to 512 KB.
         */
        post: operations["createCustomEventById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-integrations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom integrations
         * @description Lists the account's custom integrations.
         */
        get: operations["listCustomIntegrations"];
        put?: never;
        /**
         * Create a custom integration
         * @description Creates a custom integration (the container of custom event types, shown in "Integrations > Custom integrations (webhooks)").
         */
        post: operations["createCustomIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom integration
         * @description Returns one custom integration.
         */
        get: operations["getCustomIntegration"];
        put?: never;
        post?: never;
        /**
         * Delete a custom integration
         * @description Deletes a custom integration.
         */
        delete: operations["deleteCustomIntegration"];
        options?: never;
        head?: never;
        /**
         * Update a custom integration
         * @description Partial update of a custom integration.
         */
        patch: operations["patchCustomIntegration"];
        trace?: never;
    };
    "/custom-integrations/{id}/custom-event-types/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a custom event type
         * @description Creates a custom event type inside the custom integration `{id}`.
         *
         *     - `send` category: Connectif sends the event to `webhookUrl` with the `webhookHeaders` added (e.g. an
         *       `x-api-key` header); `alias` is forbidden.
         *     - `receive` category: events come in through the public API (`POST /custom-events/alias/{alias}`), a webhook or
         *       a web/mobile app; `alias` is required.
         *
         *     Only one field can be the primary key and it must be of type `email`; it is required when `receiveType` is
         *     webhook or api. `jsonPointerPath` (RFC 6901, e.g. `/tokens/0`) tells Connectif where to read a field's value.
         */
        post: operations["createCustomEventType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-event-types/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom event types
         * @description Lists the custom event types of all custom integrations of the account. Inferred: the reference documents the `CustomEventType` and `CustomEventTypeList` resources but the captured pages do not show this route; the path follows client code (timbal-ai/timbal), which calls the top-level `/custom-event-types/` collection.
         */
        get: operations["listCustomEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-event-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom event type
         * @description Returns one custom event type. Inferred: the reference documents the `CustomEventType` and `CustomEventTypeList` resources but the captured pages do not show this route; the path follows client code (timbal-ai/timbal), which calls the top-level `/custom-event-types/` collection.
         */
        get: operations["getCustomEventType"];
        put?: never;
        post?: never;
        /**
         * Delete a custom event type
         * @description Deletes one custom event type. Inferred: the reference documents the `CustomEventType` and `CustomEventTypeList` resources but the captured pages do not show this route; the path follows client code (timbal-ai/timbal), which calls the top-level `/custom-event-types/` collection.
         */
        delete: operations["deleteCustomEventType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description Lists the account's workflows (read only).
         */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description Returns one workflow (read only).
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the store
         * @description Returns the details of the store (account) that owns the API key; client code uses it as a health check.
         */
        get: operations["getStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{env}/client-script/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the client script of a web client id
         * @description The JavaScript a shop loads on every page (`https://cdn.connectif.cloud/{env}/client-script/{token}`); it defines `window.connectif` and `window.initializeConnectif` and ends with the account's configuration (`window.connectifConfiguration={…};window.initializeConnectif(window.connectifConfiguration);`). The sandbox serves its own emulation of the script, configured from the account's web settings.
         */
        get: operations["getClientScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scripts/service-worker.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the web push Service Worker script
         * @description The Service Worker a shop imports from a file on its own origin (`importScripts("https://cdn.connectif.cloud/scripts/service-worker.js")`) so that web pushes show notifications and open their link when clicked.
         */
        get: operations["getServiceWorkerScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration-type/system/scrippet-notification/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the page's tags and events (client script)
         * @description What the client script posts on each page and on each `connectif.managed.sendEvents(events, {entityInfo, cart})` call, as `text/plain` so that browsers send it without a preflight. `entityInfo` updates the browser's contact (found by `trackerId`; `primaryKey` identifies it by email; custom fields must exist, as in the REST API), `events` become the contact's activities, `cart` is the cart's current state and `pushSubscription` the browser's web push subscription. The answer names the tracker id the browser keeps and the content to show.
         */
        post: operations["sendScrippetNotification"];
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
         * @description Error body used for 400, 403, 404, 413, 415 (RFC 7807-like; no `type` or `instance`). Custom errors add `code` (`E0xxx`) and, for some codes, extra fields such as `productIds` or `allowedDomains`.
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Contact maria.garcia@example.com does not exist.",
         *       "code": "E0101"
         *     }
         */
        HttpError: {
            /** @description HTTP status code. */
            status: number;
            /** @description HTTP status text. */
            title: string;
            /** @description Human-readable explanation. */
            detail: string;
            /** @description Custom error code (`E0xxx`), only on custom errors. */
            code?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One validation problem, as a public client's test of the real API records it (`{"name":"segmentId","path":"/filters/segmentId","reason":"Value is not valid"}`). */
        ValidationError: {
            /** @description The property that is invalid (the last segment of `path`); empty for the whole body. */
            name: string;
            /** @description JSON pointer to the invalid value in the body (`/filters/segmentId`). Inferred: a query or path parameter is placed under its location (`/query/limit`); only body pointers are evidenced. */
            path: string;
            /** @description Why the value is invalid. A malformed ObjectId (`segmentId`) is `Value is not valid`, as the real API answers; other wordings are the sandbox's. Inferred: only that one reason is evidenced. */
            reason: string;
        };
        /**
         * @description Body of `422` responses: the request is well-formed but fails validation. The shape (`status`, `title` `Unprocessable entity`, `detail` `One or more validation error occurred.`, `validationErrors[]` with `name`, `path` and `reason`) is the real API's answer to a malformed `segmentId`, as recorded in a public export client's tests.
         * @example {
         *       "status": 422,
         *       "title": "Unprocessable entity",
         *       "detail": "One or more validation error occurred.",
         *       "validationErrors": [
         *         {
         *           "name": "_emailStatus",
         *           "path": "/_emailStatus",
         *           "reason": "must be equal to one of the allowed values: active, bounced, paused, banned"
         *         }
         *       ]
         *     }
         */
        HttpUnprocessableEntityError: {
            /**
             * @description HTTP status code.
             * @constant
             */
            status?: 422;
            /** @description HTTP status text, spelled `Unprocessable entity`. */
            title?: string;
            /** @description Summary, `One or more validation error occurred.` */
            detail: string;
            /** @description The individual problems. */
            validationErrors: components["schemas"]["ValidationError"][];
        };
        /** @description Product ids named by `E0102`/`E0103`. Inferred: the custom-error table calls this extra field `productIds` while the same page's JSON example spells it `productsId`; the sandbox emits `productIds`. */
        ErrorProductIds: string[];
        /**
         * E0101 error
         * @description Purchase creation: the contact given by `contactEmail` or `contactExternalId` does not exist (older docs mention only `contactEmail`).
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Contact maria.garcia@example.com does not exist.",
         *       "code": "E0101"
         *     }
         */
        E0101Error: components["schemas"]["HttpError"] & {
            /** @constant */
            code: "E0101";
        };
        /**
         * E0102 error
         * @description Purchase creation: some products are not in the catalogue.
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Products SKU-99001, SKU-99002 are not in the catalog.",
         *       "code": "E0102",
         *       "productIds": [
         *         "SKU-99001",
         *         "SKU-99002"
         *       ]
         *     }
         */
        E0102Error: components["schemas"]["HttpError"] & {
            /** @constant */
            code: "E0102";
            productIds: components["schemas"]["ErrorProductIds"];
        };
        /**
         * E0103 error
         * @description Purchase creation: some product URLs are not in the account's authorized domains.
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Product 5cf8c05f5b4cb901091f7d98, 5cf8c05f5b4cb901091f7d99 had URL from non authorized domain.",
         *       "code": "E0103",
         *       "productIds": [
         *         "5cf8c05f5b4cb901091f7d98",
         *         "5cf8c05f5b4cb901091f7d99"
         *       ],
         *       "allowedDomains": [
         *         "http://www.mysite.com"
         *       ]
         *     }
         */
        E0103Error: components["schemas"]["HttpError"] & {
            /** @constant */
            code: "E0103";
            productIds: components["schemas"]["ErrorProductIds"];
            /** @description The account's authorized domains. */
            allowedDomains: string[];
        };
        /**
         * E0201 error
         * @description Product create/patch: a product URL is from a non-authorized domain.
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Product URL from non authorized domain.",
         *       "code": "E0201",
         *       "allowedDomains": [
         *         "http://www.mysite.com"
         *       ]
         *     }
         */
        E0201Error: components["schemas"]["HttpError"] & {
            /** @constant */
            code: "E0201";
            /** @description The account's authorized domains. */
            allowedDomains: string[];
        };
        /**
         * E0301 error
         * @description Export creation: the limit of 5 queued exports was reached.
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Limit of 5 queued exports reached. Wait until some of them are completed or deleted.",
         *       "code": "E0301"
         *     }
         */
        E0301Error: components["schemas"]["HttpError"] & {
            /** @constant */
            code: "E0301";
        };
        /**
         * E0401 error
         * @description Import creation: the limit of 10 queued imports was reached.
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Limit of 10 queued imports reached. Wait until some of them are finished.",
         *       "code": "E0401"
         *     }
         */
        E0401Error: components["schemas"]["HttpError"] & {
            /** @constant */
            code: "E0401";
        };
        /**
         * E0501 error
         * @description Custom event creation: the contact does not exist and `createContact` is false.
         * @example {
         *       "status": 400,
         *       "title": "Bad Request",
         *       "detail": "Contact does not exist.",
         *       "code": "E0501"
         *     }
         */
        E0501Error: components["schemas"]["HttpError"] & {
            /** @constant */
            code: "E0501";
        };
        /** @description Navigation links of a list page; a key is omitted when there is no such page. */
        ListLinks: {
            /**
             * Format: uri
             * @description URL of the next page, present if there are more elements.
             */
            next?: string;
            /**
             * Format: uri
             * @description URL of the previous page, present if there is a previous page.
             */
            prev?: string;
        };
        /** @description Value of a custom contact field or of a custom event field: string (`text`, `email`, `date`, `radio`, `phone`), number (`decimal`), integer (`integer`), boolean (`boolean`) or array of strings (`checkbox`). */
        CustomFieldValue: string | number | boolean | string[];
        /** @description Option of a `radio` or `checkbox` field. */
        FieldOption: {
            /** @description Option id (the stored value). */
            id: string;
            /** @description Label shown in the UI. */
            label: string;
        };
        /**
         * @description Email deliverability status.
         * @enum {string}
         */
        EmailStatus: "active" | "bounced" | "paused" | "banned";
        /**
         * @description Mobile phone status.
         * @enum {string}
         */
        MobilePhoneStatus: "active" | "bounced" | "paused";
        /**
         * @description Subscription status (newsletter or SMS).
         * @enum {string}
         */
        SubscriptionStatus: "subscribed" | "unsubscribed" | "none";
        /** @description Body of `PATCH /contacts/{email}`. All fields are optional; only those present change. Any other key is a custom contact field, addressed by its contact-field id (see `GET /contact-fields/`); its value type follows the field type: string for `text`, `email`, `date`, `radio` and `phone`; boolean for `boolean`; number for `decimal`; integer for `integer`; array of strings for `checkbox`. */
        ContactPatch: {
            /** @description First name. */
            _name?: string;
            /** @description Last name. */
            _surname?: string;
            /**
             * Format: date-time
             * @description Birth date (ISO 8601).
             */
            _birthdate?: string;
            /**
             * Format: international
             * @description Mobile phone number in international form.
             */
            _mobilePhone?: string;
            _emailStatus?: components["schemas"]["EmailStatus"];
            _mobilePhoneStatus?: components["schemas"]["MobilePhoneStatus"];
            _newsletterSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            _smsSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            /** @description Contact score (points). */
            _points?: number;
        } & {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /** @description Body of `PATCH /contacts/email/{email}`: the `ContactPatch` fields plus `_externalId`. Any other key is a custom contact field, addressed by its contact-field id (see `GET /contact-fields/`); its value type follows the field type: string for `text`, `email`, `date`, `radio` and `phone`; boolean for `boolean`; number for `decimal`; integer for `integer`; array of strings for `checkbox`. */
        ContactPatchByEmail: {
            /** @description First name. */
            _name?: string;
            /** @description Last name. */
            _surname?: string;
            /**
             * Format: date-time
             * @description Birth date (ISO 8601).
             */
            _birthdate?: string;
            /**
             * Format: international
             * @description Mobile phone number in international form.
             */
            _mobilePhone?: string;
            _emailStatus?: components["schemas"]["EmailStatus"];
            _mobilePhoneStatus?: components["schemas"]["MobilePhoneStatus"];
            _newsletterSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            _smsSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            /** @description Contact score (points). */
            _points?: number;
            /** @description The store's identifier of the contact. */
            _externalId?: string;
        } & {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /** @description Body of `PATCH /contacts/external-id/{externalId}`: the `ContactPatch` fields plus `_email`. Any other key is a custom contact field, addressed by its contact-field id (see `GET /contact-fields/`); its value type follows the field type: string for `text`, `email`, `date`, `radio` and `phone`; boolean for `boolean`; number for `decimal`; integer for `integer`; array of strings for `checkbox`. */
        ContactPatchByExternalId: {
            /** @description First name. */
            _name?: string;
            /** @description Last name. */
            _surname?: string;
            /**
             * Format: date-time
             * @description Birth date (ISO 8601).
             */
            _birthdate?: string;
            /**
             * Format: international
             * @description Mobile phone number in international form.
             */
            _mobilePhone?: string;
            _emailStatus?: components["schemas"]["EmailStatus"];
            _mobilePhoneStatus?: components["schemas"]["MobilePhoneStatus"];
            _newsletterSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            _smsSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            /** @description Contact score (points). */
            _points?: number;
            /**
             * Format: email
             * @description Email of the contact.
             */
            _email?: string;
        } & {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /** @description A contact: the writable fields plus read-only, computed ones. Custom fields appear under their contact-field ids. */
        Contact: {
            /** @description Connectif identifier. */
            readonly id: string;
            /**
             * Format: email
             * @description Email.
             */
            _email?: string;
            /** @description The store's identifier of the contact. Inferred: the contact resource page does not list it; it is returned because the newer routes key contacts by it. */
            _externalId?: string;
            /** @description First name. */
            _name?: string;
            /** @description Last name. */
            _surname?: string;
            /**
             * Format: date-time
             * @description Birth date (ISO 8601).
             */
            _birthdate?: string;
            /**
             * Format: international
             * @description Mobile phone number in international form.
             */
            _mobilePhone?: string;
            _emailStatus?: components["schemas"]["EmailStatus"];
            _mobilePhoneStatus?: components["schemas"]["MobilePhoneStatus"];
            _newsletterSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            _smsSubscriptionStatus?: components["schemas"]["SubscriptionStatus"];
            /** @description Contact score (points). */
            _points?: number;
            /**
             * Format: date-time
             * @description Creation date.
             */
            readonly _createdAt?: string;
            /**
             * Format: date-time
             * @description Last update date.
             */
            readonly _updatedAt?: string;
            /** @description Whether the contact is anonymous. */
            readonly _isAnonymous?: boolean;
            /** @description Whether the contact has web push subscriptions. */
            readonly _hasPushSubscriptions?: boolean;
            /** @description Reason of the last hard bounce. */
            readonly _emailBouncedReason?: string;
            /**
             * Format: date-time
             * @description Date of the last hard bounce.
             */
            readonly _emailLastBouncedDate?: string;
            /**
             * Format: date-time
             * @description Date of the last soft bounce.
             */
            readonly _emailLastSoftBounceDate?: string;
            /**
             * Format: date-time
             * @description Date of the last unsubscription.
             */
            readonly _emailLastUnsubscribedDate?: string;
            /** @description IP address of the last unsubscription. */
            readonly _emailLastUnsubscribedIp?: string;
            /** @description Number of soft bounces. */
            readonly _emailSoftBounces?: number;
            /**
             * Format: date-time
             * @description Date of the first purchase.
             */
            readonly _firstPurchaseDate?: string;
            /**
             * Format: date-time
             * @description Date of the last purchase.
             */
            readonly _lastPurchaseDate?: string;
            /** @description Number of purchases. */
            readonly _totalPurchases?: number;
            /** @description Sum of the purchase totals. */
            readonly _totalPurchasesAmount?: number;
            /** @description Average purchase total. */
            readonly _averagePurchasesAmount?: number;
            /** @description Customer lifetime value. */
            readonly _clv?: number;
            /** @description Probability that the customer is still active. */
            readonly _pAlive?: number;
            /** @description Churn rate (0-100); null for contacts without purchases. */
            readonly _churnRate?: number | null;
            /** @description Expected number of future purchases. */
            readonly _expectedPurchases?: number;
            /** @description RFM recency score. */
            readonly _recency?: string;
            /** @description RFM frequency score. */
            readonly _frequency?: string;
            /** @description RFM monetary score. */
            readonly _monetary?: string;
            /** @description RFM segment. */
            readonly _rfm?: string;
        } & {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /**
         * @description Type of a contact field.
         * @enum {string}
         */
        ContactFieldType: "text" | "email" | "date" | "radio" | "phone" | "boolean" | "decimal" | "integer" | "checkbox";
        /** @description Body of `POST /contact-fields/`. Inferred: the captured reference does not show which fields are required; `id`, `name` and `type` are required by the sandbox. */
        ContactFieldCreation: {
            /** @description Field id: starts with a letter; letters, digits, `-`, `_` and brackets; at most 150 characters; `id` is reserved. */
            id: string;
            /** @description Display name. */
            name: string;
            type: components["schemas"]["ContactFieldType"];
            /** @description Whether the field is mandatory. */
            required?: boolean;
            /** @description Default value; required when `required` is true, not allowed for `email` and `phone` fields. */
            defaultValue?: components["schemas"]["CustomFieldValue"];
            /** @description Default country code for `phone` fields (e.g. `ES`). */
            defaultCountryCode?: string;
            /** @description Maximum length for `text` fields. */
            maxLength?: number;
            /** @description Minimum value for `integer` and `decimal` fields. */
            minValue?: number;
            /** @description Maximum value for `integer` and `decimal` fields. */
            maxValue?: number;
            /**
             * Format: date-time
             * @description Earliest value for `date` fields.
             */
            minDate?: string;
            /**
             * Format: date-time
             * @description Latest value for `date` fields.
             */
            maxDate?: string;
            /** @description Options of `radio` and `checkbox` fields. */
            options?: components["schemas"]["FieldOption"][];
        };
        /** @description Definition of a contact field (built-in or custom). */
        ContactField: {
            /** @description Field id; built-in fields start with `_`. */
            id: string;
            /** @description Display name. */
            name?: string;
            type?: components["schemas"]["ContactFieldType"];
            /** @description False for built-in fields such as `_email`. */
            custom?: boolean;
            /** @description Whether the field can be written. */
            readOnly?: boolean;
            /** @description Whether the field is mandatory. */
            required?: boolean;
            /** @description Default value. */
            defaultValue?: components["schemas"]["CustomFieldValue"];
            /** @description Default country code (`phone` fields). */
            defaultCountryCode?: string;
            /** @description Maximum length (`text` fields). */
            maxLength?: number;
            /** @description Minimum value (`integer`/`decimal` fields). */
            minValue?: number;
            /** @description Maximum value (`integer`/`decimal` fields). */
            maxValue?: number;
            /**
             * Format: date-time
             * @description Earliest value (`date` fields).
             */
            minDate?: string;
            /**
             * Format: date-time
             * @description Latest value (`date` fields).
             */
            maxDate?: string;
            /** @description Options (`radio`/`checkbox` fields). */
            options?: components["schemas"]["FieldOption"][];
        };
        /** @description List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. */
        ContactFieldList: {
            links: components["schemas"]["ListLinks"];
            /** @description The elements of this page. */
            results: components["schemas"]["ContactField"][];
        };
        /**
         * @description Availability accepted on write.
         * @default instock
         * @enum {string}
         */
        ProductAvailabilityWrite: "instock" | "outofstock";
        /**
         * @description Availability as read back.
         * @enum {string}
         */
        ProductAvailability: "instock" | "outofstock" | "unverified" | "discontinued";
        /** @description Body of `PATCH /products/product-id/{productId}`. All fields are optional; the product's `productId` comes from the path. The same field names are the CSV headers of product imports. */
        ProductCreation: {
            /** @description Product name. */
            name?: string;
            /** @description Product description. */
            description?: string;
            /**
             * Format: uri
             * @description URL of the product page; must be in one of the account's authorized domains.
             */
            productDetailUrl?: string;
            /**
             * Format: uri
             * @description URL of the product image; must be in one of the account's authorized domains.
             */
            imageUrl?: string;
            /**
             * Format: uri
             * @description URL of the thumbnail; must be in one of the account's authorized domains.
             */
            thumbnailUrl?: string;
            /** @description Current unit price. */
            unitPrice?: number;
            /** @description Unit price before discounts. */
            unitPriceOriginal?: number;
            /** @description Unit price without VAT. */
            unitPriceWithoutVAT?: number;
            /** @description Discount per unit, as an amount. */
            discountedAmount?: number;
            /** @description Discount per unit, as a percentage (0-100). */
            discountedPercentage?: number;
            availability?: components["schemas"]["ProductAvailabilityWrite"];
            /** @description Units in stock. */
            inStockUnits?: number;
            /** @description Brand. */
            brand?: string;
            /** @description Categories; a hierarchy is written with `/` (e.g. `Pc/Keyboards/Special`). */
            categories?: string[];
            /** @description Free tags. */
            tags?: string[];
            /** @description Free custom field 1. */
            customField1?: string;
            /** @description Free custom field 2. */
            customField2?: string;
            /** @description Free custom field 3. */
            customField3?: string;
            /** @description Priority of the product in recommendations. */
            priority?: number;
            /** @description Excluded from recommendations. */
            isBlacklisted?: boolean;
            /**
             * Format: date-time
             * @description Publication date.
             */
            publishedAt?: string;
            /** @description Average rating. */
            rating?: number;
            /** @description Number of ratings. */
            ratingCount?: number;
            /** @description Number of reviews. */
            reviewCount?: number;
            /** @description Store `productId`s of related products. */
            relatedExternalProductIds?: string[];
        };
        /** @description A catalogue product. */
        Product: {
            /** @description Connectif identifier. */
            readonly id: string;
            /** @description The store's identifier. */
            productId?: string;
            /** @description Product name. */
            name?: string;
            /** @description Product description. */
            description?: string;
            /**
             * Format: uri
             * @description URL of the product page; must be in one of the account's authorized domains.
             */
            productDetailUrl?: string;
            /**
             * Format: uri
             * @description URL of the product image; must be in one of the account's authorized domains.
             */
            imageUrl?: string;
            /**
             * Format: uri
             * @description URL of the thumbnail; must be in one of the account's authorized domains.
             */
            thumbnailUrl?: string;
            /** @description Current unit price. */
            unitPrice?: number;
            /** @description Unit price before discounts. */
            unitPriceOriginal?: number;
            /** @description Unit price without VAT. */
            unitPriceWithoutVAT?: number;
            /** @description Discount per unit, as an amount. */
            discountedAmount?: number;
            /** @description Discount per unit, as a percentage (0-100). */
            discountedPercentage?: number;
            availability?: components["schemas"]["ProductAvailability"];
            /** @description Units in stock. */
            inStockUnits?: number;
            /** @description Brand. */
            brand?: string;
            /** @description Categories; a hierarchy is written with `/` (e.g. `Pc/Keyboards/Special`). */
            categories?: string[];
            /** @description Free tags. */
            tags?: string[];
            /** @description Free custom field 1. */
            customField1?: string;
            /** @description Free custom field 2. */
            customField2?: string;
            /** @description Free custom field 3. */
            customField3?: string;
            /** @description Priority of the product in recommendations. */
            priority?: number;
            /** @description Excluded from recommendations. */
            isBlacklisted?: boolean;
            /**
             * Format: date-time
             * @description Publication date.
             */
            publishedAt?: string;
            /** @description Average rating. */
            rating?: number;
            /** @description Number of ratings. */
            ratingCount?: number;
            /** @description Number of reviews. */
            reviewCount?: number;
            /** @description Store `productId`s of related products. */
            relatedExternalProductIds?: string[];
            /**
             * Format: date-time
             * @description Creation date.
             */
            readonly createdAt?: string;
            /**
             * Format: date-time
             * @description Last update date.
             */
            readonly updatedAt?: string;
        };
        /** @description A line of a purchase. Inferred: the reference's "Required" column was not captured; the required fields follow the JavaScript cart/product event model (`quantity`, `price`, `productDetailUrl`, `productId`, `name`, `unitPrice`). */
        PurchaseProduct: {
            /** @description Connectif identifier of the product (set in responses). */
            readonly id?: string;
            /** @description The store's identifier of the product. */
            productId: string;
            /** @description Product name. */
            name: string;
            /** @description Units bought. */
            quantity: number;
            /** @description Line total, usually `quantity` × `unitPrice`. */
            price: number;
            /** @description Unit price paid. */
            unitPrice: number;
            /** @description Unit price before discounts. */
            unitPriceOriginal?: number;
            /** @description Unit price without VAT. */
            unitPriceWithoutVAT?: number;
            /** @description Discount per unit, as an amount. */
            discountedAmount?: number;
            /** @description Discount per unit, as a percentage (0-100). */
            discountedPercentage?: number;
            /**
             * Format: uri
             * @description URL of the product page.
             */
            productDetailUrl: string;
            /**
             * Format: uri
             * @description URL of the product image.
             */
            imageUrl?: string;
            /**
             * Format: uri
             * @description URL of the thumbnail.
             */
            thumbnailUrl?: string;
            /** @description Product description. */
            description?: string;
            /** @description Brand. */
            brand?: string;
            /** @description Categories; a hierarchy is written with `/` (e.g. `Pc/Keyboards/Special`). */
            categories?: string[];
            /** @description Free tags. */
            tags?: string[];
            /** @description Free custom field 1. */
            customField1?: string;
            /** @description Free custom field 2. */
            customField2?: string;
            /** @description Free custom field 3. */
            customField3?: string;
            /**
             * Format: date-time
             * @description Publication date.
             */
            publishedAt?: string;
            /** @description Average rating. */
            rating?: number;
            /** @description Number of ratings. */
            ratingCount?: number;
            /** @description Number of reviews. */
            reviewCount?: number;
        };
        /** @description Body of `POST /purchases/`. The contact must already exist (`E0101` otherwise). Inferred: the reference's "Required" column was not captured; `purchaseId`, `totalQuantity`, `totalPrice` and `products` are required as in the JavaScript "purchase made" event, plus one of `contactEmail` / `contactExternalId`. */
        PurchaseCreation: {
            /** @description The store's identifier of the order. */
            purchaseId: string;
            /**
             * Format: date-time
             * @description Date of the purchase (ISO 8601).
             */
            purchaseDate?: string;
            /**
             * Format: email
             * @description Email of the buying contact.
             */
            contactEmail?: string;
            /** @description `_externalId` of the buying contact (alternative to `contactEmail`). */
            contactExternalId?: string;
            /** @description Identifier of the cart. */
            cartId?: string;
            /** @description Payment method. */
            paymentMethod?: string;
            /** @description Order total. */
            totalPrice: number;
            /** @description Total units, counting repeated units of the same product. */
            totalQuantity: number;
            /** @description Purchased lines. */
            products: components["schemas"]["PurchaseProduct"][];
        } & (({
            /** Format: email */
            contactEmail: string;
        } & {
            [key: string]: unknown;
        }) | ({
            contactExternalId: string;
        } & {
            [key: string]: unknown;
        }));
        /** @description A purchase: the creation fields plus Connectif ids and timestamps (`contactEmail` and `contactId` may be missing). */
        Purchase: {
            /** @description Connectif identifier. */
            readonly id: string;
            /** @description The store's identifier of the order. */
            purchaseId?: string;
            /**
             * Format: date-time
             * @description Date of the purchase.
             */
            purchaseDate?: string;
            /** @description Connectif identifier of the contact. */
            readonly contactId?: string;
            /**
             * Format: email
             * @description Email of the contact.
             */
            contactEmail?: string;
            /** @description `_externalId` of the contact. */
            contactExternalId?: string;
            /** @description Identifier of the cart. */
            cartId?: string;
            /** @description Payment method. */
            paymentMethod?: string;
            /** @description Order total. */
            totalPrice?: number;
            /** @description Total units. */
            totalQuantity?: number;
            /** @description Purchased lines, each with its Connectif product `id`. */
            products?: components["schemas"]["PurchaseProduct"][];
            /**
             * Format: date-time
             * @description Creation date.
             */
            readonly createdAt?: string;
            /**
             * Format: date-time
             * @description Last update date.
             */
            readonly updatedAt?: string;
        };
        /** @description A coupon set. `available` and `assigned` are updated in batches (up to about 10 s of lag). */
        CouponSet: {
            /** @description Identifier. */
            id: string;
            /** @description Name. */
            name?: string;
            /**
             * @description `single`: one shared code; `multiple`: unique codes.
             * @enum {string}
             */
            type?: "single" | "multiple";
            /** @description The shared code (single sets only). */
            code?: string;
            /** @description Number of coupons; null for a single set with unlimited use. */
            quantity?: number | null;
            /** @description Coupons still available; null for a single set with unlimited use. */
            available?: number | null;
            /** @description Coupons assigned to contacts. */
            assigned?: number;
            /**
             * Format: date-time
             * @description Creation date.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Last update date.
             */
            updatedAt?: string;
            /** @description Workflows that use the set. */
            usedInWorkflows?: {
                /** @description Identifier of a workflow using the set. */
                workflowId: string;
            }[];
        };
        /** @description List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. */
        CouponSetList: {
            links: components["schemas"]["ListLinks"];
            /** @description The elements of this page. */
            results: components["schemas"]["CouponSet"][];
        };
        /**
         * @description What the import loads.
         * @enum {string}
         */
        ImportType: "contacts" | "products" | "coupons";
        /**
         * @description CSV column delimiter.
         * @enum {string}
         */
        CsvDelimiter: "," | ";";
        /** @description Multipart form of `POST /imports/`. Booleans travel as the strings `true` / `false`. */
        ImportCreation: {
            type: components["schemas"]["ImportType"];
            /** @description Overwrite existing elements. */
            overrideExisting: boolean;
            /** @description Only fill fields that are empty; may be true only if `overrideExisting` is true. */
            updateOnlyEmptyFields: boolean;
            delimiter: components["schemas"]["CsvDelimiter"];
            /** @description Coupon set that receives the codes; required when `type` is `coupons`. */
            couponSetId?: string;
            /**
             * Format: binary
             * @description UTF-8 CSV whose header row holds field ids: contacts need `_email`; products use the product field names; coupons have a single `code` column. At most 50 Mb. Inferred: list cells (checkbox fields, `categories`, `tags`) separate values with `|`; an empty cell leaves the field as it is.
             */
            file: Blob;
        } & (({
            /** @enum {string} */
            type?: "contacts" | "products";
        } & {
            [key: string]: unknown;
        }) | ({
            /** @constant */
            type?: "coupons";
            couponSetId: string;
        } & {
            [key: string]: unknown;
        }));
        /** @description Options the import was created with. */
        ImportOptions: {
            /** @description Coupon set (coupon imports). */
            couponSetId?: string;
            delimiter?: components["schemas"]["CsvDelimiter"];
            /** @description Overwrite existing elements. */
            overrideExisting?: boolean;
            /** @description Only fill empty fields. */
            updateOnlyEmptyFields?: boolean;
        };
        /** @description An asynchronous import job. Rows with problems do not fail the job; they are counted in `errors`. */
        Import: {
            /** @description Identifier. */
            id: string;
            type?: components["schemas"]["ImportType"];
            /**
             * @description Job status. Inferred: the real pace is unknown; the sandbox starts a job 1 s of sandbox time after it is created (or after the account's previous job ends), runs the account's jobs one at a time, and applies 20,000 rows per second of sandbox time. Rows with problems are counted in `errors`; the good rows still land.
             * @enum {string}
             */
            status?: "queued" | "inProgress" | "finished" | "error" | "cancelled";
            /**
             * @description Where the import was created.
             * @enum {string}
             */
            origin?: "api" | "app";
            options?: components["schemas"]["ImportOptions"];
            /** @description Rows in the file. */
            total?: number;
            /** @description Rows imported. */
            success?: number;
            /** @description Rows rejected. */
            errors?: number;
            /**
             * Format: uri
             * @description Download URL of the file listing the rejected rows.
             */
            errorReportFileUrl?: string;
            /**
             * Format: date-time
             * @description Creation date.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When processing started.
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When processing finished.
             */
            finishedAt?: string;
            /**
             * Format: date-time
             * @description When the import was cancelled.
             */
            cancelledAt?: string;
        };
        /** @description List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. */
        ImportList: {
            links: components["schemas"]["ListLinks"];
            /** @description The elements of this page. */
            results: components["schemas"]["Import"][];
        };
        /**
         * @description Format of dates in the exported CSV.
         * @enum {string}
         */
        ExportDateFormat: "ISO" | "L" | "LL" | "LLL";
        /**
         * @description Export file format version. Inferred: the reference lists `v1` and `v2` (default `v1`), but the support centre documents contact export versions up to V5 and client code sends `v6`, so any `v<n>` is accepted.
         * @default v1
         * @example v1
         * @example v2
         */
        ExportVersion: string;
        /** @description Body of `POST /exports/`. `fromDate` and `toDate` are required for `activities` and may be at most 31 days apart. Inferred: which other fields are required is not shown in the captured reference page; only `exportType` is required by the sandbox. */
        ExportCreation: {
            /**
             * @description What to export.
             * @enum {string}
             */
            exportType: "contacts" | "activities";
            delimiter?: components["schemas"]["CsvDelimiter"];
            dateFormat?: components["schemas"]["ExportDateFormat"];
            /** @description Filters. */
            filters?: {
                segmentId?: components["schemas"]["SegmentId"];
                fromDate?: components["schemas"]["ExportRangeDate"];
                toDate?: components["schemas"]["ExportRangeDate"];
                /** @description Activity types to include (activities). */
                activityTypes?: string[];
            };
            version?: components["schemas"]["ExportVersion"];
        } & (({
            /** @constant */
            exportType?: "contacts";
        } & {
            [key: string]: unknown;
        }) | ({
            /** @constant */
            exportType?: "activities";
            /** @description The range's formats are checked once, in the first branch. */
            filters: {
                fromDate: string;
                toDate: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }));
        /**
         * @description Only contacts of this segment (both export types), a 24-hex ObjectId. A malformed one is a 422 (`/filters/segmentId`, `Value is not valid`), as a public export client's test of the real API records. In the sandbox, segments are defined with `POST /__admin/connectif/segments` or a fixture file. Inferred, what the real API does with a well-formed id that names no segment is not known; the sandbox exports nothing for it.
         * @example 643e76bfc1d60cb6ca7832fb
         */
        SegmentId: string;
        /**
         * @description A bound of an activities export's range (`fromDate`, `toDate`): an ISO 8601 date-time, or a date (`YYYY-MM-DD`). Inferred: the reference documents date-time; public clients also send dates, evidenced only by their own mocks. The sandbox accepts both and reads a date as the whole day in the store's timezone: `fromDate` from its first instant, `toDate` to its last, so `2026-03-01`..`2026-03-31` is 31 days.
         * @example 2026-03-01T00:00:00.000Z
         * @example 2026-03-01
         */
        ExportRangeDate: string;
        /** @description Body of `POST /exports/type/data-explorer`. Inferred: the captured reference page does not show which fields are required; `filters` with `reportId`, `fromDate` and `toDate` is required by the sandbox. */
        DataExplorerExportCreation: {
            delimiter?: components["schemas"]["CsvDelimiter"];
            /** @description Report and date range. */
            filters: {
                /** @description Data-explorer report id. */
                reportId: string;
                /**
                 * Format: date
                 * @description First day (`YYYY-MM-DD`, account timezone).
                 */
                fromDate: string;
                /**
                 * Format: date
                 * @description Last day (`YYYY-MM-DD`, account timezone); at most 31 days after `fromDate`.
                 */
                toDate: string;
            };
        };
        /** @description An asynchronous export job. */
        Export: {
            /** @description Identifier. */
            id: string;
            /**
             * @description What is exported.
             * @enum {string}
             */
            exportType?: "contacts" | "activities" | "banner-stats" | "form-stats" | "modal-stats" | "push-stats" | "webhooks-execution-logs" | "data-explorer";
            /**
             * @description Job status (values seen in client code).
             * @enum {string}
             */
            status?: "queued" | "inProgress" | "finished" | "error";
            /** @description Elements processed so far. */
            progress?: number;
            /** @description Elements to process. */
            total?: number;
            /**
             * Format: uri
             * @description Download URL of the ZIP with the CSV file(s); present only when finished. A new URL is generated on every GET and is valid for 100 minutes.
             */
            fileUrl?: string;
            /** @description File name. */
            fileName?: string;
            /** @description File extension. */
            fileExtension?: string;
            /** @description Filters the export was created with. */
            filters?: {
                /** @description Activity types. */
                activityTypes?: string[];
                /** @description Start of the range as sent (date-time or `YYYY-MM-DD`). */
                fromDate?: string;
                /** @description Data-explorer report id. */
                reportId?: string;
                /** @description Segment id. */
                segmentId?: string;
                /** @description End of the range as sent (date-time or `YYYY-MM-DD`). */
                toDate?: string;
            };
            /** @description Where the export was created. */
            origin?: string;
            /**
             * Format: date-time
             * @description Creation date.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the export finished.
             */
            finishedAt?: string;
            dateFormat?: components["schemas"]["ExportDateFormat"];
            delimiter?: components["schemas"]["CsvDelimiter"];
            version?: components["schemas"]["ExportVersion"];
        };
        /** @description List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. */
        ExportList: {
            links: components["schemas"]["ListLinks"];
            /** @description The elements of this page. */
            results: components["schemas"]["Export"][];
        };
        /** @description Body of the custom-event endpoints: a flat object keyed by the event type's field ids. Values follow the field type (string, number, integer, boolean, or array of strings for checkbox). Unknown fields are rejected. */
        CreateCustomEvent: {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /** @description Body of a successful custom-event creation. Inferred: the resource is named in the reference but its fields were not captured; the sandbox returns the stored event's id, its event type and the contact it was attached to. */
        CreateCustomEventResponse: {
            /** @description Identifier of the stored event. */
            id: string;
            /** @description Identifier of the custom event type. */
            eventTypeId: string;
            /** @description Identifier of the contact the event was attached to (created if `createContact` was true). */
            contactId: string;
            /**
             * Format: date-time
             * @description When the event was stored.
             */
            createdAt: string;
        };
        /** @description Body of `POST /custom-integrations/`. Inferred: the captured reference does not show which fields are required; only `name` is required by the sandbox. */
        CustomIntegrationCreation: {
            /** @description Integration name. */
            name: string;
            /** @description Description. */
            description?: string;
            /** @description Colour shown in the UI (e.g. `#2f80ed`). */
            color?: string;
            /**
             * Format: uri
             * @description Custom image; null when there is none.
             */
            imageUri?: string | null;
            /** @description Whether the integration's events are enabled. */
            eventsEnabled?: boolean;
        };
        /** @description Body of `PATCH /custom-integrations/{id}`; only the fields present change. */
        CustomIntegrationUpdate: {
            /** @description Integration name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Colour shown in the UI. */
            color?: string;
            /**
             * Format: uri
             * @description Custom image; null when there is none.
             */
            imageUri?: string | null;
            /** @description Whether the integration's events are enabled. */
            eventsEnabled?: boolean;
        };
        /** @description A custom integration. */
        CustomIntegration: {
            /** @description Identifier. */
            id: string;
            /** @description Integration name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Colour shown in the UI. */
            color?: string;
            /**
             * Format: uri
             * @description Custom image; null when there is none.
             */
            imageUri?: string | null;
            /** @description Whether the integration's events are enabled. */
            eventsEnabled?: boolean;
        };
        /** @description List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. Inferred: no list resource is documented for this collection; the shape of the documented lists (`links` + `results`) is assumed. */
        CustomIntegrationList: {
            links: components["schemas"]["ListLinks"];
            /** @description The elements of this page. */
            results: components["schemas"]["CustomIntegration"][];
        };
        /**
         * @description `send`: Connectif sends the event to an external webhook; `receive`: Connectif receives it.
         * @enum {string}
         */
        CustomEventCategory: "send" | "receive";
        /**
         * @description How a `receive` event arrives. Inferred: the enum values are not visible in the reference; the support centre names the contexts Public API, Webhook and Web or Mobile App.
         * @enum {string}
         */
        CustomEventReceiveType: "api" | "webhook" | "web";
        /**
         * @description Type of a custom event field. Inferred: the values are not listed in the captured pages; the contact field types are assumed (the documented value types and `email` primary key, `phone` country code and `radio`/`checkbox` options match them).
         * @enum {string}
         */
        CustomEventFieldType: "text" | "email" | "date" | "radio" | "phone" | "boolean" | "decimal" | "integer" | "checkbox";
        /** @description HTTP header added to the outbound webhook call. */
        WebhookHeader: {
            /** @description Header name, e.g. `x-api-key`. */
            name: string;
            /** @description Header value. */
            value: string;
        };
        /** @description A field of a custom event type. Inferred: which field attributes are required is not shown; `id`, `name` and `type` are required by the sandbox. */
        CustomEventTypeField: {
            /** @description Field id (the key in event bodies). */
            id: string;
            /** @description Display name. */
            name: string;
            type: components["schemas"]["CustomEventFieldType"];
            /** @description Whether the field is mandatory. */
            required?: boolean;
            /** @description Primary key of the event; at most one field, of type `email`. */
            isPrimaryKey?: boolean;
            /** @description JSON Pointer (RFC 6901) for extracting the field value, e.g. `/tokens/0`. */
            jsonPointerPath?: string;
            /** @description Default country code (`phone` fields). */
            defaultCountryCode?: string;
            /** @description Options (`radio`/`checkbox` fields). */
            options?: components["schemas"]["FieldOption"][];
        };
        /** @description Body of `POST /custom-integrations/{id}/custom-event-types/`. `alias` is required for `receive` and forbidden for `send`; `webhookUrl` and `webhookHeaders` configure `send` events. Inferred: which fields are required is not shown in the captured page; `name`, `category` and `fields` are required by the sandbox. */
        CustomEventTypeCreation: {
            /** @description Event type name. */
            name: string;
            /** @description Icon shown in the UI. */
            icon?: string;
            category: components["schemas"]["CustomEventCategory"];
            /** @description Alias used by `POST /custom-events/alias/{alias}` (receive only). */
            alias?: string;
            receiveType?: components["schemas"]["CustomEventReceiveType"];
            /**
             * Format: uri
             * @description URL Connectif calls for `send` events.
             */
            webhookUrl?: string;
            /** @description Headers added to the webhook call. */
            webhookHeaders?: components["schemas"]["WebhookHeader"][];
            /** @description Fields of the event. */
            fields: components["schemas"]["CustomEventTypeField"][];
        };
        /** @description A custom event type. */
        CustomEventType: {
            /** @description Identifier. */
            id: string;
            /** @description Event type name. */
            name?: string;
            /** @description Icon shown in the UI. */
            icon?: string;
            category?: components["schemas"]["CustomEventCategory"];
            /** @description Alias (receive only). */
            alias?: string;
            receiveType?: components["schemas"]["CustomEventReceiveType"];
            /**
             * Format: uri
             * @description URL Connectif calls for `send` events.
             */
            webhookUrl?: string;
            /** @description Headers added to the webhook call. */
            webhookHeaders?: components["schemas"]["WebhookHeader"][];
            /** @description Fields of the event. */
            fields?: components["schemas"]["CustomEventTypeField"][];
            /**
             * Format: date-time
             * @description Creation date.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Last update date.
             */
            updatedAt?: string;
        };
        /** @description List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. */
        CustomEventTypeList: {
            links: components["schemas"]["ListLinks"];
            /** @description The elements of this page. */
            results: components["schemas"]["CustomEventType"][];
        };
        /** @description A workflow (read only). Inferred: only the routes are known from client code; the fields are the sandbox's choice. */
        Workflow: {
            /** @description Identifier. */
            id: string;
            /** @description Workflow name. */
            name?: string;
            /** @description Workflow status as shown in the UI (e.g. `active`). */
            status?: string;
            /**
             * Format: date-time
             * @description Creation date.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Last update date.
             */
            updatedAt?: string;
        };
        /** @description List page. `links.next` is present when there are more elements, `links.prev` when there is a previous page. Inferred: no list resource is documented for this collection; the shape of the documented lists (`links` + `results`) is assumed. */
        WorkflowList: {
            links: components["schemas"]["ListLinks"];
            /** @description The elements of this page. */
            results: components["schemas"]["Workflow"][];
        };
        /** @description What the client script reads back - the browser's tracker id (kept in localStorage `cn_tracker`) and the web content to show. The sandbox shows none. */
        ScrippetNotificationAnswer: {
            /** @description The browser's tracker id (24 characters). */
            trackerId: string;
            /** @description Modals by trigger (`immediate`, `onLeavePage`, `onScroll`, `onTimer`). */
            webModals: Record<string, never>;
            banners: Record<string, never>[];
            webContents: Record<string, never>[];
        };
        /** @description The store (account) that owns the API key. Inferred: only the route is known from client code; the fields are the sandbox's choice (the timezone and authorized domains are facts the API relies on elsewhere). */
        Store: {
            /** @description Identifier. */
            id: string;
            /** @description Store name. */
            name?: string;
            /**
             * Format: uri
             * @description Store website.
             */
            url?: string;
            /** @description IANA timezone of the account (used by data-explorer date filters). */
            timezone?: string;
            /** @description Authorized domains for product URLs (`E0103`, `E0201`). */
            allowedDomains?: string[];
        };
    };
    responses: {
        /** @description Bad request: the body is not valid JSON or breaks a business rule. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description Not authorized to access API (missing or unknown API key). Inferred: the reference documents no response body for 401; client test mocks answer `text/plain` `Unauthorized`, and so does the sandbox. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description Permission not granted to the API Key or account has been blocked. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The resource does not exist. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description Maximum allowed size is 50Mb. */
        PayloadTooLarge: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The body is over the endpoint's size limit. Inferred: only imports (50 Mb) and custom events (512 Kb) document a limit; the sandbox applies 50 Mb to every other body and answers like the import limit. */
        PayloadTooLargeInferred: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The request has the wrong `Content-Type` (not `multipart/form-data` for imports, not `application/json` for JSON endpoints). */
        UnsupportedMediaType: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description Resource contains validation errors. */
        UnprocessableEntity: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpUnprocessableEntityError"];
            };
        };
        /** @description Requests rate limit reached (100 requests per minute per account). Inferred: no body is documented for 429; the sandbox answers an `HttpError`. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description No resource has this id or key. Inferred: the response table of the operations using this response is not documented (or was not captured); an unknown id or key is answered `404` with an `HttpError` body, as on the documented purchase lookups. */
        NotFoundInferred: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The contact existed and was updated. Inferred: the response tables of the contact PATCH reference pages were not captured; the sandbox answers `200` with the full `Contact` when the contact already existed. */
        ContactUpdated: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Contact"];
            };
        };
        /** @description The contact did not exist and was created. Inferred: the response tables of the contact PATCH reference pages were not captured; the sandbox answers `201` with the full `Contact` when the PATCH created it. */
        ContactCreated: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Contact"];
            };
        };
        /** @description Bad request: the body is not valid JSON. Inferred: the response table of the operations using this response is not documented; a body that is not valid JSON is assumed to be answered like on the documented endpoints (`400` + `HttpError`). */
        BadRequestInferred: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description Resource contains validation errors. Inferred: the response table of the operations using this response is not documented; schema violations are assumed to be answered like on the documented endpoints (`422` + `HttpUnprocessableEntityError`). */
        UnprocessableEntityInferred: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpUnprocessableEntityError"];
            };
        };
        /** @description The resource was deleted. Inferred: the status of the deletes using this response is not documented; `204 No Content` is assumed, as on the documented `DELETE /purchases/purchase-id/{purchaseId}`. */
        NoContentInferred: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The event is too large. Inferred: the reference's 413 row says "Maximum allowed size is 50Mb", while the support centre limits an event received through the API to 512 KB; the sandbox rejects bodies over 512 KB, with the documented message. */
        CustomEventTooLarge: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
    };
    parameters: {
        /**
         * @description Email of the contact (URL-encoded).
         * @example maria.garcia@example.com
         */
        ContactEmail: string;
        /**
         * @description The contact's `_externalId` (the store's customer id, URL-encoded).
         * @example CUST-100482
         */
        ContactExternalId: string;
        /**
         * @description Id of the contact field (the key used in contact bodies and CSV headers).
         * @example reskyt-token
         */
        ContactFieldId: string;
        /**
         * @description The product's identifier in the store (`productId`, URL-encoded).
         * @example SKU-48213
         */
        StoreProductId: string;
        /**
         * @description Connectif identifier of the product.
         * @example 5cf8c05f5b4cb901091f7d98
         */
        ProductId: string;
        /**
         * @description Connectif identifier of the purchase.
         * @example 65d1e0a4c3b2a10019f0e7a2
         */
        PurchaseId: string;
        /**
         * @description The purchase's identifier in the store (`purchaseId`, URL-encoded).
         * @example ORD-2025-000731
         */
        StorePurchaseId: string;
        /**
         * @description Identifier of the coupon set.
         * @example 63a0c1d2e3f4a50012345678
         */
        CouponSetId: string;
        /**
         * @description Identifier of the import.
         * @example 6072374b4d3ceb76e44d4323
         */
        ImportId: string;
        /**
         * @description Identifier of the export.
         * @example 65d1f2b7c3b2a10019f0e8b1
         */
        ExportId: string;
        /**
         * @description Alias of a `receive`-category custom event type.
         * @example store-visit
         */
        CustomEventTypeAlias: string;
        /**
         * @description Identifier of the custom event type.
         * @example 65c0a1b2c3d4e50011223366
         */
        CustomEventTypeId: string;
        /**
         * @description Identifier of the custom integration.
         * @example 65c0a1b2c3d4e50011223344
         */
        CustomIntegrationId: string;
        /**
         * @description Identifier of the workflow.
         * @example 63a0c1d2e3f4a5001234abcd
         */
        WorkflowId: string;
        /**
         * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
         * @example 20
         */
        Limit: number;
        /**
         * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
         * @example 0
         */
        Offset: number;
        /**
         * @description Whether the purchase fires the workflows' "On-Purchase" trigger. Other side effects (e.g. entering a segment) may still happen when false.
         * @example false
         */
        TriggerPurchaseEvent: boolean;
        /**
         * @description Create the contact when it does not exist. When false, an unknown contact fails with `400` `E0501`.
         * @example true
         */
        CreateContact: boolean;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests allowed per minute for the account (100). The limit is shared by all API keys of the account.
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 98
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the current window resets, as a Unix timestamp in seconds. Inferred: the rate-limit guide only shows the example value `1580919168`, whose magnitude matches epoch seconds.
         * @example 1580919168
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Email of the contact (URL-encoded).
                 * @example maria.garcia@example.com
                 */
                email: components["parameters"]["ContactEmail"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Email of the contact (URL-encoded).
                 * @example maria.garcia@example.com
                 */
                email: components["parameters"]["ContactEmail"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPatch"];
            };
        };
        responses: {
            200: components["responses"]["ContactUpdated"];
            201: components["responses"]["ContactCreated"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactByEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Email of the contact (URL-encoded).
                 * @example maria.garcia@example.com
                 */
                email: components["parameters"]["ContactEmail"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContactByEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Email of the contact (URL-encoded).
                 * @example maria.garcia@example.com
                 */
                email: components["parameters"]["ContactEmail"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchContactByEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Email of the contact (URL-encoded).
                 * @example maria.garcia@example.com
                 */
                email: components["parameters"]["ContactEmail"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPatchByEmail"];
            };
        };
        responses: {
            200: components["responses"]["ContactUpdated"];
            201: components["responses"]["ContactCreated"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's `_externalId` (the store's customer id, URL-encoded).
                 * @example CUST-100482
                 */
                externalId: components["parameters"]["ContactExternalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContactByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's `_externalId` (the store's customer id, URL-encoded).
                 * @example CUST-100482
                 */
                externalId: components["parameters"]["ContactExternalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchContactByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's `_externalId` (the store's customer id, URL-encoded).
                 * @example CUST-100482
                 */
                externalId: components["parameters"]["ContactExternalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPatchByExternalId"];
            };
        };
        responses: {
            200: components["responses"]["ContactUpdated"];
            201: components["responses"]["ContactCreated"];
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactFields: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contact fields. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFieldList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContactField: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactFieldCreation"];
            };
        };
        responses: {
            /** @description The field was created. Inferred: the success status is not shown in the captured reference page; `201` is assumed, as on the other documented create endpoints. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactField"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the contact field (the key used in contact bodies and CSV headers).
                 * @example reskyt-token
                 */
                id: components["parameters"]["ContactFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact field. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContactField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the contact field (the key used in contact bodies and CSV headers).
                 * @example reskyt-token
                 */
                id: components["parameters"]["ContactFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProductByProductId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The product's identifier in the store (`productId`, URL-encoded).
                 * @example SKU-48213
                 */
                productId: components["parameters"]["StoreProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProductByProductId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The product's identifier in the store (`productId`, URL-encoded).
                 * @example SKU-48213
                 */
                productId: components["parameters"]["StoreProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchProductByProductId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The product's identifier in the store (`productId`, URL-encoded).
                 * @example SKU-48213
                 */
                productId: components["parameters"]["StoreProductId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCreation"];
            };
        };
        responses: {
            /** @description The product existed and was updated. Inferred: the response table of this operation is not documented; the sandbox answers `200` with the full `Product` when it already existed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description The product did not exist and was created. Inferred: the response table of this operation is not documented; the sandbox answers `201` with the full `Product` when the PATCH created it. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad request: invalid JSON, or a product URL outside the authorized domains (`E0201`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["E0201Error"] | components["schemas"]["HttpError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Connectif identifier of the product.
                 * @example 5cf8c05f5b4cb901091f7d98
                 */
                id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Connectif identifier of the product.
                 * @example 5cf8c05f5b4cb901091f7d98
                 */
                id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPurchase: {
        parameters: {
            query?: {
                /**
                 * @description Whether the purchase fires the workflows' "On-Purchase" trigger. Other side effects (e.g. entering a segment) may still happen when false.
                 * @example false
                 */
                triggerPurchaseEvent?: components["parameters"]["TriggerPurchaseEvent"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseCreation"];
            };
        };
        responses: {
            /** @description The purchase was created; the body exposes its Connectif `id`. Inferred: the success row of the reference's response table was not captured; `201` with the `Purchase` resource is assumed, since the get-by-id page says the Connectif id is exposed by the create endpoint. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Purchase"];
                };
            };
            /** @description Bad request: invalid JSON, or a referential check failed (`E0101`, `E0102`, `E0103`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["E0101Error"] | components["schemas"]["E0102Error"] | components["schemas"]["E0103Error"] | components["schemas"]["HttpError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPurchase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Connectif identifier of the purchase.
                 * @example 65d1e0a4c3b2a10019f0e7a2
                 */
                id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Purchase"];
                };
            };
            /** @description The id in the path is not a valid identifier. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePurchase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Connectif identifier of the purchase.
                 * @example 65d1e0a4c3b2a10019f0e7a2
                 */
                id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPurchaseByPurchaseId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The purchase's identifier in the store (`purchaseId`, URL-encoded).
                 * @example ORD-2025-000731
                 */
                purchaseId: components["parameters"]["StorePurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Purchase"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePurchaseByPurchaseId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The purchase's identifier in the store (`purchaseId`, URL-encoded).
                 * @example ORD-2025-000731
                 */
                purchaseId: components["parameters"]["StorePurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase was deleted. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCouponSets: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of coupon sets. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponSetList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCouponSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the coupon set.
                 * @example 63a0c1d2e3f4a50012345678
                 */
                id: components["parameters"]["CouponSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coupon set. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponSet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listImports: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of imports. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportCreation"];
            };
        };
        responses: {
            /** @description The import was queued. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Bad request, or the limit of 10 queued imports was reached (`E0401`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["E0401Error"] | components["schemas"]["HttpError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Resource contains validation errors. */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpUnprocessableEntityError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the import.
                 * @example 6072374b4d3ceb76e44d4323
                 */
                id: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the import.
                 * @example 6072374b4d3ceb76e44d4323
                 */
                id: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listExports: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of exports. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportCreation"];
            };
        };
        responses: {
            /** @description The export was queued. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description Bad request, or the limit of 5 queued exports was reached (`E0301`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["E0301Error"] | components["schemas"]["HttpError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            /** @description The request has the wrong `Content-Type`. Inferred: the captured reference page shows only 201, 400 and 401; this response is assumed to exist as on `POST /exports/type/data-explorer`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            /** @description Resource contains validation errors: a malformed `segmentId` is evidenced by a public client's test of the real API. Inferred: the other reasons (a missing or reversed range, one over 31 days) are the sandbox's. */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpUnprocessableEntityError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    createDataExplorerExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataExplorerExportCreation"];
            };
        };
        responses: {
            /** @description The export was queued. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the export.
                 * @example 65d1f2b7c3b2a10019f0e8b1
                 */
                id: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the export.
                 * @example 65d1f2b7c3b2a10019f0e8b1
                 */
                id: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomEventByAlias: {
        parameters: {
            query?: {
                /**
                 * @description Create the contact when it does not exist. When false, an unknown contact fails with `400` `E0501`.
                 * @example true
                 */
                createContact?: components["parameters"]["CreateContact"];
            };
            header?: never;
            path: {
                /**
                 * @description Alias of a `receive`-category custom event type.
                 * @example store-visit
                 */
                alias: components["parameters"]["CustomEventTypeAlias"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomEvent"];
            };
        };
        responses: {
            /** @description The event was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomEventResponse"];
                };
            };
            /** @description Bad request, or the contact does not exist and `createContact` is false (`E0501`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["E0501Error"] | components["schemas"]["HttpError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No custom event type has this alias. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            413: components["responses"]["CustomEventTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Resource contains validation errors. */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpUnprocessableEntityError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomEventById: {
        parameters: {
            query?: {
                /**
                 * @description Create the contact when it does not exist. When false, an unknown contact fails with `400` `E0501`.
                 * @example true
                 */
                createContact?: components["parameters"]["CreateContact"];
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the custom event type.
                 * @example 65c0a1b2c3d4e50011223366
                 */
                id: components["parameters"]["CustomEventTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomEvent"];
            };
        };
        responses: {
            /** @description The event was created. Inferred: only the path is evidenced (client code); the responses are assumed identical to `createCustomEventByAlias`. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomEventResponse"];
                };
            };
            /** @description Bad request, or the contact does not exist and `createContact` is false (`E0501`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["E0501Error"] | components["schemas"]["HttpError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No custom event type has this id. Inferred: only the path is evidenced (client code); the responses are assumed identical to `createCustomEventByAlias`. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            413: components["responses"]["CustomEventTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Resource contains validation errors. Inferred: only the path is evidenced (client code); the responses are assumed identical to `createCustomEventByAlias`. */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HttpUnprocessableEntityError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of custom integrations. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomIntegrationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomIntegrationCreation"];
            };
        };
        responses: {
            /** @description The integration was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomIntegration"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCustomIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the custom integration.
                 * @example 65c0a1b2c3d4e50011223344
                 */
                id: components["parameters"]["CustomIntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomIntegration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCustomIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the custom integration.
                 * @example 65c0a1b2c3d4e50011223344
                 */
                id: components["parameters"]["CustomIntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchCustomIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the custom integration.
                 * @example 65c0a1b2c3d4e50011223344
                 */
                id: components["parameters"]["CustomIntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomIntegrationUpdate"];
            };
        };
        responses: {
            /** @description The updated integration. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomIntegration"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomEventType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the custom integration.
                 * @example 65c0a1b2c3d4e50011223344
                 */
                id: components["parameters"]["CustomIntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomEventTypeCreation"];
            };
        };
        responses: {
            /** @description The event type was created. Inferred: the success status is not shown in the captured reference page; `201` is assumed, as on `POST /custom-integrations/`. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomEventType"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            413: components["responses"]["PayloadTooLargeInferred"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomEventTypes: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of custom event types. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomEventTypeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCustomEventType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the custom event type.
                 * @example 65c0a1b2c3d4e50011223366
                 */
                id: components["parameters"]["CustomEventTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event type. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomEventType"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCustomEventType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the custom event type.
                 * @example 65c0a1b2c3d4e50011223366
                 */
                id: components["parameters"]["CustomEventTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContentInferred"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of results in the page. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `limit` (default 20, maximum 100) and builds `links.next`/`links.prev` with it.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of results to skip. Inferred: the paging parameters of list endpoints are not documented; the sandbox accepts `offset` (default 0).
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workflows. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntityInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the workflow.
                 * @example 63a0c1d2e3f4a5001234abcd
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The store. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClientScript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's data-centre shard, as in `eu1`, `eu6` or `cl1`.
                 * @example eu1
                 */
                env: string;
                /**
                 * @description The account's web client id (a UUID).
                 * @example 2f6a3c2e-8d7b-4f7e-9a51-4c1f0b9e2d11
                 */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example window.connectifConfiguration={"token":"2f6a3c2e-8d7b-4f7e-9a51-4c1f0b9e2d11"};window.initializeConnectif(window.connectifConfiguration); */
                    "application/javascript": string;
                };
            };
            /** @description No account has this web client id. Inferred: what the CDN answers for an unknown token is not documented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example Unknown web client id. */
                    "text/plain": string;
                };
            };
        };
    };
    getServiceWorkerScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Service Worker script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example self.addEventListener('push', function (event) { /* … *\/ }); */
                    "application/javascript": string;
                };
            };
            /** @description A method other than GET. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Method Not Allowed",
                     *       "detail": "Method POST not allowed on /scripts/service-worker.js."
                     *     }
                     */
                    "application/json": components["schemas"]["HttpError"];
                };
            };
        };
    };
    sendScrippetNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's web client id (a UUID).
                 * @example 2f6a3c2e-8d7b-4f7e-9a51-4c1f0b9e2d11
                 */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {"entityInfo":{"reskyt-token":"5d41402abc4b2a76b9719d911017c592","trackerId":"64a1f3aac3b2a10019f0e8c2"},"events":[],"bannerPlaceholders":[],"pageInfo":{"categories":[],"title":"Shop","keywords":[],"tags":[]},"browserInfo":{"url":"https%3A%2F%2Fshop.example.com%2F","device":"mobile"}} */
                "text/plain": string;
            };
        };
        responses: {
            /** @description The notification was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScrippetNotificationAnswer"];
                };
            };
            /** @description The body is not a JSON object. Inferred: Connectif's answer to a malformed notification is not documented. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "detail": "The notification must be a JSON object: Unexpected token 'x', \"x\" is not valid JSON."
                     *     }
                     */
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            /** @description No account has this web client id. Inferred: the real answer to an unknown token is not documented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Unknown web client id."
                     *     }
                     */
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            /** @description The notification is larger than the sandbox accepts. Inferred: Connectif's limit is not documented; the sandbox's is its default body limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "detail": "Request body is too large."
                     *     }
                     */
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            /** @description The body is not `text/plain`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "detail": "Request without text/plain Content-Type header"
                     *     }
                     */
                    "application/json": components["schemas"]["HttpError"];
                };
            };
            /** @description The body is empty. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "title": "Unprocessable entity",
                     *       "detail": "One or more validation error occurred.",
                     *       "validationErrors": [
                     *         {
                     *           "name": "body",
                     *           "path": "/",
                     *           "reason": "is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["HttpUnprocessableEntityError"];
                };
            };
        };
    };
}
