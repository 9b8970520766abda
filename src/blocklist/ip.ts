// What counts as an IP address or a network on this list, and their canonical text forms.
// Parsing is strict on purpose: a spelling that some resolver would reinterpret
// (0x7f.1, 010.0.0.1, 1.2.3) is refused rather than guessed at.
import ipaddr from 'ipaddr.js';

export type Family = 4 | 6;

export interface SenderAddress {
  /** Canonical text: dotted quad, or RFC 5952 for IPv6. */
  address: string;
  family: Family;
  bytes: number[];
}

export type AddressProblem =
  | 'empty'
  | 'list'
  | 'cidr'
  | 'zone'
  | 'ipv4-spelling'
  | 'not-an-ip'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

export type Parsed<T, P> = { ok: true; value: T } | { ok: false; problem: P };

// ipaddr.js names these "reserved", but they are the documentation ranges (RFC 5737, RFC 3849):
// listed nowhere real, so examples, tests and demos can use them as public addresses.
const DOCUMENTATION = [
  ipaddr.parseCIDR('192.0.2.0/24'),
  ipaddr.parseCIDR('198.51.100.0/24'),
  ipaddr.parseCIDR('203.0.113.0/24'),
  ipaddr.parseCIDR('2001:db8::/32'),
];

// Numbers, hex or octal parts with dots: something inet_aton would read as IPv4.
const IPV4_LIKE = /^(0x[0-9a-f]*|\d+)(\.(0x[0-9a-f]*|\d+)){0,4}$/i;

const PUBLIC_RANGES = new Set(['unicast', '6to4', 'teredo']);

const RANGE_PROBLEM: Record<string, AddressProblem> = {
  private: 'private',
  uniqueLocal: 'private',
  carrierGradeNat: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'unspecified',
};

function isDocumentation(addr: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return DOCUMENTATION.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
}

/** The problem an address in one of ipaddr.js's named ranges has; undefined for a public one. */
export function problemOfRange(range: string): AddressProblem | undefined {
  return PUBLIC_RANGES.has(range) ? undefined : (RANGE_PROBLEM[range] ?? 'reserved');
}

/** Four bytes (from `offset`) as one unsigned 32-bit number, most significant first. */
export function ipv4Word(bytes: ArrayLike<number>, offset = 0): number {
  return (
    (((bytes[offset] as number) << 24) |
      ((bytes[offset + 1] as number) << 16) |
      ((bytes[offset + 2] as number) << 8) |
      (bytes[offset + 3] as number)) >>>
    0
  );
}

interface Ipv4Range {
  base: number;
  mask: number;
  problem: AddressProblem | undefined;
}

// ipaddr.js's special IPv4 ranges as numbers, in the order its range() tries them, after the
// documentation ranges: a form's or a lookup's address is judged with a few integer compares
// instead of an address object and a walk of those objects (a tenth of a lookup's own work).
const IPV4_RANGES: readonly Ipv4Range[] = (() => {
  const ranges: Ipv4Range[] = [];
  const add = (net: ipaddr.IPv4 | ipaddr.IPv6, bits: number, problem: AddressProblem | undefined) => {
    if (net.kind() !== 'ipv4') return;
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    ranges.push({ base: ipv4Word(net.toByteArray()), mask, problem });
  };
  for (const [net, bits] of DOCUMENTATION) add(net, bits, undefined);
  const special = (
    ipaddr.IPv4.prototype as unknown as { SpecialRanges: Record<string, [ipaddr.IPv4, number][]> }
  ).SpecialRanges;
  for (const [range, nets] of Object.entries(special))
    for (const [net, bits] of nets) add(net, bits, problemOfRange(range));
  return ranges;
})();

/** Why an IPv4 address (as one number) cannot be on the list, or undefined when it can. */
function ipv4Problem(word: number): AddressProblem | undefined {
  for (const range of IPV4_RANGES) if ((word & range.mask) >>> 0 === range.base) return range.problem;
  return undefined;
}

