/**
 * Generated from openapi/*.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
/** operationId → method and path (or webhook name) in openapi/admin.yaml. */
export const adminOperations = {
  "resetSandbox": {
    "method": "post",
    "path": "/reset"
  },
  "listRequests": {
    "method": "get",
    "path": "/requests"
  },
  "streamRequests": {
    "method": "get",
    "path": "/requests/stream"
  },
  "listAccounts": {
    "method": "get",
    "path": "/accounts"
  },
  "createAccount": {
    "method": "post",
    "path": "/accounts"
  },
  "updateAccount": {
    "method": "patch",
    "path": "/accounts/{id}"
  },
  "getAccountSettings": {
    "method": "get",
    "path": "/accounts/{id}/settings"
  },
  "updateAccountSettings": {
    "method": "patch",
    "path": "/accounts/{id}/settings"
  },
  "getSummary": {
    "method": "get",
    "path": "/summary"
  },
  "getClock": {
    "method": "get",
    "path": "/clock"
  },
  "moveClock": {
    "method": "post",
    "path": "/clock"
  },
  "getRetention": {
    "method": "get",
    "path": "/retention"
  },
  "updateRetention": {
    "method": "patch",
    "path": "/retention"
  },
  "listFaults": {
    "method": "get",
    "path": "/faults"
  },
  "addFault": {
    "method": "post",
    "path": "/faults"
  },
  "clearFaults": {
    "method": "delete",
    "path": "/faults"
  },
  "deleteFault": {
    "method": "delete",
    "path": "/faults/{id}"
  },
  "listProviderStates": {
    "method": "get",
    "path": "/pact/provider-states"
  },
  "runProviderState": {
    "method": "post",
    "path": "/pact/provider-states"
  },
  "getImportErrorReport": {
    "method": "get",
    "path": "/connectif/imports/{id}/errors.csv"
  },
  "getExportFile": {
    "method": "get",
    "path": "/connectif/exports/{id}/file"
  },
  "defineOutboundEvent": {
    "method": "post",
    "path": "/connectif/outbound"
  },
  "sendOutboundEvent": {
    "method": "post",
    "path": "/connectif/outbound/{eventTypeId}/send"
  },
  "listOutboundDeliveries": {
    "method": "get",
    "path": "/connectif/outbound/deliveries"
  },
  "listActivities": {
    "method": "get",
    "path": "/connectif/activities"
  },
  "listWebNotifications": {
    "method": "get",
    "path": "/connectif/notifications"
  },
  "listSegments": {
    "method": "get",
    "path": "/connectif/segments"
  },
  "createSegment": {
    "method": "post",
    "path": "/connectif/segments"
  },
  "listWebPushes": {
    "method": "get",
    "path": "/connectif/web-push"
  },
  "sendWebPush": {
    "method": "post",
    "path": "/connectif/web-push"
  },
  "listTrackedEvents": {
    "method": "get",
    "path": "/hellotext/events"
  },
  "listProfileEvents": {
    "method": "get",
    "path": "/hellotext/profiles/{id}/events"
  },
  "listSessionEvents": {
    "method": "get",
    "path": "/hellotext/sessions/{id}/events"
  },
  "listSessions": {
    "method": "get",
    "path": "/hellotext/sessions"
  },
  "makeSessionKnown": {
    "method": "post",
    "path": "/hellotext/sessions"
  },
  "setMessageState": {
    "method": "patch",
    "path": "/hellotext/messages/{id}"
  },
  "setTemplateState": {
    "method": "patch",
    "path": "/hellotext/templates/{id}"
  },
  "listSubmissions": {
    "method": "get",
    "path": "/hellotext/submissions"
  },
  "listIdentifications": {
    "method": "get",
    "path": "/hellotext/identifications"
  },
  "createForm": {
    "method": "post",
    "path": "/hellotext/forms"
  },
  "createPopup": {
    "method": "post",
    "path": "/hellotext/popups"
  },
  "createWebchat": {
    "method": "post",
    "path": "/hellotext/webchats"
  },
  "listOutbox": {
    "method": "get",
    "path": "/reskyt/outbox"
  },
  "clearOutbox": {
    "method": "delete",
    "path": "/reskyt/outbox"
  },
  "listDevices": {
    "method": "get",
    "path": "/reskyt/devices"
  },
  "registerDevice": {
    "method": "post",
    "path": "/reskyt/devices"
  },
  "sendJivoEvent": {
    "method": "post",
    "path": "/jivochat/send"
  },
  "playJivoConversation": {
    "method": "post",
    "path": "/jivochat/conversation"
  },
  "listJivoDeliveries": {
    "method": "get",
    "path": "/jivochat/deliveries"
  },
  "clearJivoDeliveries": {
    "method": "delete",
    "path": "/jivochat/deliveries"
  },
  "getCrmSettings": {
    "method": "get",
    "path": "/jivochat/crm/settings"
  },
  "updateCrmSettings": {
    "method": "patch",
    "path": "/jivochat/crm/settings"
  },
  "createCrmUser": {
    "method": "post",
    "path": "/jivochat/crm/users"
  },
  "createCrmContact": {
    "method": "post",
    "path": "/jivochat/crm/contacts"
  },
  "listCrmRecords": {
    "method": "get",
    "path": "/jivochat/crm/{collection}"
  },
  "getCrmRecord": {
    "method": "get",
    "path": "/jivochat/crm/{collection}/{id}"
  }
} as const

