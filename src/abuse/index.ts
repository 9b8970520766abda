// Abuse reports: spam or abuse from the provider's own network, sent by the people who got it,
// with the sending IP worked out from the Received headers; operators review them with the CLI.
export { type AbuseIntake, createAbuseIntake, type IntakeOutcome, type ReportSubmission } from './intake.js';
export { type HeaderField, parseHeaderFields, type ReceivedHop, receivedHops } from './received-headers.js';
export {
  type MessageCheck,
  type MessageProblem,
  type ReportMessage,
  readPastedMessage,
  readUploadedMessage,
} from './report-message.js';
export { createReportNoticeEmail, REPORT_NOTICE_TEMPLATE } from './report-notice.js';
export {
  type AbuseReport,
  type AbuseReports,
  createAbuseReports,
  newReference,
  normalReference,
  REPORT_CATEGORIES,
  REPORT_STATES,
  type ReportCategory,
  type ReportSource,
  type ReportState,
} from './reports.js';
export {
  chooseSendingIp,
  type OwnNetworks,
  parseOwnNetworks,
  type SendingIp,
  type SendingIpBasis,
} from './sending-ip.js';
