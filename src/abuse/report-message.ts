// What a reporter sends as evidence, pasted headers or an uploaded .eml, checked to be the text
// of an email message before it is stored: readable, of bounded size, beginning with header
// fields. An Outlook .msg file is a binary container, not a message, and gets its own answer.
import { parseHeaderFields, type ReceivedHop, receivedHops } from './received-headers.js';

export interface ReportMessage {
  text: string;
  bytes: number;
  hops: ReceivedHop[];
}

export type MessageProblem = 'empty' | 'too-large' | 'outlook-msg' | 'binary' | 'not-a-message';

export type MessageCheck = { ok: true; value: ReportMessage } | { ok: false; problem: MessageProblem };

// A message's header section has at least one of these; a few "Name: value" lines alone are not one.
const MESSAGE_FIELDS = new Set(['received', 'from', 'to', 'subject', 'date', 'message-id', 'return-path']);

// The signature of an OLE compound file, which is what Outlook saves as .msg.
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Bytes as text: UTF-8 when they are, else Latin-1, which maps every byte to one character. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function check(text: string, bytes: number, maxBytes: number): MessageCheck {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (bytes > maxBytes) return { ok: false, problem: 'too-large' };
  if (text.includes('\u0000')) return { ok: false, problem: 'binary' };
  const fields = parseHeaderFields(text);
  if (!fields?.some((field) => MESSAGE_FIELDS.has(field.name)))
    return { ok: false, problem: 'not-a-message' };
  return { ok: true, value: { text, bytes, hops: receivedHops(fields) } };
}

export function readPastedMessage(text: string, maxBytes: number): MessageCheck {
  return check(text, Buffer.byteLength(text, 'utf8'), maxBytes);
}

export function readUploadedMessage(bytes: Buffer, maxBytes: number): MessageCheck {
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE))
    return { ok: false, problem: 'outlook-msg' };
  return check(decode(bytes), bytes.length, maxBytes);
}
