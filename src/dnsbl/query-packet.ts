// Reads a DNS query straight from the Buffer it arrived in (RFC 1035 section 4.1), without
// decoding it into objects: the header, the one question, and the additional section (for an
// EDNS OPT record, RFC 6891). Anything that does not add up is reported as malformed, so the
// responder can answer FORMERR; a packet too short to carry a header gets no answer at all.

export const OPCODE_QUERY = 0;

export interface Query {
  id: number;
  opcode: number;
  /** Recursion desired, copied into the answer as RFC 1035 asks. */
  recursionDesired: boolean;
  /** Offset of each label's length byte in the question name; the last label is the one before the root. */
  labelOffsets: number[];
  /** Offset just past the question (name, type and class), so it can be copied as sent. */
  questionEnd: number;
  qtype: number;
  qclass: number;
  /** The requester's EDNS UDP payload size, or undefined without an OPT record. */
  ednsPayload: number | undefined;
  ednsVersion: number;
}

export type ParsedQuery =
  | { kind: 'query'; query: Query }
  | { kind: 'drop' }
  /** Answerable with a header only: FORMERR, or NOTIMP for an opcode other than QUERY. */
  | { kind: 'header-only'; id: number; opcode: number; recursionDesired: boolean; rcode: number };

export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
const TYPE_OPT = 41;

/** Skips one name in the additional section (compression allowed there); offset after it, or -1. */
function skipName(packet: Buffer, offset: number): number {
  let at = offset;
  for (let labels = 0; labels < 128; labels++) {
    if (at >= packet.length) return -1;
    const length = packet[at] as number;
    if (length === 0) return at + 1;
    if ((length & 0xc0) === 0xc0) return at + 2 <= packet.length ? at + 2 : -1;
    if (length & 0xc0) return -1;
    at += length + 1;
  }
  return -1;
}

export function parseQuery(packet: Buffer): ParsedQuery {
  if (packet.length < 12) return { kind: 'drop' };
  const id = packet.readUInt16BE(0);
  const flags = packet.readUInt16BE(2);
  // Never answer an answer: that is how two servers are made to flood each other.
  if (flags & 0x8000) return { kind: 'drop' };
  const opcode = (flags >> 11) & 0xf;
  const recursionDesired = (flags & 0x0100) !== 0;
  const refuse = (rcode: number): ParsedQuery => ({
    kind: 'header-only',
    id,
    opcode,
    recursionDesired,
    rcode,
  });
  if (opcode !== OPCODE_QUERY) return refuse(RCODE.NOTIMP);
  const qdcount = packet.readUInt16BE(4);
  const ancount = packet.readUInt16BE(6);
  const nscount = packet.readUInt16BE(8);
  const arcount = packet.readUInt16BE(10);
  if (qdcount !== 1 || ancount !== 0 || nscount !== 0) return refuse(RCODE.FORMERR);

  // The question name: plain labels only (nothing earlier to point back to), 255 bytes at most.
  const labelOffsets: number[] = [];
  let at = 12;
  for (;;) {
    if (at >= packet.length) return refuse(RCODE.FORMERR);
    const length = packet[at] as number;
    if (length === 0) break;
    if (length > 63) return refuse(RCODE.FORMERR);
    labelOffsets.push(at);
    at += length + 1;
    if (at - 12 > 254) return refuse(RCODE.FORMERR);
  }
  at += 1;
  if (at + 4 > packet.length) return refuse(RCODE.FORMERR);
  const qtype = packet.readUInt16BE(at);
  const qclass = packet.readUInt16BE(at + 2);
  const questionEnd = at + 4;

  let ednsPayload: number | undefined;
  let ednsVersion = 0;
  at = questionEnd;
  for (let record = 0; record < arcount; record++) {
    const nameEnd = skipName(packet, at);
    if (nameEnd === -1 || nameEnd + 10 > packet.length) return refuse(RCODE.FORMERR);
    const type = packet.readUInt16BE(nameEnd);
    const rdlength = packet.readUInt16BE(nameEnd + 8);
    const end = nameEnd + 10 + rdlength;
    if (end > packet.length) return refuse(RCODE.FORMERR);
    if (type === TYPE_OPT) {
      // One OPT record at most, owned by the root (RFC 6891 section 6.1.1).
      if (ednsPayload !== undefined || nameEnd !== at + 1) return refuse(RCODE.FORMERR);
      ednsPayload = packet.readUInt16BE(nameEnd + 2);
      ednsVersion = packet[nameEnd + 5] as number;
    }
    at = end;
  }
  if (at !== packet.length) return refuse(RCODE.FORMERR);
  return {
    kind: 'query',
    query: {
      id,
      opcode,
      recursionDesired,
      labelOffsets,
      questionEnd,
      qtype,
      qclass,
      ednsPayload,
      ednsVersion,
    },
  };
}