/** Why an address cannot be on a list of public senders, or undefined when it can. */
export function nonPublicProblem(addr: ipaddr.IPv4 | ipaddr.IPv6): AddressProblem | undefined {
  if (addr.kind() === 'ipv4') return ipv4Problem(ipv4Word(addr.toByteArray()));
  if (isDocumentation(addr)) return undefined;
  return problemOfRange(addr.range());
}

// What ipaddr.IPv4.isValidFourPartDecimal accepts: four decimal parts of 0-255 without leading
// zeros. Read here in one pass, because that check followed by ipaddr.IPv4.parse reads the text
// three times, and an import of a million lines spends much of its parsing there.
const FOUR_PART_DECIMAL = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/** The four bytes of a four-part decimal IPv4 address, or undefined for any other spelling. */
export function fourPartDecimal(text: string): number[] | undefined {
  const match = FOUR_PART_DECIMAL.exec(text);
  if (!match) return undefined;
  const bytes = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
  return bytes.every((byte) => byte <= 255) ? bytes : undefined;
}

/** Parses one address as text, without judging whether it is public. */
function parseAddressSpelling(text: string): Parsed<ipaddr.IPv4 | ipaddr.IPv6, AddressProblem> {
  if (text === '') return { ok: false, problem: 'empty' };
  if (/[\s,;]/.test(text)) return { ok: false, problem: 'list' };
  if (text.includes('/')) return { ok: false, problem: 'cidr' };
  if (text.includes('%')) return { ok: false, problem: 'zone' };
  if (!text.includes(':')) {
    const bytes = fourPartDecimal(text);
    if (bytes) return { ok: true, value: new ipaddr.IPv4(bytes) };
    return { ok: false, problem: IPV4_LIKE.test(text) ? 'ipv4-spelling' : 'not-an-ip' };
  }
  if (!ipaddr.IPv6.isValid(text)) return { ok: false, problem: 'not-an-ip' };
  // An embedded IPv4 tail (::ffff:203.0.113.7) obeys the same four-part decimal rule.
  const tail = text.slice(text.lastIndexOf(':') + 1);
  if (tail.includes('.') && !ipaddr.IPv4.isValidFourPartDecimal(tail))
    return { ok: false, problem: 'ipv4-spelling' };
  const v6 = ipaddr.IPv6.parse(text);
  // An IPv4-mapped IPv6 address (::ffff:203.0.113.7) is the IPv4 address.
  return { ok: true, value: v6.isIPv4MappedAddress() ? v6.toIPv4Address() : v6 };
}

function canonical(addr: ipaddr.IPv4 | ipaddr.IPv6): string {
  return addr.kind() === 'ipv4' ? addr.toString() : (addr as ipaddr.IPv6).toRFC5952String();
}

function toSenderAddress(addr: ipaddr.IPv4 | ipaddr.IPv6): SenderAddress {
  return { address: canonical(addr), family: addr.kind() === 'ipv4' ? 4 : 6, bytes: addr.toByteArray() };
}

/** A sender's public IP address as typed into the form, or why it cannot be one. */
export function parseSenderAddress(input: string): Parsed<SenderAddress, AddressProblem> {
  const text = input.trim();
  // The usual case, a dotted quad as a rejection prints it: no address object is made, and its
  // text is already canonical (four-part decimal has no leading zeros).
  const bytes = text.includes(':') ? undefined : fourPartDecimal(text);
  if (bytes) {
    const problem = ipv4Problem(ipv4Word(bytes));
    return problem ? { ok: false, problem } : { ok: true, value: { address: text, family: 4, bytes } };
  }
  const parsed = parseAddressSpelling(text);
  if (!parsed.ok) return parsed;
  const problem = nonPublicProblem(parsed.value);
  if (problem) return { ok: false, problem };
  return { ok: true, value: toSenderAddress(parsed.value) };
}

export interface Network {
  /** Canonical CIDR text: 203.0.113.7/32, 2001:db8::/48. */
  cidr: string;
  family: Family;
  prefixLength: number;
}

export type NetworkProblem = AddressProblem | 'prefix-length' | 'too-wide';

