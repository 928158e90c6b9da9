/**
 * Generated from openapi/admin.yaml by `npm run generate`. Do not edit by hand: the route of
 * an operation is mocks/admin/<section>/<operationId>.ts, where <section> is its first tag
 * (a test fails when this file is stale).
 */
import { createAccount } from './accounts/createAccount.ts'
import { getAccountSettings } from './accounts/getAccountSettings.ts'
import { listAccounts } from './accounts/listAccounts.ts'
import { updateAccount } from './accounts/updateAccount.ts'
import { updateAccountSettings } from './accounts/updateAccountSettings.ts'
import { getClock } from './clock/getClock.ts'
import { moveClock } from './clock/moveClock.ts'
import { createSegment } from './connectif/createSegment.ts'
import { defineOutboundEvent } from './connectif/defineOutboundEvent.ts'
import { getExportFile } from './connectif/getExportFile.ts'
import { getImportErrorReport } from './connectif/getImportErrorReport.ts'
import { listActivities } from './connectif/listActivities.ts'
import { listOutboundDeliveries } from './connectif/listOutboundDeliveries.ts'
import { listSegments } from './connectif/listSegments.ts'
import { listWebNotifications } from './connectif/listWebNotifications.ts'
import { listWebPushes } from './connectif/listWebPushes.ts'
import { sendOutboundEvent } from './connectif/sendOutboundEvent.ts'
import { sendWebPush } from './connectif/sendWebPush.ts'
import { addFault } from './faults/addFault.ts'
import { clearFaults } from './faults/clearFaults.ts'
import { deleteFault } from './faults/deleteFault.ts'
import { listFaults } from './faults/listFaults.ts'
import { createForm } from './hellotext/createForm.ts'
import { createPopup } from './hellotext/createPopup.ts'
import { createWebchat } from './hellotext/createWebchat.ts'
import { listIdentifications } from './hellotext/listIdentifications.ts'
import { listProfileEvents } from './hellotext/listProfileEvents.ts'
import { listSessionEvents } from './hellotext/listSessionEvents.ts'
import { listSessions } from './hellotext/listSessions.ts'
import { listSubmissions } from './hellotext/listSubmissions.ts'
import { listTrackedEvents } from './hellotext/listTrackedEvents.ts'
import { makeSessionKnown } from './hellotext/makeSessionKnown.ts'
import { setMessageState } from './hellotext/setMessageState.ts'
import { setTemplateState } from './hellotext/setTemplateState.ts'
import { clearJivoDeliveries } from './jivochat/clearJivoDeliveries.ts'
import { listJivoDeliveries } from './jivochat/listJivoDeliveries.ts'
import { playJivoConversation } from './jivochat/playJivoConversation.ts'
import { sendJivoEvent } from './jivochat/sendJivoEvent.ts'
import { createCrmContact } from './jivochat-crm/createCrmContact.ts'
import { createCrmUser } from './jivochat-crm/createCrmUser.ts'
import { getCrmRecord } from './jivochat-crm/getCrmRecord.ts'
import { getCrmSettings } from './jivochat-crm/getCrmSettings.ts'
import { listCrmRecords } from './jivochat-crm/listCrmRecords.ts'
import { updateCrmSettings } from './jivochat-crm/updateCrmSettings.ts'
import { listRequests } from './journal/listRequests.ts'
import { streamRequests } from './journal/streamRequests.ts'
import { listProviderStates } from './pact/listProviderStates.ts'
import { runProviderState } from './pact/runProviderState.ts'
import { resetSandbox } from './reset/resetSandbox.ts'
import { clearOutbox } from './reskyt/clearOutbox.ts'
import { listDevices } from './reskyt/listDevices.ts'
import { listOutbox } from './reskyt/listOutbox.ts'
import { registerDevice } from './reskyt/registerDevice.ts'
import { getRetention } from './retention/getRetention.ts'
import { updateRetention } from './retention/updateRetention.ts'
import { getSummary } from './summary/getSummary.ts'

/** Every route of the service, one per operationId. */
export const routes = [
  resetSandbox,
  listRequests,
  streamRequests,
  listAccounts,
  createAccount,
  updateAccount,
  getAccountSettings,
  updateAccountSettings,
  getSummary,
  getClock,
  moveClock,
  getRetention,
  updateRetention,
  listFaults,
  addFault,
  clearFaults,
  deleteFault,
  listProviderStates,
  runProviderState,
  getImportErrorReport,
  getExportFile,
  defineOutboundEvent,
  sendOutboundEvent,
  listOutboundDeliveries,
  listActivities,
  listWebNotifications,
  listSegments,
  createSegment,
  listWebPushes,
  sendWebPush,
  listTrackedEvents,
  listProfileEvents,
  listSessionEvents,
  listSessions,
  makeSessionKnown,
  setMessageState,
  setTemplateState,
  listSubmissions,
  listIdentifications,
  createForm,
  createPopup,
  createWebchat,
  listOutbox,
  clearOutbox,
  listDevices,
  registerDevice,
  sendJivoEvent,
  playJivoConversation,
  listJivoDeliveries,
  clearJivoDeliveries,
  getCrmSettings,
  updateCrmSettings,
  createCrmUser,
  createCrmContact,
  listCrmRecords,
  getCrmRecord,
]
