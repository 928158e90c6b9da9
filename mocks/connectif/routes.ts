/** Connectif's route map: operationId → route function. Nothing else lives here. */

import type { RouteHandler } from '../sandbox/service-definition.ts'
import { createContactField } from './routes/createContactField.ts'
import { createCustomEventByAlias } from './routes/createCustomEventByAlias.ts'
import { createCustomEventById } from './routes/createCustomEventById.ts'
import { createCustomEventType } from './routes/createCustomEventType.ts'
import { createCustomIntegration } from './routes/createCustomIntegration.ts'
import { createDataExplorerExport } from './routes/createDataExplorerExport.ts'
import { createExport } from './routes/createExport.ts'
import { createImport } from './routes/createImport.ts'
import { createPurchase } from './routes/createPurchase.ts'
import { deleteContactByEmail } from './routes/deleteContactByEmail.ts'
import { deleteContactByExternalId } from './routes/deleteContactByExternalId.ts'
import { deleteContactField } from './routes/deleteContactField.ts'
import { deleteCustomEventType } from './routes/deleteCustomEventType.ts'
import { deleteCustomIntegration } from './routes/deleteCustomIntegration.ts'
import { deleteExport } from './routes/deleteExport.ts'
import { deleteImport } from './routes/deleteImport.ts'
import { deleteProduct } from './routes/deleteProduct.ts'
import { deleteProductByProductId } from './routes/deleteProductByProductId.ts'
import { deletePurchase } from './routes/deletePurchase.ts'
import { deletePurchaseByPurchaseId } from './routes/deletePurchaseByPurchaseId.ts'
import { getContact } from './routes/getContact.ts'
import { getContactByEmail } from './routes/getContactByEmail.ts'
import { getContactByExternalId } from './routes/getContactByExternalId.ts'
import { getContactField } from './routes/getContactField.ts'
import { getCouponSet } from './routes/getCouponSet.ts'
import { getCustomEventType } from './routes/getCustomEventType.ts'
import { getCustomIntegration } from './routes/getCustomIntegration.ts'
import { getExport } from './routes/getExport.ts'
import { getImport } from './routes/getImport.ts'
import { getProduct } from './routes/getProduct.ts'
import { getProductByProductId } from './routes/getProductByProductId.ts'
import { getPurchase } from './routes/getPurchase.ts'
import { getPurchaseByPurchaseId } from './routes/getPurchaseByPurchaseId.ts'
import { getStore } from './routes/getStore.ts'
import { getWorkflow } from './routes/getWorkflow.ts'
import { listContactFields } from './routes/listContactFields.ts'
import { listCouponSets } from './routes/listCouponSets.ts'
import { listCustomEventTypes } from './routes/listCustomEventTypes.ts'
import { listCustomIntegrations } from './routes/listCustomIntegrations.ts'
import { listExports } from './routes/listExports.ts'
import { listImports } from './routes/listImports.ts'
import { listWorkflows } from './routes/listWorkflows.ts'
import { patchContact } from './routes/patchContact.ts'
import { patchContactByEmail } from './routes/patchContactByEmail.ts'
import { patchContactByExternalId } from './routes/patchContactByExternalId.ts'
import { patchCustomIntegration } from './routes/patchCustomIntegration.ts'
import { patchProductByProductId } from './routes/patchProductByProductId.ts'
import type { ConnectifState } from './state.ts'

export const routes: Record<string, RouteHandler<ConnectifState>> = {
  getContact,
  patchContact,
  getContactByEmail,
  patchContactByEmail,
  deleteContactByEmail,
  getContactByExternalId,
  patchContactByExternalId,
  deleteContactByExternalId,
  createPurchase,
  getPurchase,
  getPurchaseByPurchaseId,
  deletePurchase,
  deletePurchaseByPurchaseId,
  getProduct,
  deleteProduct,
  getProductByProductId,
  patchProductByProductId,
  deleteProductByProductId,
  listContactFields,
  createContactField,
  getContactField,
  deleteContactField,
  createExport,
  listExports,
  createDataExplorerExport,
  getExport,
  deleteExport,
  createCustomEventByAlias,
  createCustomEventById,
  createCustomIntegration,
  listCustomIntegrations,
  getCustomIntegration,
  patchCustomIntegration,
  deleteCustomIntegration,
  createCustomEventType,
  listCustomEventTypes,
  getCustomEventType,
  deleteCustomEventType,
  listWorkflows,
  getWorkflow,
  getStore,
  createImport,
  listImports,
  getImport,
  deleteImport,
  listCouponSets,
  getCouponSet,
}
