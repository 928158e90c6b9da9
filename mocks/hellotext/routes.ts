/**
 * Generated from openapi/hellotext.yaml by `npm run generate`. Do not edit by hand: the route of
 * an operation is mocks/hellotext/<section>/<operationId>.ts, where <section> is its first tag
 * (a test fails when this file is stale).
 */
import { createAction } from './actions/createAction.ts'
import { deleteAction } from './actions/deleteAction.ts'
import { getAction } from './actions/getAction.ts'
import { listActions } from './actions/listActions.ts'
import { updateAction } from './actions/updateAction.ts'
import { listCarts } from './carts/listCarts.ts'
import { createCoupon } from './coupons/createCoupon.ts'
import { updateCoupon } from './coupons/updateCoupon.ts'
import { listEvents } from './events/listEvents.ts'
import { trackEvent } from './events/trackEvent.ts'
import { getMessage } from './messages/getMessage.ts'
import { listMessages } from './messages/listMessages.ts'
import { sendMessage } from './messages/sendMessage.ts'
import { createObject } from './objects/createObject.ts'
import { deleteObject } from './objects/deleteObject.ts'
import { getObject } from './objects/getObject.ts'
import { listObjects } from './objects/listObjects.ts'
import { updateObject } from './objects/updateObject.ts'
import { createOrder } from './orders/createOrder.ts'
import { createOrderItem } from './orders/createOrderItem.ts'
import { deleteOrderItem } from './orders/deleteOrderItem.ts'
import { getOrder } from './orders/getOrder.ts'
import { getOrderItem } from './orders/getOrderItem.ts'
import { listOrders } from './orders/listOrders.ts'
import { updateOrder } from './orders/updateOrder.ts'
import { updateOrderItem } from './orders/updateOrderItem.ts'
import { createProduct } from './products/createProduct.ts'
import { createVariant } from './products/createVariant.ts'
import { deleteProduct } from './products/deleteProduct.ts'
import { deleteVariant } from './products/deleteVariant.ts'
import { getProduct } from './products/getProduct.ts'
import { getVariant } from './products/getVariant.ts'
import { listProducts } from './products/listProducts.ts'
import { updateProduct } from './products/updateProduct.ts'
import { updateVariant } from './products/updateVariant.ts'
import { createProfile } from './profiles/createProfile.ts'
import { createProperty } from './profiles/createProperty.ts'
import { getProfile } from './profiles/getProfile.ts'
import { listProfiles } from './profiles/listProfiles.ts'
import { updateProfile } from './profiles/updateProfile.ts'
import { createAck } from './public-tracking/createAck.ts'
import { createIdentification } from './public-tracking/createIdentification.ts'
import { createSession } from './public-tracking/createSession.ts'
import { getIdentification } from './public-tracking/getIdentification.ts'
import { trackBrowserEvent } from './public-tracking/trackBrowserEvent.ts'
import { cancelPopupSubmission } from './public-widgets/cancelPopupSubmission.ts'
import { createFormSubmission } from './public-widgets/createFormSubmission.ts'
import { createPopupSubmission } from './public-widgets/createPopupSubmission.ts'
import { createPushAlert } from './public-widgets/createPushAlert.ts'
import { createPushIdentity } from './public-widgets/createPushIdentity.ts'
import { createWebchatMessage } from './public-widgets/createWebchatMessage.ts'
import { deletePushIdentity } from './public-widgets/deletePushIdentity.ts'
import { getBusiness } from './public-widgets/getBusiness.ts'
import { getForm } from './public-widgets/getForm.ts'
import { getPopup } from './public-widgets/getPopup.ts'
import { getWebchat } from './public-widgets/getWebchat.ts'
import { getWhatsappWidget } from './public-widgets/getWhatsappWidget.ts'
import { listWebchatMessages } from './public-widgets/listWebchatMessages.ts'
import { markWebchatMessagesSeen } from './public-widgets/markWebchatMessagesSeen.ts'
import { resendPopupSubmission } from './public-widgets/resendPopupSubmission.ts'
import { resendSubmissionOtp } from './public-widgets/resendSubmissionOtp.ts'
import { verifySubmissionOtp } from './public-widgets/verifySubmissionOtp.ts'
import { attachSession } from './sessions/attachSession.ts'
import { attachSessionLegacy } from './sessions/attachSessionLegacy.ts'
import { createTemplate } from './templates/createTemplate.ts'
import { deleteTemplate } from './templates/deleteTemplate.ts'
import { getTemplate } from './templates/getTemplate.ts'
import { updateTemplate } from './templates/updateTemplate.ts'
import { createWooIntegration } from './wordpress/createWooIntegration.ts'
import { deleteWooIntegration } from './wordpress/deleteWooIntegration.ts'
import { listWordpressWebchats } from './wordpress/listWordpressWebchats.ts'

/** Every route of the service, one per operationId. */
export const routes = [
  listProfiles,
  createProfile,
  getProfile,
  updateProfile,
  createProperty,
  attachSessionLegacy,
  attachSession,
  listEvents,
  trackEvent,
  listProducts,
  createProduct,
  getProduct,
  deleteProduct,
  updateProduct,
  createVariant,
  getVariant,
  deleteVariant,
  updateVariant,
  listOrders,
  createOrder,
  getOrder,
  updateOrder,
  createOrderItem,
  getOrderItem,
  deleteOrderItem,
  updateOrderItem,
  listCarts,
  createCoupon,
  updateCoupon,
  listMessages,
  sendMessage,
  getMessage,
  createTemplate,
  getTemplate,
  deleteTemplate,
  updateTemplate,
  listActions,
  createAction,
  getAction,
  deleteAction,
  updateAction,
  listObjects,
  createObject,
  getObject,
  deleteObject,
  updateObject,
  listWordpressWebchats,
  createWooIntegration,
  deleteWooIntegration,
  trackBrowserEvent,
  createSession,
  createIdentification,
  getIdentification,
  createAck,
  getBusiness,
  getForm,
  createFormSubmission,
  resendSubmissionOtp,
  verifySubmissionOtp,
  getPopup,
  createPopupSubmission,
  resendPopupSubmission,
  cancelPopupSubmission,
  createPushIdentity,
  deletePushIdentity,
  createPushAlert,
  getWebchat,
  listWebchatMessages,
  createWebchatMessage,
  markWebchatMessagesSeen,
  getWhatsappWidget,
]