/** operationId → method and path (or webhook name) in openapi/connectif.yaml. */
export const connectifOperations = {
  "getContact": {
    "method": "get",
    "path": "/contacts/{email}"
  },
  "patchContact": {
    "method": "patch",
    "path": "/contacts/{email}"
  },
  "getContactByEmail": {
    "method": "get",
    "path": "/contacts/email/{email}"
  },
  "deleteContactByEmail": {
    "method": "delete",
    "path": "/contacts/email/{email}"
  },
  "patchContactByEmail": {
    "method": "patch",
    "path": "/contacts/email/{email}"
  },
  "getContactByExternalId": {
    "method": "get",
    "path": "/contacts/external-id/{externalId}"
  },
  "deleteContactByExternalId": {
    "method": "delete",
    "path": "/contacts/external-id/{externalId}"
  },
  "patchContactByExternalId": {
    "method": "patch",
    "path": "/contacts/external-id/{externalId}"
  },
  "listContactFields": {
    "method": "get",
    "path": "/contact-fields/"
  },
  "createContactField": {
    "method": "post",
    "path": "/contact-fields/"
  },
  "getContactField": {
    "method": "get",
    "path": "/contact-fields/{id}"
  },
  "deleteContactField": {
    "method": "delete",
    "path": "/contact-fields/{id}"
  },
  "getProductByProductId": {
    "method": "get",
    "path": "/products/product-id/{productId}"
  },
  "deleteProductByProductId": {
    "method": "delete",
    "path": "/products/product-id/{productId}"
  },
  "patchProductByProductId": {
    "method": "patch",
    "path": "/products/product-id/{productId}"
  },
  "getProduct": {
    "method": "get",
    "path": "/products/{id}"
  },
  "deleteProduct": {
    "method": "delete",
    "path": "/products/{id}"
  },
  "createPurchase": {
    "method": "post",
    "path": "/purchases/"
  },
  "getPurchase": {
    "method": "get",
    "path": "/purchases/{id}"
  },
  "deletePurchase": {
    "method": "delete",
    "path": "/purchases/{id}"
  },
  "getPurchaseByPurchaseId": {
    "method": "get",
    "path": "/purchases/purchase-id/{purchaseId}"
  },
  "deletePurchaseByPurchaseId": {
    "method": "delete",
    "path": "/purchases/purchase-id/{purchaseId}"
  },
  "listCouponSets": {
    "method": "get",
    "path": "/coupon-sets/"
  },
  "getCouponSet": {
    "method": "get",
    "path": "/coupon-sets/{id}"
  },
  "listImports": {
    "method": "get",
    "path": "/imports/"
  },
  "createImport": {
    "method": "post",
    "path": "/imports/"
  },
  "getImport": {
    "method": "get",
    "path": "/imports/{id}"
  },
  "deleteImport": {
    "method": "delete",
    "path": "/imports/{id}"
  },
  "listExports": {
    "method": "get",
    "path": "/exports/"
  },
  "createExport": {
    "method": "post",
    "path": "/exports/"
  },
  "createDataExplorerExport": {
    "method": "post",
    "path": "/exports/type/data-explorer"
  },
  "getExport": {
    "method": "get",
    "path": "/exports/{id}"
  },
  "deleteExport": {
    "method": "delete",
    "path": "/exports/{id}"
  },
  "createCustomEventByAlias": {
    "method": "post",
    "path": "/custom-events/alias/{alias}"
  },
  "createCustomEventById": {
    "method": "post",
    "path": "/custom-events/id/{id}"
  },
  "listCustomIntegrations": {
    "method": "get",
    "path": "/custom-integrations/"
  },
  "createCustomIntegration": {
    "method": "post",
    "path": "/custom-integrations/"
  },
  "getCustomIntegration": {
    "method": "get",
    "path": "/custom-integrations/{id}"
  },
  "deleteCustomIntegration": {
    "method": "delete",
    "path": "/custom-integrations/{id}"
  },
  "patchCustomIntegration": {
    "method": "patch",
    "path": "/custom-integrations/{id}"
  },
  "createCustomEventType": {
    "method": "post",
    "path": "/custom-integrations/{id}/custom-event-types/"
  },
  "listCustomEventTypes": {
    "method": "get",
    "path": "/custom-event-types/"
  },
  "getCustomEventType": {
    "method": "get",
    "path": "/custom-event-types/{id}"
  },
  "deleteCustomEventType": {
    "method": "delete",
    "path": "/custom-event-types/{id}"
  },
  "listWorkflows": {
    "method": "get",
    "path": "/workflows/"
  },
  "getWorkflow": {
    "method": "get",
    "path": "/workflows/{id}"
  },
  "getStore": {
    "method": "get",
    "path": "/store/"
  },
  "getClientScript": {
    "method": "get",
    "path": "/{env}/client-script/{token}"
  },
  "getServiceWorkerScript": {
    "method": "get",
    "path": "/scripts/service-worker.js"
  },
  "sendScrippetNotification": {
    "method": "post",
    "path": "/integration-type/system/scrippet-notification/{token}"
  }
} as const

