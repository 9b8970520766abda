// Escalation requests: operator review when self-service cannot remove an address.
export { type AnswerOutcome, createEscalationAnswer, ESCALATION_ANSWER_TEMPLATE } from './answer.js';
export { createEscalationEmails, escalationLink } from './escalation-emails.js';
export {
  createEscalationFlow,
  ESCALATION_VERIFICATION_TEMPLATE,
  type EscalationFlow,
  type EscalationLinkOutcome,
  type EscalationReason,
  type EscalationSubmitOutcome,
} from './escalation-flow.js';
export {
  createEscalations,
  ESCALATION_CAUSES,
  ESCALATION_STATES,
  type Escalation,
  type EscalationCause,
  type EscalationState,
  type Escalations,
} from './escalations.js';
