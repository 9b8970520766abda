// The import's writes, through the module itself on a real database: sorting the lines first
// changes nothing about what is listed, rows whose end has come are taken over as the sweeper
// and `block` would, every listing has its history row, and a second import changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBulkImport, IMPORT_BATCH, type ImportEntry } from '../src/blocklist/bulk-import.js';
import {
  confirmationPath,
  listNetwork,
  pressDelist,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
  tokenOf,
} from './support/test-portal.js';

let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal();
});
afterEach(() => portal.close());

const settings = { actor: 'cli:feeds', category: 'spam', selfService: true };

function importEntries(entries: ImportEntry[]) {
  const bulk = createBulkImport(portal.db, portal.clock);
  for (let start = 0; start < entries.length; start += 7_000) bulk.add(entries.slice(start, start + 7_000));
  const batches: Array<[number, number]> = [];
  const counts = bulk.commit(settings, (done, total) => batches.push([done, total]));
  return { counts, batches };
}

/** Distinct public addresses, in an order far from sorted. */
const host = (i: number) => `${11 + ((i * 7919) % 50)}.${(i * 31) % 256}.${(i >> 8) % 256}.${i % 256}/32`;

it('lists a feed larger than a batch once per network, the first line of a repeated network winning', () => {
  const count = IMPORT_BATCH * 2 + 123;
  const entries: ImportEntry[] = Array.from({ length: count }, (_, i) => ({
    network: host(i),
    reason: `line ${i + 1}`,
  }));
  // The same networks again later in the file, with other reasons.
  entries.push({ network: host(5), reason: 'repeated' }, { network: host(count - 1), reason: 'repeated' });
  const distinct = new Set(entries.map((entry) => entry.network)).size;

  const { counts, batches } = importEntries(entries);
  expect(counts).toEqual({ listed: distinct, unchanged: entries.length - distinct });
  expect(batches.at(-1)).toEqual([entries.length, entries.length]);
  expect(batches.length).toBe(Math.ceil(entries.length / IMPORT_BATCH) + 1);

  const reasonOf = portal.db
    .prepare<[string], string>('SELECT reason FROM blocked_senders WHERE network = ?')
    .pluck();
  expect(reasonOf.get(host(5))).toBe('line 6');
  expect(reasonOf.get(host(count - 1))).toBe(`line ${count}`);
  const history = portal.db
    .prepare(
      'SELECT count(*) AS rows, count(DISTINCT network) AS networks, max(action) AS action FROM blocklist_history',
    )
    .get();
  expect(history).toEqual({ rows: distinct, networks: distinct, action: 'listed' });
  // Each history row names the reason its listing was given.
  expect(
    portal.db
      .prepare(
        'SELECT count(*) FROM blocklist_history h JOIN blocked_senders b USING (network) WHERE h.reason IS NOT b.reason',
      )
      .pluck()
      .get(),
  ).toBe(0);

  const before = snapshot(portal.db);
  expect(importEntries(entries).counts).toEqual({ listed: 0, unchanged: entries.length });
  expect(snapshot(portal.db)).toBe(before);
});

