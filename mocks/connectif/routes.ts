/**
 * Generated from openapi/connectif.yaml by `npm run generate`. Do not edit by hand: the route of
 * an operation is mocks/connectif/<section>/<operationId>.ts, where <section> is its first tag
 * (a test fails when this file is stale).
 */
import { getClientScript } from './browser/getClientScript.ts'
import { getServiceWorkerScript } from './browser/getServiceWorkerScript.ts'
import { sendScrippetNotification } from './browser/sendScrippetNotification.ts'
import { createContactField } from './contact-fields/createContactField.ts'
import { deleteContactField } from './contact-fields/deleteContactField.ts'
import { getContactField } from './contact-fields/getContactField.ts'
import { listContactFields } from './contact-fields/listContactFields.ts'
import { deleteContactByEmail } from './contacts/deleteContactByEmail.ts'
import { deleteContactByExternalId } from './contacts/deleteContactByExternalId.ts'
import { getContact } from './contacts/getContact.ts'
import { getContactByEmail } from './contacts/getContactByEmail.ts'
import { getContactByExternalId } from './contacts/getContactByExternalId.ts'
import { patchContact } from './contacts/patchContact.ts'
import { patchContactByEmail } from './contacts/patchContactByEmail.ts'
import { patchContactByExternalId } from './contacts/patchContactByExternalId.ts'
import { getCouponSet } from './coupon-sets/getCouponSet.ts'
import { listCouponSets } from './coupon-sets/listCouponSets.ts'
import { createCustomEventType } from './custom-event-types/createCustomEventType.ts'
import { deleteCustomEventType } from './custom-event-types/deleteCustomEventType.ts'
import { getCustomEventType } from './custom-event-types/getCustomEventType.ts'
import { listCustomEventTypes } from './custom-event-types/listCustomEventTypes.ts'
import { createCustomEventByAlias } from './custom-events/createCustomEventByAlias.ts'
import { createCustomEventById } from './custom-events/createCustomEventById.ts'
import { createCustomIntegration } from './custom-integrations/createCustomIntegration.ts'
import { deleteCustomIntegration } from './custom-integrations/deleteCustomIntegration.ts'
import { getCustomIntegration } from './custom-integrations/getCustomIntegration.ts'
import { listCustomIntegrations } from './custom-integrations/listCustomIntegrations.ts'
import { patchCustomIntegration } from './custom-integrations/patchCustomIntegration.ts'
import { createDataExplorerExport } from './exports/createDataExplorerExport.ts'
import { createExport } from './exports/createExport.ts'
import { deleteExport } from './exports/deleteExport.ts'
import { getExport } from './exports/getExport.ts'
import { listExports } from './exports/listExports.ts'
import { createImport } from './imports/createImport.ts'
import { deleteImport } from './imports/deleteImport.ts'
import { getImport } from './imports/getImport.ts'
import { listImports } from './imports/listImports.ts'
import { deleteProduct } from './products/deleteProduct.ts'
import { deleteProductByProductId } from './products/deleteProductByProductId.ts'
import { getProduct } from './products/getProduct.ts'
import { getProductByProductId } from './products/getProductByProductId.ts'
import { patchProductByProductId } from './products/patchProductByProductId.ts'
import { createPurchase } from './purchases/createPurchase.ts'
import { deletePurchase } from './purchases/deletePurchase.ts'
import { deletePurchaseByPurchaseId } from './purchases/deletePurchaseByPurchaseId.ts'
import { getPurchase } from './purchases/getPurchase.ts'
import { getPurchaseByPurchaseId } from './purchases/getPurchaseByPurchaseId.ts'
import { getStore } from './store/getStore.ts'
import { getWorkflow } from './workflows/getWorkflow.ts'
import { listWorkflows } from './workflows/listWorkflows.ts'

/** Every route of the service, one per operationId. */
export const routes = [
  getContact,
  patchContact,
  getContactByEmail,
  deleteContactByEmail,
  patchContactByEmail,
  getContactByExternalId,
  deleteContactByExternalId,
  patchContactByExternalId,
  listContactFields,
  createContactField,
  getContactField,
  deleteContactField,
  getProductByProductId,
  deleteProductByProductId,
  patchProductByProductId,
  getProduct,
  deleteProduct,
  createPurchase,
  getPurchase,
  deletePurchase,
  getPurchaseByPurchaseId,
  deletePurchaseByPurchaseId,
  listCouponSets,
  getCouponSet,
  listImports,
  createImport,
  getImport,
  deleteImport,
  listExports,
  createExport,
  createDataExplorerExport,
  getExport,
  deleteExport,
  createCustomEventByAlias,
  createCustomEventById,
  listCustomIntegrations,
  createCustomIntegration,
  getCustomIntegration,
  deleteCustomIntegration,
  patchCustomIntegration,
  createCustomEventType,
  listCustomEventTypes,
  getCustomEventType,
  deleteCustomEventType,
  listWorkflows,
  getWorkflow,
  getStore,
  getClientScript,
  getServiceWorkerScript,
  sendScrippetNotification,
]
