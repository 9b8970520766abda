// The escalation form: the sender's address, the IP, what they changed, and optionally the
// headers of a refused message. Messages are catalogue keys, translated when the form is shown.
import { z } from 'zod';
import { emailField, ipField, message, text } from './delist-form.js';

export const DESCRIPTION_MAX = 4000;
export const HEADERS_MAX = 16_000;

// Line breaks and tabs are text; other control characters (NUL, escapes) never are.
const hasControl = (input: string) =>
  [...input].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 32 && char !== '\n' && char !== '\t') || code === 127;
  });

export const EscalationFormSchema = z.object({
  email: emailField,
  ip: ipField,
  description: text('error.description.required', 'error.description.required')
    .transform((input) => input.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, message('error.description.required'))
        .max(DESCRIPTION_MAX, message('error.description.tooLong'))
        .refine((input) => !hasControl(input), message('error.text.control')),
    ),
  headers: text('error.headers.tooLong', 'error.headers.tooLong')
    .optional()
    .transform((input) => (input ?? '').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(HEADERS_MAX, message('error.headers.tooLong'))
        .refine((input) => !hasControl(input), message('error.text.control')),
    ),
});

export type EscalationForm = z.infer<typeof EscalationFormSchema>;

export const EscalationPrefillSchema = z.object({ ip: z.string().max(100).optional() }).catch({});

/** What the sender typed, to show again in the form. */
export function escalationValues(body: unknown) {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const single = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
  return {
    email: single(fields.email, 300),
    ip: single(fields.ip, 300),
    description: single(fields.description, DESCRIPTION_MAX + 100),
    headers: single(fields.headers, HEADERS_MAX + 100),
  };
}