// Wider than this is almost certainly a typo that would block a large part of the internet.
export const WIDEST_PREFIX: Record<Family, number> = { 4: 8, 6: 16 };

/** Masks bytes down to their first prefixLength bits. */
function maskBytes(bytes: readonly number[], prefixLength: number): number[] {
  return bytes.map((byte, index) => {
    const bitsHere = Math.min(8, Math.max(0, prefixLength - index * 8));
    return byte & ((0xff << (8 - bitsHere)) & 0xff);
  });
}

/**
 * An operator's network: an address (a /32 or /128) or CIDR. Host bits are cleared
 * (203.0.113.7/24 is 203.0.113.0/24), so one network has one spelling.
 */
export function parseNetwork(input: string): Parsed<Network, NetworkProblem> {
  const text = input.trim();
  const slash = text.indexOf('/');
  const addressPart = slash === -1 ? text : text.slice(0, slash);
  const parsed = parseAddressSpelling(addressPart);
  if (!parsed.ok) return parsed;
  const family: Family = parsed.value.kind() === 'ipv4' ? 4 : 6;
  const maxBits = family === 4 ? 32 : 128;
  let prefixLength = maxBits;
  if (slash !== -1) {
    const lengthText = text.slice(slash + 1);
    if (!/^(0|[1-9]\d{0,2})$/.test(lengthText)) return { ok: false, problem: 'prefix-length' };
    // A mapped address with a prefix counts its prefix over the IPv6 bits.
    const mappedOffset = addressPart.includes(':') && family === 4 ? 96 : 0;
    prefixLength = Number(lengthText) - mappedOffset;
    if (prefixLength < 0 || prefixLength > maxBits) return { ok: false, problem: 'prefix-length' };
  }
  if (prefixLength < WIDEST_PREFIX[family]) return { ok: false, problem: 'too-wide' };
  // A single address is its own network: no masking, no second address object.
  const network =
    prefixLength === maxBits
      ? parsed.value
      : ipaddr.fromByteArray(maskBytes(parsed.value.toByteArray(), prefixLength));
  const problem = nonPublicProblem(network);
  if (problem) return { ok: false, problem };
  return { ok: true, value: { cidr: `${canonical(network)}/${prefixLength}`, family, prefixLength } };
}

/** Canonical CIDR texts of every listable network that contains the address, narrowest first. */
export function networksContaining(address: SenderAddress): string[] {
  const maxBits = address.family === 4 ? 32 : 128;
  const texts: string[] = [];
  // Spelling an address is the costly part (113 of them for IPv6, on every form post), and a
  // shorter prefix leaves the address as it was whenever the bit it drops is already 0.
  let previousBytes: number[] | undefined;
  let previousText = '';
  for (let length = maxBits; length >= WIDEST_PREFIX[address.family]; length--) {
    const bytes = maskBytes(address.bytes, length);
    if (!previousBytes || bytes.some((byte, index) => byte !== previousBytes?.[index])) {
      previousText = canonical(ipaddr.fromByteArray(bytes));
      previousBytes = bytes;
    }
    texts.push(`${previousText}/${length}`);
  }
  return texts;
}

export function hostNetwork(address: SenderAddress): string {
  return `${address.address}/${address.family === 4 ? 32 : 128}`;
}

/** The address's labels reversed, as in-addr.arpa, ip6.arpa and DNSBL names use them (RFC 5782). */
export function reversedLabels(address: SenderAddress): string {
  if (address.family === 4) return [...address.bytes].reverse().join('.');
  const nibbles = address.bytes.flatMap((byte) => [(byte >> 4).toString(16), (byte & 0xf).toString(16)]);
  return nibbles.reverse().join('.');
}

/** The name a PTR lookup asks for: 7.113.0.203.in-addr.arpa, or 32 nibbles under ip6.arpa. */
export function reverseDnsName(address: SenderAddress): string {
  return `${reversedLabels(address)}.${address.family === 4 ? 'in-addr.arpa' : 'ip6.arpa'}`;
}
