// The in-memory listed index against the truth in SQLite: nested listings, the exact moment a
// removal or an expiry takes effect, and changes written after it was loaded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBulkImport } from '../src/blocklist/bulk-import.js';
import { parseNetwork, parseSenderAddress, type SenderAddress } from '../src/blocklist/index.js';
import { createIpv4SetLoader } from '../src/blocklist/ipv4-set-loader.js';
import { createListedIndex, type ListedIndex } from '../src/blocklist/listed-index.js';
import { createNetworkSet } from '../src/blocklist/network-set.js';
import { createNetworkSetLoader } from '../src/blocklist/network-set-loader.js';
import { isoUtc } from '../src/clock.js';
import { openDatabase } from '../src/db/open.js';
import { listNetwork, scheduleRemoval, startTestPortal, type TestPortal } from './support/test-portal.js';

let portal: TestPortal;
let index: ListedIndex;

beforeEach(async () => {
  portal = await startTestPortal();
  index = createListedIndex({ db: portal.db, clock: portal.clock });
});
afterEach(async () => {
  index.close();
  await portal.close();
});

function address(text: string): SenderAddress {
  const parsed = parseSenderAddress(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return parsed.value;
}

const networkOf = (text: string) => index.lookup(address(text))?.network;

it('answers for every address inside a listed network, the narrowest listing first', () => {
  for (const text of ['203.0.113.7', '198.51.100.0/24', '198.51.100.9', '2001:db8::1', '2001:db8:ab00::/40'])
    listNetwork(portal, text);
  index.start();

  expect(networkOf('203.0.113.7')).toBe('203.0.113.7/32');
  expect(networkOf('203.0.113.8')).toBeUndefined();
  expect(networkOf('198.51.100.200')).toBe('198.51.100.0/24');
  expect(networkOf('198.51.100.9')).toBe('198.51.100.9/32');
  expect(networkOf('198.51.101.1')).toBeUndefined();
  expect(networkOf('2001:db8::1')).toBe('2001:db8::1/128');
  expect(networkOf('2001:db8::2')).toBeUndefined();
  expect(networkOf('2001:db8:abff:ffff::1')).toBe('2001:db8:ab00::/40');
  expect(networkOf('2001:db8:ac00::1')).toBeUndefined();
  // An IPv4-mapped IPv6 address is the IPv4 address.
  expect(networkOf('::ffff:203.0.113.7')).toBe('203.0.113.7/32');
});

describe('nested listings and the exact moment', () => {
  it('stops counting the inner listing at delist_at while the outer one still counts', () => {
    listNetwork(portal, '198.51.100.0/24');
    listNetwork(portal, '198.51.100.9');
    const delistAt = portal.clock.now() + 60 * 60_000;
    scheduleRemoval(portal, '198.51.100.9/32', '198.51.100.9', delistAt);
    index.start();

    portal.clock.set(delistAt - 1);
    expect(index.lookup(address('198.51.100.9'))).toEqual({ network: '198.51.100.9/32', endsAt: delistAt });
    portal.clock.set(delistAt);
    expect(networkOf('198.51.100.9')).toBe('198.51.100.0/24');
  });

  it('keeps answering for the inner listing when the outer one ends', () => {
    listNetwork(portal, '2001:db8::/32');
    listNetwork(portal, '2001:db8::7');
    const delistAt = portal.clock.now() + 1000;
    scheduleRemoval(portal, '2001:db8::/32', '2001:db8::8', delistAt);
    index.start();

    portal.clock.set(delistAt - 1);
    expect(networkOf('2001:db8::8')).toBe('2001:db8::/32');
    portal.clock.set(delistAt);
    expect(networkOf('2001:db8::8')).toBeUndefined();
    expect(networkOf('2001:db8::7')).toBe('2001:db8::7/128');
  });

  it('honours expires_at, and the earlier of the two ends', () => {
    const now = portal.clock.now();
    const { listOperations } = portal.app.portal;
    const net = (text: string) => {
      const parsed = parseNetwork(text);
      if (!parsed.ok) throw new Error(text);
      return parsed.value;
    };
    listOperations.block(net('203.0.113.7'), { reason: 'trap', expiresAt: now + 5000 }, 'cli:test');
    listOperations.block(net('203.0.113.8'), { reason: 'trap', expiresAt: now + 9000 }, 'cli:test');
    scheduleRemoval(portal, '203.0.113.8/32', '203.0.113.8', now + 3000);
    index.start();

    portal.clock.set(now + 2999);
    expect([networkOf('203.0.113.7'), networkOf('203.0.113.8')]).toEqual([
      '203.0.113.7/32',
      '203.0.113.8/32',
    ]);
    portal.clock.set(now + 3000);
    expect(networkOf('203.0.113.8')).toBeUndefined();
    portal.clock.set(now + 4999);
    expect(networkOf('203.0.113.7')).toBe('203.0.113.7/32');
    portal.clock.set(now + 5000);
    expect(networkOf('203.0.113.7')).toBeUndefined();
  });
});

it('follows every kind of change written after it loaded', () => {
  listNetwork(portal, '203.0.113.7');
  index.start();
  const version = index.version();

  listNetwork(portal, '198.51.100.0/24');
  portal.app.portal.listOperations.unblock(
    { cidr: '203.0.113.7/32', family: 4, prefixLength: 32 },
    'cli:test',
  );
  const delistAt = portal.clock.now() + 1000;
  listNetwork(portal, '2001:db8::1');
  scheduleRemoval(portal, '2001:db8::1/128', '2001:db8::1', delistAt);
  // Not seen until the history is read again.
  expect(networkOf('198.51.100.1')).toBeUndefined();

  index.refresh();
  expect(index.version()).toBeGreaterThan(version);
  expect(networkOf('198.51.100.1')).toBe('198.51.100.0/24');
  expect(networkOf('203.0.113.7')).toBeUndefined();
  expect(index.lookup(address('2001:db8::1'))?.endsAt).toBe(delistAt);

  // The sweeper moving the row out changes nothing a reader sees, and relisting brings it back.
  portal.clock.set(delistAt);
  portal.app.portal.sweeper.sweep();
  listNetwork(portal, '203.0.113.7');
  index.refresh();
  expect(networkOf('2001:db8::1')).toBeUndefined();
  expect(networkOf('203.0.113.7')).toBe('203.0.113.7/32');
  expect(index.stats()).toEqual({ networks: 2, unreadable: 0 });
});

it('sees a change made through another connection within a second, by itself', async () => {
  index.start();
  const other = openDatabase(portal.config.databasePath, portal.clock);
  try {
    other
      .prepare(
        `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor)
         VALUES (:at, :at, '203.0.113.9/32', 'listed', 'cli:test')`,
      )
      .run({ at: isoUtc(portal.clock.now()) });
    other
      .prepare(
        `INSERT INTO blocked_senders (network, reason, listed_by, listed_at)
         VALUES ('203.0.113.9/32', 'trap', 'cli:test', :at)`,
      )
      .run({ at: isoUtc(portal.clock.now()) });
  } finally {
    other.close();
  }
  await vi.waitFor(() => expect(networkOf('203.0.113.9')).toBe('203.0.113.9/32'), { timeout: 1000 });
});

it('agrees with SQLite on thousands of nested networks changed in many ways', () => {
  // Deterministic pseudo-random networks inside 81.2.0.0/18 and 2001:db8::/32, nested often.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const pick = () => {
    if (random(3) === 0) {
      const hex = () => random(0x10000).toString(16);
      return `2001:db8:${hex()}:${hex()}::${hex()}/${[32, 40, 48, 64, 96, 112, 127, 128][random(8)]}`;
    }
    const length = [20, 24, 26, 28, 30, 32, 32, 32, 32, 32][random(10)];
    return `81.2.${random(64)}.${random(256)}/${length}`;
  };
  const cidrs = (count: number) =>
    Array.from({ length: count }, () => {
      const parsed = parseNetwork(pick());
      if (!parsed.ok) throw new Error('bad sample');
      return parsed.value.cidr;
    });
  const options = { actor: 'import:test', category: 'spam', selfService: true };
  const importList = (entries: Array<{ network: string; reason: string }>) => {
    const bulk = createBulkImport(portal.db, portal.clock);
    bulk.add(entries);
    bulk.commit(options);
  };
  importList(cidrs(1500).map((network) => ({ network, reason: 'feed' })));
  index.start();
  // More changes than an overlay holds, so the sorted arrays are merged again.
  importList(cidrs(4000).map((network) => ({ network, reason: 'feed' })));
  const { blocklist } = portal.app.portal;
  const start = portal.clock.now();
  for (const [i, network] of cidrs(600).entries()) {
    if (i % 2) blocklist.unblock({ network, actor: 'cli:test' });
    else if (blocklist.find(network) && !blocklist.find(network)?.delistAt)
      scheduleRemoval(portal, network, `x${i}`, start + random(10_000));
  }
  index.refresh();

  const probes = [...cidrs(3000).map((cidr) => cidr.split('/')[0] as string)];
  for (const at of [start, start + 2500, start + 5000, start + 9999, start + 10_000]) {
    for (const probe of probes) {
      const sender = address(probe);
      const truth = blocklist.listingsCovering(sender, at).map((listing) => listing.network);
      expect(index.lookup(sender, at)?.network, `${probe} at +${at - start}`).toBe(truth[0]);
      // Every covering network, narrowest first, as the lookup API reads them.
      expect(index.covering(sender, at), `${probe} at +${at - start}`).toEqual(truth);
    }
  }
});

