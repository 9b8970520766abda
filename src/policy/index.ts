// The Postfix policy delegation service over the list: parser, answers, TCP server.
export { type IsListed, replyText } from './policy-answer.js';
export { createPolicyServer, type PolicyServer, type PolicyServerDeps } from './policy-server.js';
export { DEFAULT_READER_LIMITS, type ReaderLimits } from './request-reader.js';
