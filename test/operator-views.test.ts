// The views an operator reads with sqlite3. They use SQLite's own clock, so these tests place
// the scheduled removals just behind and well ahead of the real time.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isoUtc } from '../src/clock.js';
import { listNetwork, scheduleRemoval, startTestPortal, type TestPortal } from './support/test-portal.js';

let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal();
  portal.clock.set(Date.now());
  const { listOperations } = portal.app.portal;
  for (const cidr of ['203.0.113.7/32', '203.0.113.8/32', '203.0.113.9/32']) {
    listOperations.block({ cidr, family: 4, prefixLength: 32 }, { reason: `reason for ${cidr}` }, 'cli:test');
  }
});

afterEach(() => portal.close());

it('listed_now leaves out a removal whose time has passed, before any sweep', () => {
  const now = Date.now();
  scheduleRemoval(portal, '203.0.113.8/32', '203.0.113.8', now - 1);
  scheduleRemoval(portal, '203.0.113.9/32', '203.0.113.9', now + 10 * 60_000);

  const rows = portal.db
    .prepare('SELECT network, reason, listed_at, delist_at FROM listed_now ORDER BY network')
    .all();
  expect(rows).toEqual([
    {
      network: '203.0.113.7/32',
      reason: 'reason for 203.0.113.7/32',
      listed_at: expect.any(String),
      delist_at: null,
    },
    {
      network: '203.0.113.9/32',
      reason: 'reason for 203.0.113.9/32',
      listed_at: expect.any(String),
      delist_at: isoUtc(now + 10 * 60_000),
    },
  ]);
  // The row itself is still there until the sweeper tidies it.
  expect(portal.db.prepare('SELECT count(*) FROM blocked_senders').pluck().get()).toBe(3);
});

it('leaving_soon shows pending removals with who asked, soonest first', () => {
  const now = Date.now();
  scheduleRemoval(portal, '203.0.113.9/32', '203.0.113.9', now + 20 * 60_000);
  scheduleRemoval(portal, '203.0.113.8/32', '203.0.113.8', now + 10 * 60_000);
  const rows = portal.db.prepare('SELECT network, requested_by, delist_at FROM leaving_soon').all();
  expect(rows).toEqual([
    {
      network: '203.0.113.8/32',
      requested_by: 'ops@203.0.113.8.example',
      delist_at: isoUtc(now + 10 * 60_000),
    },
    {
      network: '203.0.113.9/32',
      requested_by: 'ops@203.0.113.9.example',
      delist_at: isoUtc(now + 20 * 60_000),
    },
  ]);
});

it('stores every timestamp as ISO-8601 UTC text', () => {
  const stamps = portal.db
    .prepare('SELECT listed_at FROM blocked_senders UNION ALL SELECT recorded_at FROM blocklist_history')
    .pluck()
    .all() as string[];
  expect(stamps.length).toBeGreaterThan(0);
  for (const stamp of stamps) expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});

it('relisting before the removal cancels it and the requests waiting on it', () => {
  scheduleRemoval(portal, '203.0.113.8/32', '203.0.113.8', Date.now() + 60_000);
  const outcome = listNetwork(portal, '203.0.113.8/32', 'back again');
  expect(outcome.outcome).toBe('removal-cancelled');
  expect(
    portal.db.prepare("SELECT delist_at FROM listed_now WHERE network = '203.0.113.8/32'").pluck().get(),
  ).toBe(null);
  expect(portal.db.prepare('SELECT state FROM delist_requests').pluck().get()).toBe('cancelled');
  portal.clock.advance(120_000);
  expect(portal.app.portal.sweeper.sweep()).toEqual({
    removed: 0,
    delisted: 0,
    expired: 0,
    escalationsExpired: 0,
  });
});
