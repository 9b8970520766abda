// The DNSBL's answers (RFC 5782): a listed address gets A 127.0.0.2 and a TXT with the text the
// zone export writes; an address not listed, NXDOMAIN with the zone's SOA (RFC 2308); the apex
// its SOA and NS. Questions outside the zone are REFUSED, broken packets get FORMERR and other
// opcodes NOTIMP. Over UDP an answer fits 512 bytes (or the requester's EDNS size, at most
// 1232), else it is truncated and the requester asks again over TCP; ANY gets one record over
// UDP (RFC 8482), so no question is worth much more in answer than it cost to send.
import ipaddr from 'ipaddr.js';
import { dnsblText, type ListedIndex } from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import { headerOnly, type Reply, type Transport, writeAnswer } from './answer-packet.js';
import { aRecord, TYPE, txtRecord, zoneRecords } from './answer-records.js';
import { queryTarget, zoneName } from './query-name.js';
import { parseQuery, type Query, RCODE } from './query-packet.js';

export type { Transport } from './answer-packet.js';

export interface ResponderSettings {
  zone: string;
  /** The name server named in the zone's NS and SOA records. */
  nameserver: string;
  ttlSeconds: number;
  publicUrl: string;
}

// RFC 5782 section 5: 127.0.0.2 (and ::ffff:127.0.0.2) is always listed, 127.0.0.1 never.
const TEST_LISTED = 0x7f000002;
const BADVERS_REPLY: Reply = { rcode: 16, authoritative: false };
const REFUSED_REPLY: Reply = { rcode: RCODE.REFUSED, authoritative: false };

function ipv4Text(word: number): string {
  return `${word >>> 24}.${(word >>> 16) & 0xff}.${(word >>> 8) & 0xff}.${word & 0xff}`;
}

function ipv6Text(words: Uint32Array): string {
  const bytes = [...words].flatMap((w) => [w >>> 24, (w >>> 16) & 0xff, (w >>> 8) & 0xff, w & 0xff]);
  return (ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toRFC5952String();
}

export function createDnsblResponder(deps: {
  settings: ResponderSettings;
  index: ListedIndex;
  clock: Clock;
}) {
  const { settings, index, clock } = deps;
  const zone = zoneName(settings.zone);
  const records = zoneRecords(settings);
  const listedA: Reply = {
    rcode: RCODE.NOERROR,
    authoritative: true,
    answers: [aRecord(settings.ttlSeconds)],
  };
  // Most answers carry the SOA, which changes only with the list (its serial) and with where the
  // zone's name starts in the question: the SOA and the answers made of it are built once each.
  let serialNow = -1;
  const byOffset = new Map<number, { soa: Buffer; nxdomain: Reply; nodata: Reply }>();
  function zoneReplies(apexOffset: number) {
    const serial = index.version();
    if (serial !== serialNow) {
      byOffset.clear();
      serialNow = serial;
    }
    let replies = byOffset.get(apexOffset);
    if (!replies) {
      const soa = records.soa(apexOffset, serial);
      replies = {
        soa,
        nxdomain: { rcode: RCODE.NXDOMAIN, authoritative: true, authority: [soa] },
        nodata: { rcode: RCODE.NOERROR, authoritative: true, authority: [soa] },
      };
      byOffset.set(apexOffset, replies);
    }
    return replies;
  }

  function listedReply(
    query: Query,
    ipText: () => string,
    endsAt: number,
    now: number,
    transport: Transport,
    nodata: Reply,
  ): Reply {
    // A cache must not keep the answer past the moment the listing ends.
    const ttl = Math.max(0, Math.min(settings.ttlSeconds, Math.floor((endsAt - now) / 1000)));
    const full = ttl === settings.ttlSeconds;
    const a = () => (full ? (listedA.answers?.[0] as Buffer) : aRecord(ttl));
    const txt = () => txtRecord(ttl, dnsblText(ipText(), settings.publicUrl));
    if (query.qtype === TYPE.A) return full ? listedA : { ...listedA, answers: [a()] };
    if (query.qtype === TYPE.TXT) return { ...listedA, answers: [txt()] };
    // ANY over UDP gets one record (RFC 8482), so it is worth no more than an A question.
    if (query.qtype === TYPE.ANY) return { ...listedA, answers: transport === 'udp' ? [a()] : [a(), txt()] };
    return nodata;
  }

  function reply(packet: Buffer, query: Query, transport: Transport): Reply {
    if (query.ednsPayload !== undefined && query.ednsVersion !== 0) return BADVERS_REPLY;
    const target = queryTarget(packet, query.labelOffsets, zone);
    if (query.qclass !== 1 || target.kind === 'outside') return REFUSED_REPLY;
    // Zone transfers are not offered: the rbldnsd export is the way to copy the list.
    if (query.qtype === TYPE.AXFR || query.qtype === TYPE.IXFR) return REFUSED_REPLY;
    const apexOffset = query.labelOffsets[query.labelOffsets.length - zone.labels.length] as number;
    const { soa, nxdomain, nodata } = zoneReplies(apexOffset);
    const now = clock.now();

    switch (target.kind) {
      case 'apex': {
        const answer = (answers: Buffer[]): Reply => ({ rcode: RCODE.NOERROR, authoritative: true, answers });
        if (query.qtype === TYPE.SOA) return answer([soa]);
        if (query.qtype === TYPE.NS) return answer([records.ns(apexOffset)]);
        if (query.qtype === TYPE.ANY)
          return answer(transport === 'udp' ? [soa] : [soa, records.ns(apexOffset)]);
        return nodata;
      }
      case 'ipv4':
      case 'ipv6': {
        const words = target.kind === 'ipv6' ? target.words : undefined;
        // An IPv4-mapped IPv6 address is the IPv4 address.
        const mapped = words !== undefined && words[0] === 0 && words[1] === 0 && words[2] === 0xffff;
        const v4 = target.kind === 'ipv4' ? target.word : mapped ? (words?.[3] as number) : undefined;
        if (v4 !== undefined) {
          const endsAt = v4 === TEST_LISTED ? Number.POSITIVE_INFINITY : index.listedUntilV4(v4, now);
          if (endsAt === undefined) return nxdomain;
          return listedReply(query, () => ipv4Text(v4), endsAt, now, transport, nodata);
        }
        const v6 = words as Uint32Array;
        const endsAt = index.listedUntilV6(v6, now);
        if (endsAt === undefined) return nxdomain;
        return listedReply(query, () => ipv6Text(v6), endsAt, now, transport, nodata);
      }
      // The start of an address's name exists (names below it do) but holds no records.
      case 'branch':
        return nodata;
      default:
        return nxdomain;
    }
  }

  return {
    /** The answer to one packet, or undefined when it gets none. */
    answer(packet: Buffer, transport: Transport): Buffer | undefined {
      const parsed = parseQuery(packet);
      if (parsed.kind === 'drop') return undefined;
      if (parsed.kind === 'header-only')
        return headerOnly(parsed.id, parsed.opcode, parsed.recursionDesired, parsed.rcode);
      return writeAnswer(packet, parsed.query, reply(packet, parsed.query, transport), transport);
    },
  };
}

export type DnsblResponder = ReturnType<typeof createDnsblResponder>;
