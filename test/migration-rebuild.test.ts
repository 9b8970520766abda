// Migration 004 rebuilds delist_requests and outbox to widen their state checks. A database
// written by the earlier schema keeps every row, every reference to it, and its foreign keys.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '../src/db/migrate.js';
import { createManualClock } from './support/manual-clock.js';

it('keeps requests, the listings that refer to them, and outbox rows', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const clock = createManualClock();
  const migrations = readMigrations();
  applyMigrations(
    db,
    clock,
    migrations.filter((migration) => migration.version < 4),
  );
  db.exec(`
    INSERT INTO delist_requests (id, public_id, email, ip, network, state, locale, created_at, expires_at, delist_at)
    VALUES (7, 'request-seven', 'ops@sender.example', '203.0.113.7', '203.0.113.7/32', 'scheduled', 'en',
            '2026-11-24T09:00:00.000Z', '2026-11-25T09:00:00.000Z', '2026-11-24T10:00:00.000Z');
    INSERT INTO blocked_senders (network, reason, listed_by, listed_at, delist_at, delist_request_id)
    VALUES ('203.0.113.7/32', 'spam', 'cli:t', '2026-11-24T08:00:00.000Z', '2026-11-24T10:00:00.000Z', 7);
    INSERT INTO outbox (template, recipient, locale, payload, state, created_at, next_attempt_at)
    VALUES ('delist-confirmation', 'ops@sender.example', 'en', '{"requestId":"request-seven"}', 'sent',
            '2026-11-24T09:00:00.000Z', '2026-11-24T09:00:00.000Z');
  `);

  expect(applyMigrations(db, clock, migrations)).toContain(4);
  expect(db.prepare('SELECT id, state FROM delist_requests').all()).toEqual([{ id: 7, state: 'scheduled' }]);
  expect(db.prepare('SELECT delist_request_id FROM blocked_senders').pluck().get()).toBe(7);
  expect(db.prepare('SELECT subject_id, state FROM outbox').get()).toEqual({
    subject_id: 'request-seven',
    state: 'sent',
  });
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // The views over the rebuilt tables were rebuilt too.
  for (const view of ['leaving_soon', 'recent_requests', 'outbox_pending', 'outbox_failed']) {
    expect(() => db.prepare(`SELECT * FROM ${view}`).all()).not.toThrow();
  }
  // The new states are accepted, the reference still checked.
  db.exec("UPDATE delist_requests SET state = 'declined'");
  expect(() =>
    db.exec(
      "INSERT INTO blocked_senders (network, reason, listed_by, listed_at, delist_request_id) VALUES ('198.51.100.1/32', 'x', 'y', 'z', 99)",
    ),
  ).toThrow(/FOREIGN KEY/);
});
