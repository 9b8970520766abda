// What a question name asks about, read from the packet's bytes: the zone's apex, an IPv4
// address (four reversed decimal octets), an IPv6 address (32 reversed nibbles, RFC 5782), the
// start of one of those (a name with children but no records of its own), some other name in
// the zone, or a name outside it. Letters compare case-insensitively, as DNS names do.

export type QueryTarget =
  | { kind: 'apex' }
  | { kind: 'ipv4'; word: number }
  | { kind: 'ipv6'; words: Uint32Array }
  | { kind: 'branch' }
  | { kind: 'other' }
  | { kind: 'outside' };

export interface ZoneName {
  /** Lower-case labels of the zone, e.g. ['bl', 'example', 'net']. */
  labels: string[];
  /** The zone's name in wire form, lower case, without the root byte. */
  wire: Buffer;
}

export function zoneName(zone: string): ZoneName {
  const labels = zone.toLowerCase().replace(/\.$/, '').split('.');
  const wire = Buffer.concat(
    labels.map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)])),
  );
  return { labels, wire };
}

const lower = (byte: number) => (byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte);

function hexNibble(byte: number): number {
  const c = lower(byte);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** A decimal octet label (0-255, no leading zero), or -1. */
function octetAt(packet: Buffer, offset: number): number {
  const length = packet[offset] as number;
  if (length < 1 || length > 3) return -1;
  if (length > 1 && packet[offset + 1] === 0x30) return -1;
  let value = 0;
  for (let i = 1; i <= length; i++) {
    const digit = (packet[offset + i] as number) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value <= 255 ? value : -1;
}

const nibbleAt = (packet: Buffer, offset: number) =>
  packet[offset] === 1 ? hexNibble(packet[offset + 1] as number) : -1;

export function queryTarget(packet: Buffer, labelOffsets: number[], zone: ZoneName): QueryTarget {
  const own = labelOffsets.length - zone.labels.length;
  if (own < 0) return { kind: 'outside' };
  // Same number of labels, so equal bytes (length bytes included) mean the same labels.
  const suffixStart = labelOffsets[own] as number;
  for (let i = 0; i < zone.wire.length; i++) {
    if (lower(packet[suffixStart + i] as number) !== zone.wire[i]) return { kind: 'outside' };
  }
  if (own === 0) return { kind: 'apex' };

  if (own <= 4) {
    let word = 0;
    let ok = true;
    // The label next to the zone is the first octet.
    for (let i = 0; i < own && ok; i++) {
      const octet = octetAt(packet, labelOffsets[own - 1 - i] as number);
      if (octet === -1) ok = false;
      else word = ((word << 8) | octet) >>> 0;
    }
    if (ok) return own === 4 ? { kind: 'ipv4', word } : { kind: 'branch' };
  }
  if (own <= 32) {
    const words = new Uint32Array(4);
    for (let i = 0; i < own; i++) {
      const nibble = nibbleAt(packet, labelOffsets[own - 1 - i] as number);
      if (nibble === -1) return { kind: 'other' };
      words[i >> 3] = ((words[i >> 3] as number) | (nibble << (28 - (i & 7) * 4))) >>> 0;
    }
    return own === 32 ? { kind: 'ipv6', words } : { kind: 'branch' };
  }
  return { kind: 'other' };
}
