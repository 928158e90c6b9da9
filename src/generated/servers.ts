/**
 * Generated from openapi/*.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
/** First server of openapi/admin.yaml. */
export const adminServerUrl = "http://127.0.0.1:4010/__admin"

/** First server of openapi/connectif.yaml. */
export const connectifServerUrl = "https://api.connectif.cloud"

/** First server of openapi/hellotext.yaml. */
export const hellotextServerUrl = "https://api.hellotext.com"

/** First server of openapi/jivochat.yaml. */
export const jivochatServerUrl = "https://crm.example/jivo/webhooks"

/** First server of openapi/reskyt.yaml. */
export const reskytServerUrl = "https://app.reskyt.com"