/** operationId → method and path (or webhook name) in openapi/hellotext.yaml. */
export const hellotextOperations = {
  "listProfiles": {
    "method": "get",
    "path": "/v1/profiles"
  },
  "createProfile": {
    "method": "post",
    "path": "/v1/profiles"
  },
  "getProfile": {
    "method": "get",
    "path": "/v1/profiles/{id}"
  },
  "updateProfile": {
    "method": "patch",
    "path": "/v1/profiles/{id}"
  },
  "createProperty": {
    "method": "post",
    "path": "/v1/properties"
  },
  "attachSessionLegacy": {
    "method": "post",
    "path": "/v1/sessions/{session}"
  },
  "attachSession": {
    "method": "patch",
    "path": "/v1/sessions/{session}"
  },
  "listEvents": {
    "method": "get",
    "path": "/v1/attribution/events"
  },
  "trackEvent": {
    "method": "post",
    "path": "/v1/attribution/events"
  },
  "listProducts": {
    "method": "get",
    "path": "/v1/attribution/products"
  },
  "createProduct": {
    "method": "post",
    "path": "/v1/attribution/products"
  },
  "getProduct": {
    "method": "get",
    "path": "/v1/attribution/products/{id}"
  },
  "deleteProduct": {
    "method": "delete",
    "path": "/v1/attribution/products/{id}"
  },
  "updateProduct": {
    "method": "patch",
    "path": "/v1/attribution/products/{id}"
  },
  "createVariant": {
    "method": "post",
    "path": "/v1/attribution/products/{product_id}/variants"
  },
  "getVariant": {
    "method": "get",
    "path": "/v1/attribution/variants/{id}"
  },
  "deleteVariant": {
    "method": "delete",
    "path": "/v1/attribution/variants/{id}"
  },
  "updateVariant": {
    "method": "patch",
    "path": "/v1/attribution/variants/{id}"
  },
  "listOrders": {
    "method": "get",
    "path": "/v1/attribution/orders"
  },
  "createOrder": {
    "method": "post",
    "path": "/v1/attribution/orders"
  },
  "getOrder": {
    "method": "get",
    "path": "/v1/attribution/orders/{id}"
  },
  "updateOrder": {
    "method": "patch",
    "path": "/v1/attribution/orders/{id}"
  },
  "createOrderItem": {
    "method": "post",
    "path": "/v1/attribution/orders/{id}/items"
  },
  "getOrderItem": {
    "method": "get",
    "path": "/v1/attribution/order_items/{id}"
  },
  "deleteOrderItem": {
    "method": "delete",
    "path": "/v1/attribution/order_items/{id}"
  },
  "updateOrderItem": {
    "method": "patch",
    "path": "/v1/attribution/order_items/{id}"
  },
  "listCarts": {
    "method": "get",
    "path": "/v1/attribution/carts"
  },
  "createCoupon": {
    "method": "post",
    "path": "/v1/coupons"
  },
  "updateCoupon": {
    "method": "patch",
    "path": "/v1/coupons/{id}"
  },
  "listMessages": {
    "method": "get",
    "path": "/v1/messages"
  },
  "sendMessage": {
    "method": "post",
    "path": "/v1/messages"
  },
  "getMessage": {
    "method": "get",
    "path": "/v1/messages/{id}"
  },
  "createTemplate": {
    "method": "post",
    "path": "/v1/templates"
  },
  "getTemplate": {
    "method": "get",
    "path": "/v1/templates/{id}"
  },
  "deleteTemplate": {
    "method": "delete",
    "path": "/v1/templates/{id}"
  },
  "updateTemplate": {
    "method": "patch",
    "path": "/v1/templates/{id}"
  },
  "listActions": {
    "method": "get",
    "path": "/v1/actions"
  },
  "createAction": {
    "method": "post",
    "path": "/v1/actions"
  },
  "getAction": {
    "method": "get",
    "path": "/v1/actions/{id}"
  },
  "deleteAction": {
    "method": "delete",
    "path": "/v1/actions/{id}"
  },
  "updateAction": {
    "method": "patch",
    "path": "/v1/actions/{id}"
  },
  "listObjects": {
    "method": "get",
    "path": "/v1/objects"
  },
  "createObject": {
    "method": "post",
    "path": "/v1/objects"
  },
  "getObject": {
    "method": "get",
    "path": "/v1/objects/{id}"
  },
  "deleteObject": {
    "method": "delete",
    "path": "/v1/objects/{id}"
  },
  "updateObject": {
    "method": "patch",
    "path": "/v1/objects/{id}"
  },
  "listWordpressWebchats": {
    "method": "get",
    "path": "/v1/wordpress/webchats"
  },
  "createWooIntegration": {
    "method": "post",
    "path": "/integrations/woo"
  },
  "deleteWooIntegration": {
    "method": "delete",
    "path": "/integrations/woo"
  },
  "trackBrowserEvent": {
    "method": "post",
    "path": "/v1/track/events"
  },
  "createSession": {
    "method": "post",
    "path": "/v1/track/sessions"
  },
  "createIdentification": {
    "method": "post",
    "path": "/v1/public/identifications"
  },
  "getIdentification": {
    "method": "get",
    "path": "/v1/public/identifications/{receipt}"
  },
  "createAck": {
    "method": "post",
    "path": "/v1/public/acks"
  },
  "getBusiness": {
    "method": "get",
    "path": "/v1/public/businesses/{business_id}"
  },
  "getForm": {
    "method": "get",
    "path": "/v1/public/forms/{id}"
  },
  "createFormSubmission": {
    "method": "post",
    "path": "/v1/public/forms/{id}/submissions"
  },
  "resendSubmissionOtp": {
    "method": "post",
    "path": "/v1/public/submissions/{id}/otps"
  },
  "verifySubmissionOtp": {
    "method": "post",
    "path": "/v1/public/submissions/{id}/otps/{otp}/verify"
  },
  "getPopup": {
    "method": "get",
    "path": "/v1/public/popups/{id}"
  },
  "createPopupSubmission": {
    "method": "post",
    "path": "/v1/public/popups/{id}/submissions"
  },
  "resendPopupSubmission": {
    "method": "post",
    "path": "/v1/public/popups/{id}/submissions/{submission_id}/resend"
  },
  "cancelPopupSubmission": {
    "method": "post",
    "path": "/v1/public/popups/{id}/submissions/{submission_id}/cancel"
  },
  "createPushIdentity": {
    "method": "post",
    "path": "/v1/public/push/identities"
  },
  "deletePushIdentity": {
    "method": "delete",
    "path": "/v1/public/push/identities"
  },
  "createPushAlert": {
    "method": "post",
    "path": "/v1/public/push/alerts"
  },
  "getWebchat": {
    "method": "get",
    "path": "/v1/public/webchats/{id}"
  },
  "listWebchatMessages": {
    "method": "get",
    "path": "/v1/public/webchats/{id}/messages"
  },
  "createWebchatMessage": {
    "method": "post",
    "path": "/v1/public/webchats/{id}/messages"
  },
  "markWebchatMessagesSeen": {
    "method": "patch",
    "path": "/v1/public/webchats/{id}/messages/seen"
  },
  "getWhatsappWidget": {
    "method": "get",
    "path": "/v1/public/widgets/whatsapp/{id}"
  }
} as const

/** operationId → method and path (or webhook name) in openapi/jivochat.yaml. */
export const jivochatOperations = {
  "chatAccepted": {
    "method": "post",
    "webhook": "chat_accepted"
  },
  "chatUpdated": {
    "method": "post",
    "webhook": "chat_updated"
  },
  "clientUpdated": {
    "method": "post",
    "webhook": "client_updated"
  },
  "clientAttributeUpdated": {
    "method": "post",
    "webhook": "client_attribute_updated"
  },
  "chatFinished": {
    "method": "post",
    "webhook": "chat_finished"
  },
  "offlineMessage": {
    "method": "post",
    "webhook": "offline_message"
  },
  "callEvent": {
    "method": "post",
    "webhook": "call_event"
  },
  "chatAssigned": {
    "method": "post",
    "webhook": "chat_assigned"
  }
} as const

/** operationId → method and path (or webhook name) in openapi/reskyt.yaml. */
export const reskytOperations = {
  "sendPush": {
    "method": "post",
    "path": "/api/v2/push"
  },
  "sendLegacyPush": {
    "method": "post",
    "path": "/api/push"
  }
} as const
