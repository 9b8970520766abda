// The records the DNSBL answers with, in wire form (RFC 1035 section 3.2/4.1.3). Owner names
// are compression pointers into the question, which every answer repeats as it was sent: the
// address records point at the question name (offset 12), the zone's SOA and NS at the place
// where the zone's labels start in it. What does not change per query is encoded once.

export const TYPE = { A: 1, NS: 2, SOA: 6, TXT: 16, OPT: 41, AXFR: 252, IXFR: 251, ANY: 255 } as const;
const CLASS_IN = 1;
// The advertised EDNS payload: the size the DNS flag day 2020 settled on, safe from fragmentation.
export const EDNS_PAYLOAD = 1232;

/** A domain name in wire form, root included. */
export function encodeName(name: string): Buffer {
  const labels = name.replace(/\.$/, '').split('.').filter(Boolean);
  const parts = labels.map((label) =>
    Buffer.concat([Buffer.from([label.length]), Buffer.from(label, 'ascii')]),
  );
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function record(ownerOffset: number, type: number, ttl: number, rdata: Buffer): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0xc000 | ownerOffset, 0);
  head.writeUInt16BE(type, 2);
  head.writeUInt16BE(CLASS_IN, 4);
  head.writeUInt32BE(ttl, 6);
  head.writeUInt16BE(rdata.length, 10);
  return Buffer.concat([head, rdata]);
}

/** A 127.0.0.2, the RFC 5782 "listed" answer. */
export function aRecord(ttl: number): Buffer {
  return record(12, TYPE.A, ttl, Buffer.from([127, 0, 0, 2]));
}

/** TXT with the text split into strings of at most 255 bytes, as a TXT record requires. */
export function txtRecord(ttl: number, text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const strings: Buffer[] = [];
  for (let at = 0; at < bytes.length || strings.length === 0; at += 255) {
    const chunk = bytes.subarray(at, at + 255);
    strings.push(Buffer.from([chunk.length]), chunk);
  }
  return record(12, TYPE.TXT, ttl, Buffer.concat(strings));
}

export interface ZoneRecords {
  /** The SOA record owned by the name at `apexOffset`, with this serial. */
  soa(apexOffset: number, serial: number): Buffer;
  ns(apexOffset: number): Buffer;
}

export function zoneRecords(settings: { zone: string; nameserver: string; ttlSeconds: number }): ZoneRecords {
  const { ttlSeconds } = settings;
  const nameserver = encodeName(settings.nameserver);
  const mailbox = encodeName(`hostmaster.${settings.zone}`);
  // refresh, retry and expire matter to secondaries only; minimum is the negative-answer TTL (RFC 2308).
  const timers = Buffer.alloc(16);
  timers.writeUInt32BE(3600, 0);
  timers.writeUInt32BE(600, 4);
  timers.writeUInt32BE(7 * 86_400, 8);
  timers.writeUInt32BE(ttlSeconds, 12);
  const soaRdata = Buffer.concat([nameserver, mailbox, Buffer.alloc(4), timers]);
  const serialOffset = 12 + nameserver.length + mailbox.length;
  return {
    soa(apexOffset, serial) {
      const soa = record(apexOffset, TYPE.SOA, ttlSeconds, soaRdata);
      soa.writeUInt32BE(serial >>> 0, serialOffset);
      return soa;
    },
    ns: (apexOffset) => record(apexOffset, TYPE.NS, ttlSeconds, nameserver),
  };
}

/** Our OPT record (RFC 6891): our payload size, version 0, and the extended rcode's high bits. */
export function optRecord(extendedRcode = 0): Buffer {
  const opt = Buffer.alloc(11);
  opt.writeUInt16BE(TYPE.OPT, 1);
  opt.writeUInt16BE(EDNS_PAYLOAD, 3);
  opt.writeUInt8(extendedRcode >> 4, 5);
  return opt;
}