/** Lists 203.0.113.7 and has its sender confirm the removal, as the portal's flow does. */
async function listAndRemoveBySender() {
  listNetwork(portal, '203.0.113.7');
  await submitForm(portal.app, { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' });
  await portal.app.portal.outboxSender.idle();
  const [file] = readdirSync(portal.config.mailCaptureDir);
  const mail = await simpleParser(readFileSync(join(portal.config.mailCaptureDir, String(file))));
  await pressDelist(portal.app, tokenOf(confirmationPath(mail)));
}

it('records a network a sender had removed, and the sweeper moved out, as relisted', async () => {
  await listAndRemoveBySender();
  portal.clock.advance(2 * 3_600_000);
  portal.app.portal.sweeper.sweep();
  expect(
    importEntries([
      { network: '203.0.113.7/32', reason: 'feed' },
      { network: '192.0.2.1/32', reason: 'feed' },
    ]).counts,
  ).toEqual({
    listed: 2,
    unchanged: 0,
  });
  const actions = portal.db.prepare('SELECT network, action FROM blocklist_history ORDER BY id').all();
  expect(actions.slice(-2)).toEqual([
    { network: '192.0.2.1/32', action: 'listed' },
    { network: '203.0.113.7/32', action: 'relisted' },
  ]);
});

it('takes over a listing whose removal or expiry has passed, recording its end first', async () => {
  await listAndRemoveBySender();
  const expiresAt = portal.clock.now() + 60_000;
  portal.app.portal.listOperations.block(
    { cidr: '198.51.100.0/24', family: 4, prefixLength: 24 },
    { reason: 'short', expiresAt },
    'cli:ops',
  );
  listNetwork(portal, '192.0.2.1', 'still listed');
  portal.clock.advance(2 * 3_600_000); // past the delist delay and the expiry; no sweep ran

  const { counts } = importEntries([
    { network: '203.0.113.7/32', reason: 'feed' },
    { network: '198.51.100.0/24', reason: 'feed' },
    { network: '192.0.2.1/32', reason: 'feed' },
    { network: '203.0.113.7/32', reason: 'feed again' },
  ]);
  expect(counts).toEqual({ listed: 2, unchanged: 2 });
  const rows = portal.db
    .prepare('SELECT network, action, actor, reason FROM blocklist_history ORDER BY id')
    .all();
  expect(rows).toEqual([
    { network: '203.0.113.7/32', action: 'listed', actor: 'cli:test', reason: 'spam' },
    { network: '203.0.113.7/32', action: 'removal_scheduled', actor: 'sender', reason: null },
    { network: '198.51.100.0/24', action: 'listed', actor: 'cli:ops', reason: 'short' },
    { network: '192.0.2.1/32', action: 'listed', actor: 'cli:test', reason: 'still listed' },
    { network: '198.51.100.0/24', action: 'expired', actor: 'sweeper', reason: null },
    { network: '198.51.100.0/24', action: 'listed', actor: 'cli:feeds', reason: 'feed' },
    { network: '203.0.113.7/32', action: 'removed', actor: 'sweeper', reason: null },
    { network: '203.0.113.7/32', action: 'relisted', actor: 'cli:feeds', reason: 'feed' },
  ]);
  expect(
    portal.db
      .prepare(
        'SELECT network, reason, delist_at AS delistAt, expires_at AS expiresAt FROM blocked_senders ORDER BY network',
      )
      .all(),
  ).toEqual([
    { network: '192.0.2.1/32', reason: 'still listed', delistAt: null, expiresAt: null },
    { network: '198.51.100.0/24', reason: 'feed', delistAt: null, expiresAt: null },
    { network: '203.0.113.7/32', reason: 'feed', delistAt: null, expiresAt: null },
  ]);
});

it('writes nothing when the staged lines are discarded', () => {
  const before = snapshot(portal.db);
  const bulk = createBulkImport(portal.db, portal.clock);
  bulk.add([{ network: '203.0.113.7/32', reason: 'feed' }]);
  bulk.discard();
  expect(bulk.commit(settings)).toEqual({ listed: 0, unchanged: 0 });
  expect(snapshot(portal.db)).toBe(before);
});

it('stages lines without the write lock of the database the portal uses, and lists them once it is free', () => {
  portal.db.pragma('busy_timeout = 0'); // a lock it needed would fail at once instead of waiting
  const other = new Database(portal.config.databasePath);
  try {
    other.prepare('BEGIN IMMEDIATE').run(); // another writer, say the portal, holds the write lock
    const bulk = createBulkImport(portal.db, portal.clock);
    bulk.add([{ network: '203.0.113.7/32', reason: 'feed' }]);
    bulk.add([{ network: '198.51.100.0/24', reason: 'feed' }]);
    expect(() => bulk.commit(settings)).toThrow(/database is locked/);
    other.prepare('COMMIT').run();
    expect(bulk.commit(settings)).toEqual({ listed: 2, unchanged: 0 });
    expect(portal.db.prepare('SELECT network FROM blocked_senders ORDER BY network').pluck().all()).toEqual([
      '198.51.100.0/24',
      '203.0.113.7/32',
    ]);
  } finally {
    other.close();
  }
});
