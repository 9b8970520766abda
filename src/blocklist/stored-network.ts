// The list's networks as stored (canonical CIDR text, ISO times) turned into what the listed
// index keeps: 32-bit words, a prefix length and the instant the listing stops counting.
import ipaddr from 'ipaddr.js';
import { ipv4Word } from './ip.js';
import type { NetworkHit } from './network-set.js';

export interface ParsedNetwork {
  family: 4 | 6;
  words: number[];
  prefixLength: number;
}

const IPV4_NETWORK = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Address bytes as 32-bit words, most significant first. */
export function wordsOf(bytes: readonly number[]): number[] {
  const words: number[] = [];
  for (let offset = 0; offset < bytes.length; offset += 4) words.push(ipv4Word(bytes, offset));
  return words;
}

/** The stored CIDR text as words; undefined for a row no reader could have matched either. */
export function parseStoredNetwork(text: string): ParsedNetwork | undefined {
  const v4 = IPV4_NETWORK.exec(text);
  if (v4) {
    const octets = v4.slice(1, 5).map(Number);
    const prefixLength = Number(v4[5]);
    if (octets.some((octet) => octet > 255) || prefixLength > 32) return undefined;
    const word = ipv4Word(octets);
    return { family: 4, words: [word], prefixLength };
  }
  if (!ipaddr.isValidCIDR(text)) return undefined;
  const [address, prefixLength] = ipaddr.parseCIDR(text);
  if (address.kind() !== 'ipv6') return undefined;
  const words = wordsOf(address.toByteArray());
  return { family: 6, words, prefixLength };
}

/** Earliest of a listing's scheduled removal and expiry, as a number; Infinity when neither. */
export function endOfListing(delistAt: string | null, expiresAt: string | null): number {
  let end = Number.POSITIVE_INFINITY;
  if (delistAt !== null) end = Math.min(end, Date.parse(delistAt));
  if (expiresAt !== null) end = Math.min(end, Date.parse(expiresAt));
  return Number.isNaN(end) ? Number.NEGATIVE_INFINITY : end;
}

/** CIDR text of a network the index found. */
export function networkText(hit: NetworkHit, family: 4 | 6): string {
  const bytes: number[] = [];
  for (const word of hit.words)
    bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
  // A dotted quad is its own canonical text; only IPv6 needs ipaddr.js's RFC 5952 spelling.
  const text =
    family === 4 ? bytes.join('.') : (ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toRFC5952String();
  return `${text}/${hit.prefixLength}`;
}

/** The network's words with host bits cleared (a row written by hand may have them set). */
export function maskedWords(parsed: ParsedNetwork): number[] {
  return parsed.words.map((word, w) => {
    const bits = Math.min(32, Math.max(0, parsed.prefixLength - w * 32));
    return bits === 0 ? 0 : bits === 32 ? word : (word & (0xffffffff << (32 - bits))) >>> 0;
  });
}
