// Writes an answer packet: the header, the question as it was asked, the answer and authority
// records, and an OPT record when the query had one. Over UDP the answer must fit 512 bytes, or
// the requester's EDNS payload size up to our 1232; one that does not is sent truncated (TC set,
// no records) so the requester asks again over TCP.
import { EDNS_PAYLOAD, optRecord } from './answer-records.js';
import type { Query } from './query-packet.js';

export type Transport = 'udp' | 'tcp';

export interface Reply {
  /** 0-15 in the header; 16 and above (BADVERS) go in the OPT record's extended rcode. */
  rcode: number;
  authoritative: boolean;
  answers?: Buffer[];
  authority?: Buffer[];
}

const plainOpt = optRecord();

/** FORMERR or NOTIMP: a header without the question, never larger than what was sent. */
export function headerOnly(id: number, opcode: number, recursionDesired: boolean, rcode: number): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x8000 | (opcode << 11) | (recursionDesired ? 0x0100 : 0) | rcode, 2);
  return header;
}

/** The answer to a parsed query, truncated (TC, question only) when it does not fit the transport. */
export function writeAnswer(packet: Buffer, query: Query, reply: Reply, transport: Transport): Buffer {
  const answers = reply.answers ?? [];
  const authority = reply.authority ?? [];
  const opt =
    query.ednsPayload === undefined ? undefined : reply.rcode < 16 ? plainOpt : optRecord(reply.rcode);
  const question = packet.subarray(12, query.questionEnd);
  let size = 12 + question.length + (opt?.length ?? 0);
  for (const part of answers) size += part.length;
  for (const part of authority) size += part.length;
  const limit =
    transport === 'tcp'
      ? 65_535
      : query.ednsPayload === undefined
        ? 512
        : Math.min(EDNS_PAYLOAD, Math.max(512, query.ednsPayload));
  const truncated = size > limit;
  if (truncated) size = 12 + question.length + (opt?.length ?? 0);
  // One buffer written in place: this runs for every question.
  const out = Buffer.allocUnsafe(size);
  out.writeUInt16BE(query.id, 0);
  out.writeUInt16BE(
    0x8000 |
      (reply.authoritative ? 0x0400 : 0) |
      (truncated ? 0x0200 : 0) |
      (query.recursionDesired ? 0x0100 : 0) |
      (reply.rcode & 0xf),
    2,
  );
  out.writeUInt16BE(1, 4);
  out.writeUInt16BE(truncated ? 0 : answers.length, 6);
  out.writeUInt16BE(truncated ? 0 : authority.length, 8);
  out.writeUInt16BE(opt ? 1 : 0, 10);
  let at = 12 + question.copy(out, 12);
  if (!truncated) {
    for (const part of answers) at += part.copy(out, at);
    for (const part of authority) at += part.copy(out, at);
  }
  if (opt) opt.copy(out, at);
  return out;
}
