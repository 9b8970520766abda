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
// The form's order: the summary lists problems as the reader meets the fields.
export const REPORT_FIELDS = ['category', 'headers', 'file', 'description', 'email'] as const;

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
  'outlook-msg': 'error.report.headers.notAMessage',
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

// The evidence is one of two fields, pasted headers or a file, so it is checked as one value
// ('evidence'), beside the other fields; each of its messages names the field it belongs to.
function evidenceSchema(maxBytes: number) {
  return z
    .object({
      headers: optionalText('error.report.headers.notAMessage'),
      file: z
        .unknown()
        .refine((value) => value === undefined || value === '' || isUploadedFile(value), {
          message: message('error.report.file.notAMessage'),
        })
        .transform((value) => (isUploadedFile(value) ? value : null))
        .optional(),
    })
    .transform((evidence, ctx) => {
      const file = evidence.file ?? null;
      const pasted = evidence.headers.trim() !== '';
      const refuse = (key: MessageKey) => {
        ctx.addIssue({ code: 'custom', message: message(key) });
        return z.NEVER;
      };
      if (pasted && file) return refuse('error.report.message.both');
      if (file?.truncated) return refuse('error.report.file.tooLarge');
      const checked = file
        ? readUploadedMessage(file.data, maxBytes)
        : readPastedMessage(evidence.headers, maxBytes);
      if (!checked.ok) return refuse((file ? FILE_MESSAGES : HEADERS_MESSAGES)[checked.problem]);
      return {
        source: file ? ('uploaded' as const) : ('pasted' as const),
        fileName: file ? file.filename.slice(0, 255) || null : null,
        message: checked.value,
      };
    });
}

export function abuseReportFormSchema(maxBytes: number) {
  const fields = z.object({
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
    evidence: evidenceSchema(maxBytes),
  });
  return z
    .preprocess((body) => {
      const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      return { ...form, evidence: { headers: form.headers, file: form.file } };
    }, fields)
    .transform(({ email, category, description, evidence }) => ({
      reporterEmail: email,
      category,
      description: description.trim(),
      ...evidence,
    }));
}

/** The field each message belongs to, in the form's order, for the messages and the summary. */
export function reportErrorFields(messages: Record<string, string>): Array<[string, string]> {
  const evidence = messages.evidence;
  const byField: Record<string, string | undefined> = {
    ...messages,
    headers: evidence && !evidence.startsWith('error.report.file.') ? evidence : undefined,
    file: evidence?.startsWith('error.report.file.') ? evidence : undefined,
  };
  return REPORT_FIELDS.flatMap((field) => {
    const key = byField[field];
    return key ? [[field, key] as [string, string]] : [];
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
