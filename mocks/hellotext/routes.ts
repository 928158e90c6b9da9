/** Hellotext's route map: operationId → route function. Nothing else lives here. */

import type { RouteHandler } from '../sandbox/service-definition.ts'
import { attachSession } from './routes/attachSession.ts'
import { attachSessionLegacy } from './routes/attachSessionLegacy.ts'
import { cancelPopupSubmission } from './routes/cancelPopupSubmission.ts'
import { createAck } from './routes/createAck.ts'
import { createAction } from './routes/createAction.ts'
import { createCoupon } from './routes/createCoupon.ts'
import { createFormSubmission } from './routes/createFormSubmission.ts'
import { createIdentification } from './routes/createIdentification.ts'
import { createObject } from './routes/createObject.ts'
import { createOrder } from './routes/createOrder.ts'
import { createOrderItem } from './routes/createOrderItem.ts'
import { createPopupSubmission } from './routes/createPopupSubmission.ts'
import { createProduct } from './routes/createProduct.ts'
import { createProfile } from './routes/createProfile.ts'
import { createProperty } from './routes/createProperty.ts'
import { createPushAlert } from './routes/createPushAlert.ts'
import { createPushIdentity } from './routes/createPushIdentity.ts'
import { createSession } from './routes/createSession.ts'
import { createTemplate } from './routes/createTemplate.ts'
import { createVariant } from './routes/createVariant.ts'
import { createWooIntegration } from './routes/createWooIntegration.ts'
import { deleteAction } from './routes/deleteAction.ts'
import { deleteObject } from './routes/deleteObject.ts'
import { deleteOrderItem } from './routes/deleteOrderItem.ts'
import { deleteProduct } from './routes/deleteProduct.ts'
import { deletePushIdentity } from './routes/deletePushIdentity.ts'
import { deleteTemplate } from './routes/deleteTemplate.ts'
import { deleteVariant } from './routes/deleteVariant.ts'
import { deleteWooIntegration } from './routes/deleteWooIntegration.ts'
import { getAction } from './routes/getAction.ts'
import { getBusiness } from './routes/getBusiness.ts'
import { getForm } from './routes/getForm.ts'
import { getIdentification } from './routes/getIdentification.ts'
import { getMessage } from './routes/getMessage.ts'
import { getObject } from './routes/getObject.ts'
import { getOrder } from './routes/getOrder.ts'
import { getOrderItem } from './routes/getOrderItem.ts'
import { getPopup } from './routes/getPopup.ts'
import { getProduct } from './routes/getProduct.ts'
import { getProfile } from './routes/getProfile.ts'
import { getTemplate } from './routes/getTemplate.ts'
import { getVariant } from './routes/getVariant.ts'
import { listActions } from './routes/listActions.ts'
import { listCarts } from './routes/listCarts.ts'
import { listEvents } from './routes/listEvents.ts'
import { listMessages } from './routes/listMessages.ts'
import { listObjects } from './routes/listObjects.ts'
import { listOrders } from './routes/listOrders.ts'
import { listProducts } from './routes/listProducts.ts'
import { listProfiles } from './routes/listProfiles.ts'
import { listWordpressWebchats } from './routes/listWordpressWebchats.ts'
import { resendPopupSubmission } from './routes/resendPopupSubmission.ts'
import { resendSubmissionOtp } from './routes/resendSubmissionOtp.ts'
import { sendMessage } from './routes/sendMessage.ts'
import { trackBrowserEvent } from './routes/trackBrowserEvent.ts'
import { trackEvent } from './routes/trackEvent.ts'
import { updateAction } from './routes/updateAction.ts'
import { updateCoupon } from './routes/updateCoupon.ts'
import { updateObject } from './routes/updateObject.ts'
import { updateOrder } from './routes/updateOrder.ts'
import { updateOrderItem } from './routes/updateOrderItem.ts'
import { updateProduct } from './routes/updateProduct.ts'
import { updateProfile } from './routes/updateProfile.ts'
import { updateTemplate } from './routes/updateTemplate.ts'
import { updateVariant } from './routes/updateVariant.ts'
import { verifySubmissionOtp } from './routes/verifySubmissionOtp.ts'
import type { HellotextState } from './state.ts'

export const routes: Record<string, RouteHandler<HellotextState>> = {
  attachSession,
  attachSessionLegacy,
  cancelPopupSubmission,
  createAck,
  createAction,
  createCoupon,
  createFormSubmission,
  createIdentification,
  createObject,
  createOrder,
  createOrderItem,
  createPopupSubmission,
  createProduct,
  createProfile,
  createProperty,
  createPushAlert,
  createPushIdentity,
  createSession,
  createTemplate,
  createVariant,
  createWooIntegration,
  deleteAction,
  deleteObject,
  deleteOrderItem,
  deleteProduct,
  deletePushIdentity,
  deleteTemplate,
  deleteVariant,
  deleteWooIntegration,
  getAction,
  getBusiness,
  getForm,
  getIdentification,
  getMessage,
  getObject,
  getOrder,
  getOrderItem,
  getPopup,
  getProduct,
  getProfile,
  getTemplate,
  getVariant,
  listActions,
  listCarts,
  listEvents,
  listMessages,
  listObjects,
  listOrders,
  listProducts,
  listProfiles,
  listWordpressWebchats,
  resendPopupSubmission,
  resendSubmissionOtp,
  sendMessage,
  trackBrowserEvent,
  trackEvent,
  updateAction,
  updateCoupon,
  updateObject,
  updateOrder,
  updateOrderItem,
  updateProduct,
  updateProfile,
  updateTemplate,
  updateVariant,
  verifySubmissionOtp,
}
