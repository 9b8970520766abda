// The delist form: one email address, one IP address, and the sender's promise. Messages are
// catalogue keys, translated when the form is shown again.
import { z } from 'zod';
import { parseSenderAddress } from '../../blocklist/index.js';
import type { MessageKey } from '../../i18n/index.js';
import { parseRecipient, type RecipientProblem } from '../../mail/recipient-address.js';

export const message = (key: MessageKey) => key;

const RECIPIENT_MESSAGES: Record<RecipientProblem, MessageKey> = {
  required: 'error.email.required',
  'too-long': 'error.email.tooLong',
  'local-part': 'error.email.localPart',
  invalid: 'error.email.invalid',
};

// A field sent twice arrives as an array; it is refused like any other wrong value.
export const text = (missing: MessageKey, wrong: MessageKey) =>
  z.string({ error: (issue) => message(issue.input === undefined ? missing : wrong) });

/** One recipient address, as the delist and escalation forms take it. */
export const emailField = text('error.email.required', 'error.email.invalid').transform((input, ctx) => {
  const parsed = parseRecipient(input);
  if (parsed.ok) return parsed.address;
  ctx.addIssue({ code: 'custom', message: message(RECIPIENT_MESSAGES[parsed.problem]) });
  return z.NEVER;
});

/** One public sender address, as in the NDR's square brackets. */
export const ipField = text('error.ip.empty', 'error.ip.list')
  .max(100, message('error.ip.not-an-ip'))
  .transform((input, ctx) => {
    const parsed = parseSenderAddress(input);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: message(`error.ip.${parsed.problem}`) });
    return z.NEVER;
  });

export const DelistFormSchema = z.object({
  email: emailField,
  ip: ipField,
  ack: z.literal('yes', { error: message('error.ack.required') }),
});

export type DelistForm = z.infer<typeof DelistFormSchema>;

export const FormPrefillSchema = z.object({ ip: z.string().max(100).optional() }).catch({});

/** The values to show again in the form: what the sender typed, never anything else. */
export function formValues(body: unknown): { email: string; ip: string; ack: boolean } {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const single = (value: unknown) => (typeof value === 'string' ? value.slice(0, 300) : '');
  return { email: single(fields.email), ip: single(fields.ip), ack: fields.ack === 'yes' };
}
