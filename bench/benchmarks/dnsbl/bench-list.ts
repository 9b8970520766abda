// The DNSBL benchmark's list and questions, the same on every run: 1,000,000 networks
// (single IPv4 addresses, IPv4 /24s, IPv6 /128s and /64s) as an import file, and a file of
// dnsperf questions mixing listed and unlisted names, A and TXT, IPv4 and IPv6.
import { createWriteStream } from 'node:fs';

export const ZONE = 'bl.example.net';

const COUNTS = { v4Hosts: 960_000, v4Networks: 30_000, v6Hosts: 5_000, v6Networks: 5_000 };
export const ENTRIES = COUNTS.v4Hosts + COUNTS.v4Networks + COUNTS.v6Hosts + COUNTS.v6Networks;

function generator(seed: number) {
  let state = seed >>> 0;
  // xorshift32: fast, and the same sequence on every machine.
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

// First octets 11-99: public unicast space with no private or reserved range in it.
const publicV4 = (n: number) => ((11 + (n % 89)) * 2 ** 24 + ((n >>> 7) & 0xffffff)) >>> 0;
const v4Text = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const hex16 = (n: number) => (n & 0xffff).toString(16);
const v4Name = (n: number) => `${n & 255}.${(n >>> 8) & 255}.${(n >>> 16) & 255}.${n >>> 24}.${ZONE}`;

function v6Name(groups: number[]): string {
  const nibbles = groups.map((group) => group.toString(16).padStart(4, '0')).join('');
  return `${[...nibbles].reverse().join('.')}.${ZONE}`;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = [];
    }
  }
  out.end(chunk.length ? `${chunk.join('\n')}\n` : '');
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
}

/** Writes the import file and the dnsperf question file; returns how the questions mix. */
export async function writeBenchList(listPath: string, queryPath: string, questions = 200_000) {
  const next = generator(20261201);
  const hosts = new Set<number>();
  while (hosts.size < COUNTS.v4Hosts) hosts.add(publicV4(next()));
  const networks = new Set<number>();
  while (networks.size < COUNTS.v4Networks) networks.add((publicV4(next()) & 0xffffff00) >>> 0);
  const v6 = Array.from({ length: COUNTS.v6Hosts + COUNTS.v6Networks }, () => [
    0x2001,
    0xdb8,
    next() & 0xffff,
    next() & 0xffff,
    0,
    0,
    0,
    next() & 0xffff,
  ]);
  const hostList = [...hosts];
  const networkList = [...networks];
  const v6Text = (g: number[], length: number) =>
    length === 64
      ? `${g.slice(0, 4).map(hex16).join(':')}::/64`
      : `${g.slice(0, 4).map(hex16).join(':')}::${hex16(g[7] as number)}`;
  await writeLines(listPath, [
    ...hostList.map(v4Text),
    ...networkList.map((n) => `${v4Text(n)}/24`),
    ...v6.map((g, i) => v6Text(g, i < COUNTS.v6Hosts ? 128 : 64)),
  ]);

  // 45% listed addresses, 15% addresses inside listed /24s, 5% TXT of listed addresses, 30%
  // addresses almost surely not listed, 5% IPv6 (half listed, half not).
  const pick = <T>(list: T[]) => list[next() % list.length] as T;
  const v6Hosts = v6.slice(0, COUNTS.v6Hosts);
  const lines: string[] = [];
  for (let i = 0; i < questions; i++) {
    const slot = i % 20;
    if (slot < 9) lines.push(`${v4Name(pick(hostList))} A`);
    else if (slot < 12) lines.push(`${v4Name((pick(networkList) | (next() & 255)) >>> 0)} A`);
    else if (slot < 13) lines.push(`${v4Name(pick(hostList))} TXT`);
    else if (slot < 19) lines.push(`${v4Name(publicV4(next()))} A`);
    else if (i % 40 < 20) lines.push(`${v6Name(pick(v6Hosts))} A`);
    else lines.push(`${v6Name([0x2001, 0xdb8, next() & 0xffff, next() & 0xffff, 1, 2, 3, 4])} A`);
  }
  await writeLines(queryPath, lines);
}
