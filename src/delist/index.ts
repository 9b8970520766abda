// Delist requests: the flow's rules, signed links, the recipient's "not me", the sender's status
// page, limits, and the confirmation email.
export { type AddressCheck, createAddressPolicy } from './address-policy.js';
export { confirmationLink, createConfirmationEmail } from './confirmation-email.js';
export { createDecline, type Decline, type DeclineOutcome } from './decline.js';
export { type Eligibility, eligibility } from './eligibility.js';
export { createDelistFlow, type DelistFlow, type LinkOutcome, type SubmitOutcome } from './flow.js';
export { createLinkLookup, type LinkProblem } from './link-lookup.js';
export { createLookup, type Lookup, type LookupAnswer } from './lookup.js';
export {
  CONFIRMATION_TEMPLATE,
  createRequestStatus,
  type RequestStatus,
  type RequestStatusService,
  type ResendOutcome,
  type StatusOutcome,
} from './request-status.js';
export {
  createDelistRequests,
  type DelistRequest,
  type DelistRequests,
  type RequestState,
} from './requests.js';
export {
  createSelfDelistLimit,
  limitReached,
  type SelfDelistLimit,
  type SelfDelistUsage,
} from './self-delist-limit.js';
export { createSelfDelistTimes, type SelfDelistTimes } from './self-delist-times.js';
export { createSendLimits, type LimitHit, type LimitReason, type SendLimitCheck } from './send-limits.js';
export { createSuppressions, type Suppressions } from './suppressions.js';
export { loadOrCreateKeyFile } from './token-keys.js';
export { createTokenSigner, type TokenCheck, type TokenPurpose, type TokenSigner } from './tokens.js';
