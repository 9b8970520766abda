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
const BADVERS = 16;

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
  const fullTtlA = aRecord(settings.ttlSeconds);
  // Most answers carry the SOA; it changes only with the list (its serial) and with where the
  // zone's name starts in the question, so each is built once per serial.
  let soaSerial = -1;
  const soaByOffset = new Map<number, Buffer>();
  function soaFor(apexOffset: number): Buffer {
    const serial = index.version();
    if (serial !== soaSerial) {
      soaByOffset.clear();
      soaSerial = serial;
    }
    let soa = soaByOffset.get(apexOffset);
    if (!soa) {
      soa = records.soa(apexOffset, serial);
      soaByOffset.set(apexOffset, soa);
    }
    return soa;
  }

  function listedReply(
    query: Query,
    ip: string,
    endsAt: number,
    now: number,
    transport: Transport,
    soa: () => Buffer,
  ): Reply {
    // A cache must not keep the answer past the moment the listing ends.
    const ttl = Math.max(0, Math.min(settings.ttlSeconds, Math.floor((endsAt - now) / 1000)));
    const a = () => (ttl === settings.ttlSeconds ? fullTtlA : aRecord(ttl));
    const txt = () => txtRecord(ttl, dnsblText(ip, settings.publicUrl));
    if (query.qtype === TYPE.A) return { rcode: RCODE.NOERROR, authoritative: true, answers: [a()] };
    if (query.qtype === TYPE.TXT) return { rcode: RCODE.NOERROR, authoritative: true, answers: [txt()] };
    if (query.qtype === TYPE.ANY) {
      return {
        rcode: RCODE.NOERROR,
        authoritative: true,
        answers: transport === 'udp' ? [a()] : [a(), txt()],
      };
    }
    return { rcode: RCODE.NOERROR, authoritative: true, authority: [soa()] };
  }

  function reply(packet: Buffer, query: Query, transport: Transport): Reply {
    if (query.ednsPayload !== undefined && query.ednsVersion !== 0)
      return { rcode: BADVERS, authoritative: false };
    const target = queryTarget(packet, query.labelOffsets, zone);
    if (query.qclass !== 1 || target.kind === 'outside')
      return { rcode: RCODE.REFUSED, authoritative: false };
    // Zone transfers are not offered: the rbldnsd export is the way to copy the list.
    if (query.qtype === TYPE.AXFR || query.qtype === TYPE.IXFR)
      return { rcode: RCODE.REFUSED, authoritative: false };
    const apexOffset = query.labelOffsets[query.labelOffsets.length - zone.labels.length] as number;
    const soa = () => soaFor(apexOffset);
    const nodata: Reply = { rcode: RCODE.NOERROR, authoritative: true };
    const nxdomain = (): Reply => ({ rcode: RCODE.NXDOMAIN, authoritative: true, authority: [soa()] });
    const now = clock.now();

    switch (target.kind) {
      case 'apex': {
        if (query.qtype === TYPE.SOA) return { ...nodata, answers: [soa()] };
        if (query.qtype === TYPE.NS) return { ...nodata, answers: [records.ns(apexOffset)] };
        if (query.qtype === TYPE.ANY)
          return { ...nodata, answers: transport === 'udp' ? [soa()] : [soa(), records.ns(apexOffset)] };
        return { ...nodata, authority: [soa()] };
      }
      case 'ipv4':
      case 'ipv6': {
        const words = target.kind === 'ipv6' ? target.words : undefined;
        // An IPv4-mapped IPv6 address is the IPv4 address.
        const mapped = words !== undefined && words[0] === 0 && words[1] === 0 && words[2] === 0xffff;
        const v4 = target.kind === 'ipv4' ? target.word : mapped ? (words?.[3] as number) : undefined;
        if (v4 !== undefined) {
          const endsAt = v4 === TEST_LISTED ? Number.POSITIVE_INFINITY : index.findV4(v4, now)?.endsAt;
          if (endsAt === undefined) return nxdomain();
          return listedReply(query, ipv4Text(v4), endsAt, now, transport, soa);
        }
        const hit = index.findV6(words as Uint32Array, now);
        if (!hit) return nxdomain();
        return listedReply(query, ipv6Text(words as Uint32Array), hit.endsAt, now, transport, soa);
      }
      // The start of an address's name exists (names below it do) but holds no records.
      case 'branch':
        return { ...nodata, authority: [soa()] };
      default:
        return nxdomain();
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
