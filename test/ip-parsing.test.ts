// What counts as a sender's IP address or an operator's network, and their one spelling.
import ipaddr from 'ipaddr.js';
import { expect, it } from 'vitest';
import {
  hostNetwork,
  parseNetwork,
  parseSenderAddress,
  reverseDnsName,
  type SenderAddress,
} from '../src/blocklist/index.js';
import { networksContaining, problemOfRange } from '../src/blocklist/ip.js';

const address = (text: string): SenderAddress => {
  const parsed = parseSenderAddress(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return parsed.value;
};

it.each([
  ['203.0.113.7', '203.0.113.7'],
  ['  198.51.100.23\t', '198.51.100.23'],
  ['192.0.2.1', '192.0.2.1'],
  ['8.8.8.8', '8.8.8.8'],
  ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
  ['2001:0db8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1'],
  ['2001:db8::25', '2001:db8::25'],
  ['::ffff:203.0.113.7', '203.0.113.7'],
  ['::FFFF:CB00:7107', '203.0.113.7'],
  ['2a00:1450:4001:80b::200e', '2a00:1450:4001:80b::200e'],
])('accepts %j as %s', (input, canonical) => {
  expect(address(input).address).toBe(canonical);
});

it.each([
  ['', 'empty'],
  ['   ', 'empty'],
  ['203.0.113.7,198.51.100.1', 'list'],
  ['203.0.113.7 198.51.100.1', 'list'],
  ['203.0.113.7;198.51.100.1', 'list'],
  ['203.0.113.7/24', 'cidr'],
  ['2001:db8::/32', 'cidr'],
  ['fe80::1%eth0', 'zone'],
  ['0x7f.1', 'ipv4-spelling'],
  ['0x7f000001', 'ipv4-spelling'],
  ['010.0.0.1', 'ipv4-spelling'],
  ['1.2.3', 'ipv4-spelling'],
  ['127.1', 'ipv4-spelling'],
  ['1.2.3.4.5', 'ipv4-spelling'],
  ['256.0.0.1', 'ipv4-spelling'],
  ['16909060', 'ipv4-spelling'],
  ['::ffff:0x7f.1', 'not-an-ip'],
  ['::ffff:010.0.0.1', 'ipv4-spelling'],
  ['hello', 'not-an-ip'],
  ['abc', 'not-an-ip'],
  ['２０３.０.１１３.７', 'not-an-ip'],
  ['2001:db8::1::2', 'not-an-ip'],
  ['10.0.0.1', 'private'],
  ['172.16.5.4', 'private'],
  ['192.168.1.1', 'private'],
  ['100.64.0.1', 'private'],
  ['fd00::1', 'private'],
  ['127.0.0.1', 'loopback'],
  ['::1', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['169.254.1.1', 'link-local'],
  ['fe80::1', 'link-local'],
  ['224.0.0.1', 'multicast'],
  ['ff02::1', 'multicast'],
  ['0.0.0.0', 'unspecified'],
  ['::', 'unspecified'],
  ['255.255.255.255', 'unspecified'],
  ['240.0.0.1', 'reserved'],
  ['192.88.99.1', 'reserved'],
  ['198.18.0.1', 'reserved'],
])('refuses %j as %s', (input, problem) => {
  expect(parseSenderAddress(input)).toEqual({ ok: false, problem });
});

it.each([
  ['203.0.113.7', '203.0.113.7/32'],
  ['203.0.113.7/32', '203.0.113.7/32'],
  ['203.0.113.7/24', '203.0.113.0/24'],
  ['198.51.100.0/24', '198.51.100.0/24'],
  ['2001:db8::1', '2001:db8::1/128'],
  ['2001:db8::1/48', '2001:db8::/48'],
  ['2001:DB8:0:0::/64', '2001:db8::/64'],
  ['::ffff:203.0.113.7/120', '203.0.113.0/24'],
])('reads the network %s as %s', (input, cidr) => {
  const parsed = parseNetwork(input);
  expect(parsed.ok && parsed.value.cidr).toBe(cidr);
});

it.each([
  ['203.0.113.7/33', 'prefix-length'],
  ['203.0.113.7/abc', 'prefix-length'],
  ['203.0.113.7/-1', 'prefix-length'],
  ['203.0.113.7/024', 'prefix-length'],
  ['203.0.113.7/', 'prefix-length'],
  ['8.0.0.0/7', 'too-wide'],
  ['0.0.0.0/0', 'too-wide'],
  ['2001::/15', 'too-wide'],
  ['10.0.0.0/8', 'private'],
  ['0x7f.1/32', 'ipv4-spelling'],
])('refuses the network %s as %s', (input, problem) => {
  expect(parseNetwork(input)).toEqual({ ok: false, problem });
});

it('lists every listable network that contains an address, narrowest first', () => {
  const v4 = networksContaining(address('203.0.113.7'));
  expect(v4).toHaveLength(25);
  expect(v4[0]).toBe('203.0.113.7/32');
  expect(v4).toContain('203.0.113.0/24');
  expect(v4.at(-1)).toBe('203.0.0.0/8');
  const v6 = networksContaining(address('2001:db8::25'));
  expect(v6).toHaveLength(113);
  expect(v6[0]).toBe('2001:db8::25/128');
  expect(v6).toContain('2001:db8::/32');
  expect(v6.at(-1)).toBe('2001::/16');
});

it.each(['2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', '2001:db8:b:1::1a2b', '203.0.113.255', '198.51.100.1'])(
  'spells each network containing %s as an operator listing it would',
  (text) => {
    const found = networksContaining(address(text));
    const bits = text.includes(':') ? 128 : 32;
    found.forEach((network, index) => {
      const listed = parseNetwork(`${text}/${bits - index}`);
      expect(listed.ok && listed.value.cidr).toBe(network);
    });
  },
);

it('names the host network and the reverse-DNS name of an address', () => {
  expect(hostNetwork(address('203.0.113.7'))).toBe('203.0.113.7/32');
  expect(hostNetwork(address('2001:db8::25'))).toBe('2001:db8::25/128');
  expect(reverseDnsName(address('203.0.113.7'))).toBe('7.113.0.203.in-addr.arpa');
  expect(reverseDnsName(address('2001:db8::25'))).toBe(
    '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
  );
});

it('reads IPv4 exactly as ipaddr.js judges four-part decimal', async () => {
  const { default: ipaddr } = await import('ipaddr.js');
  const { fourPartDecimal } = await import('../src/blocklist/ip.js');
  const spellings = [
    '0.0.0.0',
    '255.255.255.255',
    '203.0.113.7',
    '256.1.1.1',
    '1.2.3.256',
    '01.2.3.4',
    '1.2.3.04',
    '1.2.3',
    '1.2.3.4.5',
    '1..2.3',
    '1.2.3.',
    '.1.2.3',
    '1000.1.1.1',
    '0x1.2.3.4',
    '1.2.3.4 ',
    '+1.2.3.4',
    '1.2.3.-4',
    '1.2.3.4e0',
    '00.0.0.0',
    '199.199.199.199',
    '٣.1.1.1',
  ];
  for (const text of spellings) {
    const expected = ipaddr.IPv4.isValidFourPartDecimal(text)
      ? ipaddr.IPv4.parse(text).toByteArray()
      : undefined;
    expect([text, fourPartDecimal(text)]).toEqual([text, expected]);
  }
});

// The dotted-quad path judges addresses with its own table of ipaddr.js's ranges; at every edge
// of every special range, and at addresses spread over the whole space, it must say what
// ipaddr.js's own classification says, named as the IPv6 path names it (the documentation
// ranges being public; the names' problems are checked one by one above).
it('judges dotted quads as ipaddr.js classifies them, at every range edge', () => {
  const documentation = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'].map((cidr) =>
    ipaddr.IPv4.parseCIDR(cidr),
  );
  const expected = (text: string) => {
    const parsed = ipaddr.IPv4.parse(text);
    if (documentation.some(([net, bits]) => parsed.match(net, bits))) return undefined;
    return problemOfRange(parsed.range());
  };
  const text = (word: number) => [word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255].join('.');
  const words: number[] = [];
  const special = (
    ipaddr.IPv4.prototype as unknown as { SpecialRanges: Record<string, [ipaddr.IPv4, number][]> }
  ).SpecialRanges;
  for (const [net, bits] of [...documentation, ...Object.values(special).flat()]) {
    const first = Number(net.toByteArray().reduce((word, byte) => word * 256 + byte, 0));
    const last = first + 2 ** (32 - bits) - 1;
    words.push(first - 1, first, first + 1, last - 1, last, last + 1);
  }
  for (let word = 7; word < 2 ** 32; word += 1_000_003) words.push(word);
  let judged = 0;
  for (const word of words.filter((word) => word >= 0 && word < 2 ** 32)) {
    const parsed = parseSenderAddress(text(word));
    const problem = expected(text(word));
    expect(parsed, text(word)).toEqual(
      problem
        ? { ok: false, problem }
        : {
            ok: true,
            value: { address: text(word), family: 4, bytes: ipaddr.IPv4.parse(text(word)).toByteArray() },
          },
    );
    judged++;
  }
  expect(judged).toBeGreaterThan(4000);
});
