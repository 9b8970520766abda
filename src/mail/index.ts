// Mail: the transport chosen by config, the outbox and its sender, email rendering.
export { maskEmail, redactEmails } from './mask-email.js';
export { createOutbox, type Outbox, type OutboxRow, retryDelayMs } from './outbox.js';
export { createOutboxSender, type EmailRenderer, type OutboxSender } from './outbox-sender.js';
export { createEmailRenderer, type EmailRendererFn, type RenderedEmail } from './render-email.js';
export { createMailTransport, type MailTransport, type OutgoingEmail } from './transport.js';
