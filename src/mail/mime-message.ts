// Our emails as MIME bytes: headers, and a text and an HTML part of the same message
// (multipart/alternative), in UTF-8. Every email the portal sends has this one shape, so it is
// put together here directly, with nodemailer's own encoders for the parts that need care
// (encoded words, quoted-printable, base64, folding). nodemailer's composer builds a tree of
// streams for each message: about 40 % of an accepted post's CPU time, email included
// (bench/http-notes.md, round six), for what is a few string joins.
import { randomBytes, randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';
import * as base64 from 'nodemailer/lib/base64';
import * as mimeFuncs from 'nodemailer/lib/mime-funcs';
import * as qp from 'nodemailer/lib/qp';

export interface MessageParts {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Sender {
  /** The From header's value, encoded. */
  header: string;
  /** The bare address, for the SMTP envelope. */
  address: string;
}

const LINE = 76;
// What a header may hold as it is; anything else goes as encoded words.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The sender of MAIL_FROM ("Name <address>" or a bare address), or undefined when it names none. */
export function parseSender(mailFrom: string): Sender | undefined {
  const [first] = addressparser(mailFrom, { flatten: true });
  if (!first?.address) return undefined;
  const at = first.address.lastIndexOf('@');
  const address =
    at < 1 ? first.address : `${first.address.slice(0, at)}@${domainToASCII(first.address.slice(at + 1))}`;
  return { header: first.name ? `${displayName(first.name)} <${address}>` : address, address };
}

/** A display name as a header may hold it: as it is, quoted, or as encoded words. */
function displayName(name: string): string {
  if (/^[\w ]*$/.test(name)) return name;
  if (PRINTABLE_ASCII.test(name)) return `"${name.replace(/([\\"])/g, '\\$1')}"`;
  return mimeFuncs.encodeWord(name, wordEncoding(name), 52);
}

/** Q for text that is mostly Latin letters, B for the rest (Japanese, Korean, Chinese). */
function wordEncoding(text: string): 'Q' | 'B' {
  // Counted in one pass: a whole page's worth of regular-expression matches made an array each.
  let nonLatin = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) latin++;
    else if (code > 0x7e || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) nonLatin++;
  }
  return nonLatin < latin ? 'Q' : 'B';
}

/** One part's headers and body; line breaks are CRLF. */
function part(type: string, content: string): string {
  const body = content.replace(/\r\n|\r|\n/g, '\r\n');
  const [encoding, encoded] =
    /^[\t\n\r\x20-\x7e]*$/.test(body) && !mimeFuncs.hasLongerLines(body, LINE)
      ? ['7bit', body]
      : wordEncoding(body) === 'Q'
        ? ['quoted-printable', qp.wrap(qp.encode(body), LINE)]
        : ['base64', base64.wrap(base64.encode(body), LINE)];
  return `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${encoded}`;
}

function header(name: string, value: string): string {
  return mimeFuncs.foldLines(`${name}: ${value}`, LINE);
}

/** The Date header's form of an instant: "Wed, 02 Dec 2026 04:52:21 +0000". */
function rfc5322Date(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, '+0000');
}

/**
 * The whole message, CRLF line breaks throughout (as SMTP wants them). `at` is its Date, from
 * the portal's clock. Machine-written, so auto-responders are asked not to answer (RFC 3834).
 */
export function composeMessage(
  sender: Sender,
  message: MessageParts,
  at: number,
): { messageId: string; source: string } {
  const domain = sender.address.slice(sender.address.lastIndexOf('@') + 1) || 'localhost';
  const messageId = `<${randomUUID()}@${domain}>`;
  const boundary = `--_dp-${randomBytes(12).toString('hex')}`;
  // A header is one line: a line break in a subject would start a header of its own.
  const oneLine = message.subject.replace(/[\r\n]+/g, ' ');
  const subject = PRINTABLE_ASCII.test(oneLine)
    ? oneLine
    : mimeFuncs.encodeWords(oneLine, wordEncoding(oneLine), 52);
  const headers = [
    header('Auto-Submitted', 'auto-generated'),
    header('From', sender.header),
    header('To', message.to),
    header('Subject', subject),
    header('Message-ID', messageId),
    header('Date', rfc5322Date(at)),
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative;\r\n boundary="${boundary}"`,
  ];
  const source =
    `${headers.join('\r\n')}\r\n\r\n` +
    `--${boundary}\r\n${part('text/plain', message.text)}\r\n` +
    `--${boundary}\r\n${part('text/html', message.html)}\r\n` +
    `--${boundary}--\r\n`;
  return { messageId, source };
}
