// The abuse report form: an optional address to reach the reporter, what kind of abuse, a few
// words, and the evidence, pasted headers or an uploaded .eml (one of the two). Messages are
// catalogue keys, translated when the form is shown again.
import { z } from 'zod';
import {
  type MessageProblem,
  REPORT_CATEGORIES,
  readPastedMessage,
  readUploadedMessage,
} from '../../abuse/index.js';
import type { MessageKey } from '../../i18n/index.js';
import { parseRecipient, type RecipientProblem } from '../../mail/recipient-address.js';
import { isUploadedFile } from '../plugins/multipart-form.js';

export const DESCRIPTION_MAX = 2000;
export const REPORT_FIELDS = ['email', 'category', 'description', 'headers', 'file'] as const;

const message = (key: MessageKey) => key;

const RECIPIENT_MESSAGES: Record<RecipientProblem, MessageKey> = {
  required: 'error.email.required',
  'too-long': 'error.email.tooLong',
  'local-part': 'error.email.localPart',
  invalid: 'error.email.invalid',
};

const HEADERS_MESSAGES: Record<MessageProblem, MessageKey> = {
  empty: 'error.report.message.missing',
  'too-large': 'error.report.headers.tooLarge',
  'outlook-msg': 'error.report.file.outlookMsg',
  binary: 'error.report.headers.notAMessage',
  'not-a-message': 'error.report.headers.notAMessage',
};

const FILE_MESSAGES: Record<MessageProblem, MessageKey> = {
  empty: 'error.report.file.empty',
  'too-large': 'error.report.file.tooLarge',
  'outlook-msg': 'error.report.file.outlookMsg',
  binary: 'error.report.file.notAMessage',
  'not-a-message': 'error.report.file.notAMessage',
};

// Absent and empty are the same for optional fields; a field sent twice is refused.
const optionalText = (wrong: MessageKey) =>
  z
    .string({ error: message(wrong) })
    .optional()
    .transform((text) => text ?? '');

export function abuseReportFormSchema(maxBytes: number) {
  return z
    .object({
      email: optionalText('error.email.invalid').transform((input, ctx) => {
        if (input.trim() === '') return null;
        const parsed = parseRecipient(input);
        if (parsed.ok) return parsed.address;
        ctx.addIssue({ code: 'custom', message: message(RECIPIENT_MESSAGES[parsed.problem]) });
        return z.NEVER;
      }),
      category: z.enum(REPORT_CATEGORIES, { error: message('error.report.category') }),
      description: optionalText('error.report.description.tooLong').pipe(
        z.string().max(DESCRIPTION_MAX, message('error.report.description.tooLong')),
      ),
      headers: optionalText('error.report.headers.notAMessage'),
      file: z
        .unknown()
        .refine((value) => value === undefined || value === '' || isUploadedFile(value), {
          message: message('error.report.file.notAMessage'),
        })
        .transform((value) => (isUploadedFile(value) ? value : null))
        .optional(),
    })
    .transform((form, ctx) => {
      const pasted = form.headers.trim() !== '';
      if (pasted && form.file) {
        ctx.addIssue({ code: 'custom', path: ['headers'], message: message('error.report.message.both') });
        return z.NEVER;
      }
      if (form.file?.truncated) {
        ctx.addIssue({ code: 'custom', path: ['file'], message: message('error.report.file.tooLarge') });
        return z.NEVER;
      }
      const checked = form.file
        ? readUploadedMessage(form.file.data, maxBytes)
        : readPastedMessage(form.headers, maxBytes);
      if (!checked.ok) {
        const [path, messages] = form.file ? ['file', FILE_MESSAGES] : ['headers', HEADERS_MESSAGES];
        ctx.addIssue({ code: 'custom', path: [path], message: message(messages[checked.problem]) });
        return z.NEVER;
      }
      return {
        reporterEmail: form.email,
        category: form.category,
        description: form.description.trim(),
        source: form.file ? ('uploaded' as const) : ('pasted' as const),
        fileName: form.file ? form.file.filename.slice(0, 255) || null : null,
        message: checked.value,
      };
    });
}

export type AbuseReportForm = z.infer<ReturnType<typeof abuseReportFormSchema>>;

export interface AbuseReportValues {
  email: string;
  category: string;
  description: string;
  headers: string;
}

/** What to show again in the form: what the reporter typed (a file cannot be put back). */
export function reportFormValues(body: unknown, maxBytes: number): AbuseReportValues {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const single = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
  return {
    email: single(fields.email, 300),
    category: single(fields.category, 20),
    description: single(fields.description, DESCRIPTION_MAX + 100),
    headers: single(fields.headers, maxBytes),
  };
}
