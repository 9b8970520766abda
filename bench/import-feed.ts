// A feed for the import benchmark: deterministic pseudo-random public networks (mostly IPv4
// addresses, some IPv4 CIDRs and IPv6), every one distinct, one in ten with its own ";reason".
// Besides the feed it writes the canonical rows as CSV, for the sqlite3 baseline to load.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseNetwork } from '../src/blocklist/index.js';

/** mulberry32: a small, fast generator; the same seed gives the same feed on every machine. */
function random32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function candidate(next: () => number): string {
  const kind = next() % 100;
  const v4 = () => [next() >>> 24, (next() >>> 16) & 0xff, (next() >>> 8) & 0xff, next() & 0xff].join('.');
  if (kind < 88) return v4();
  if (kind < 94) return `${v4()}/${16 + (next() % 16)}`;
  const groups = Array.from({ length: 8 }, () => (next() & 0xffff).toString(16));
  groups[0] = (0x2000 + (next() % 0x2000)).toString(16); // global unicast, 2000::/3
  const address = groups.join(':');
  return kind < 98 ? address : `${address}/${[32, 48, 56, 64][next() % 4]}`;
}

export interface Feed {
  lines: number;
  /** Lines with no reason of their own get this one, as the CLI gives them. */
  defaultReason: string;
}

/** Writes `count` distinct public networks to feedPath, and their rows to csvPath. */
export async function writeFeed(feedPath: string, csvPath: string, count: number, seed = 1): Promise<Feed> {
  const next = random32(seed);
  const defaultReason = 'imported from feed.txt';
  const feed = createWriteStream(feedPath);
  const csv = createWriteStream(csvPath);
  const seen = new Set<string>();
  let feedChunk = '';
  let csvChunk = '';
  while (seen.size < count) {
    const text = candidate(next);
    const parsed = parseNetwork(text);
    if (!parsed.ok || seen.has(parsed.value.cidr)) continue;
    seen.add(parsed.value.cidr);
    const ownReason = seen.size % 10 === 0 ? `feed entry ${seen.size}` : undefined;
    feedChunk += ownReason ? `${text};${ownReason}\n` : `${text}\n`;
    csvChunk += `${parsed.value.cidr},${ownReason ?? defaultReason}\n`;
    if (feedChunk.length > 1 << 16) {
      if (!feed.write(feedChunk)) await once(feed, 'drain');
      if (!csv.write(csvChunk)) await once(csv, 'drain');
      feedChunk = '';
      csvChunk = '';
    }
  }
  feed.end(feedChunk);
  csv.end(csvChunk);
  await Promise.all([once(feed, 'close'), once(csv, 'close')]);
  return { lines: count, defaultReason };
}
