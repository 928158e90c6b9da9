/**
 * Generated from openapi/*.yaml by `npm run generate`. Do not edit by hand:
 * change the YAML and regenerate (a test fails when this file is stale).
 */
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
