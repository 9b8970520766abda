// Reads the header section of a pasted or uploaded message (RFC 5322: folded lines, the first
// empty line ends it) and, from each Received field, the address of the host that connected.
// Every mail server writes that address in its own way; the common ones:
//   from helo.example (rdns.example [203.0.113.7]) by mx...            Postfix, Sendmail
//   from rdns.example ([203.0.113.7]:51234 helo=helo.example) by ...    Exim
//   from unknown (HELO helo.example) (203.0.113.7) by ...               qmail
//   from HOST01.example.com (2001:db8::25) by HOST02 ...                Microsoft Exchange
//   from helo.example (helo.example. [IPv6:2001:db8::25]) by ...        IPv6 literals
import { parseSenderAddress, type SenderAddress } from '../blocklist/index.js';

export interface HeaderField {
  name: string;
  /** The value with folded lines joined. */
  value: string;
}

export interface ReceivedHop {
  /**
   * The connecting host's public address as this hop recorded it; null when it recorded none, or
   * only a private, loopback or link-local one (an internal relay, never the sender).
   */
  address: SenderAddress | null;
}

const NOT_PUBLIC = new Set(['private', 'loopback', 'link-local', 'multicast', 'unspecified', 'reserved']);
const FIELD_LINE = /^([!-9;-~]+):[ \t]?(.*)$/;
// An mbox export starts with "From sender@example Tue Dec  1 ...", which is no header field.
const MBOX_FROM = /^From [^\r\n]*$/;
const RAW_MESSAGE_START = /^(Delivered-To|Return-Path|Received|X-Received|ARC-Seal):/i;

/** The header fields in order, or null when the text does not start like an email message. */
export function parseHeaderFields(text: string): HeaderField[] | null {
  const lines = text.replace(/^[\s\uFEFF]+/, '').split(/\r\n|\r|\n/);
  if (lines[0] !== undefined && MBOX_FROM.test(lines[0])) lines.shift();
  // A copy of a webmail "Show original" page has a summary above the message: start at the
  // first line a raw message begins with.
  if (lines[0] !== undefined && !FIELD_LINE.test(lines[0])) {
    const start = lines.findIndex((line) => RAW_MESSAGE_START.test(line));
    if (start > 0) lines.splice(0, start);
  }
  const fields: HeaderField[] = [];
  for (const line of lines) {
    if (line === '') break;
    const last = fields.at(-1);
    if (/^[ \t]/.test(line)) {
      if (!last) return null;
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const match = FIELD_LINE.exec(line);
    if (!match) {
      if (fields.length === 0) return null;
      // A line that is neither a field nor a continuation: the header section was cut short.
      break;
    }
    fields.push({ name: (match[1] as string).toLowerCase(), value: (match[2] as string).trim() });
  }
  return fields.length > 0 ? fields : null;
}

/** The "from" clause of a Received value: the words at depth 0, and the comments in parentheses. */
function fromClause(value: string): { words: string; comments: string[] } | null {
  const withoutDate = value.includes(';') ? value.slice(0, value.lastIndexOf(';')) : value;
  let depth = 0;
  let words = '';
  const comments: string[] = [];
  let comment = '';
  let inFrom = false;
  for (const token of withoutDate.split(/([()]|\s+)/)) {
    if (token === '(') {
      if (depth > 0) comment += token;
      depth++;
    } else if (token === ')') {
      depth = Math.max(0, depth - 1);
      if (depth > 0) comment += token;
      else if (inFrom) {
        comments.push(comment);
        comment = '';
      }
    } else if (depth > 0) {
      if (inFrom) comment += token;
    } else if (/^(from|by|via|with|id|for)$/i.test(token)) {
      if (inFrom) break;
      inFrom = token.toLowerCase() === 'from';
    } else if (inFrom) words += token;
  }
  return words.trim() || comments.length > 0 ? { words: words.trim(), comments } : null;
}

/** Address-looking tokens in a piece of text: [203.0.113.7], [IPv6:2001:db8::1], 203.0.113.7:25 ... */
function addressTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(/\[([^\]]{2,60})\]/g)) tokens.push(match[1] as string);
  const rest = text.replace(/\[[^\]]*\]/g, ' ');
  for (const word of rest.split(/[\s()=,;<>"]+/)) {
    if (/^[0-9a-f:.]+$/i.test(word) && /[.:]/.test(word)) tokens.push(word);
  }
  return tokens.map((token) => {
    const literal = token.replace(/^ipv6:/i, '').replace(/\.$/, '');
    // An IPv4 address with the port it connected from.
    return /^\d+\.\d+\.\d+\.\d+:\d+$/.test(literal) ? literal.slice(0, literal.indexOf(':')) : literal;
  });
}

function hopAddress(value: string): ReceivedHop {
  const clause = fromClause(value);
  if (!clause) return { address: null };
  // The comments hold what the receiving server saw (the connection); the words hold the HELO
  // name, which the sender chose, so a literal there counts only when nothing else was recorded.
  // Inside the comments, helo=... (Exim) and HELO ... (qmail) are the sender's words too.
  const fromComments = clause.comments
    .map((text) => text.replace(/\bhelo[= ]\S+/gi, ' '))
    .flatMap(addressTokens);
  const candidates = fromComments.length > 0 ? fromComments : addressTokens(clause.words);
  // The first address is the connection; when it is an internal one, later ones are something else.
  for (const candidate of candidates) {
    const parsed = parseSenderAddress(candidate);
    if (parsed.ok) return { address: parsed.value };
    if (NOT_PUBLIC.has(parsed.problem)) return { address: null };
  }
  return { address: null };
}

/** The Received hops of a message, newest (the top, nearest the recipient) first. */
export function receivedHops(fields: readonly HeaderField[]): ReceivedHop[] {
  return fields.filter((field) => field.name === 'received').map((field) => hopAddress(field.value));
}
