// Delist requests: the flow's rules, signed confirmation links, and the confirmation email.
export { confirmationLink, createConfirmationEmail } from './confirmation-email.js';
export {
  CONFIRMATION_TEMPLATE,
  createDelistFlow,
  type DelistFlow,
  type LinkOutcome,
  type SubmitOutcome,
} from './flow.js';
export {
  createDelistRequests,
  type DelistRequest,
  type DelistRequests,
  type RequestState,
} from './requests.js';
export { createSendLimits, type LimitHit, type LimitReason } from './send-limits.js';
export { loadOrCreateKeyFile } from './token-keys.js';
export { createTokenSigner, type TokenCheck, type TokenPurpose, type TokenSigner } from './tokens.js';