it('keeps its sorted arrays right through merges of many changes', () => {
  const set = createNetworkSet(4);
  const model = new Map<string, number>();
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const loader = createNetworkSetLoader(4);
  for (let i = 0; i < 3000; i++) {
    const words = [0x20010db8, random(4000), 0, 0];
    if (model.has(words.join())) continue;
    model.set(words.join(), i % 7 === 0 ? 1000 + i : Number.POSITIVE_INFINITY);
    loader.add(words, 64, model.get(words.join()) as number);
  }
  loader.finish(set);
  // Far more changes than one overlay holds: each merge must keep what it does not touch.
  for (let i = 0; i < 20_000; i++) {
    const words = [0x20010db8, random(4000), 0, 0];
    if (random(3) === 0) {
      set.delete(words, 64);
      model.delete(words.join());
    } else {
      set.set(words, 64, 5000 + i);
      model.set(words.join(), 5000 + i);
    }
  }
  for (let second = 0; second < 4000; second++) {
    const words = [0x20010db8, second, 0xffff, 1];
    const expected = model.get([0x20010db8, second, 0, 0].join());
    expect(set.find(words, 3000)?.endsAt).toBe(
      expected !== undefined && expected > 3000 ? expected : undefined,
    );
  }
  expect(set.size()).toBe(model.size);
});

it('finds IPv4 networks through the top-16-bit table after loads and merges', () => {
  const set = createNetworkSet(1);
  const model = new Map<number, number>();
  let seed = 5;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  // Addresses spread over the whole space, several in some top-16-bit buckets, none in others.
  const address = (n: number) => (((n * 2_654_435_761) >>> 0) & 0xfffff0ff) >>> 0;
  const loader = createIpv4SetLoader(3000);
  for (let i = 0; i < 3000; i++) {
    const word = address(random(6000));
    if (model.has(word)) continue;
    model.set(word, Number.POSITIVE_INFINITY);
    loader.add(word, 32, Number.POSITIVE_INFINITY);
  }
  loader.finish(set);
  for (let i = 0; i < 20_000; i++) {
    const word = address(random(6000));
    if (random(3) === 0) {
      set.delete([word], 32);
      model.delete(word);
    } else {
      set.set([word], 32, 5000 + i);
      model.set(word, 5000 + i);
    }
  }
  for (let n = 0; n < 6000; n++) {
    const word = address(n);
    expect(set.find([word], 0)?.endsAt).toBe(model.get(word));
    const next = (word + 1) >>> 0;
    expect(set.find([next], 0)?.endsAt, String(next)).toBe(model.get(next));
  }
});
