// When SQLite cannot write (disk full, file locked by another process, read-only), a request is
// answered 503 with a page that says nothing was changed, and nothing half-written remains.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  listNetwork,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
} from './support/test-portal.js';

let portal: TestPortal;
const form = { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' };

beforeEach(async () => {
  portal = await startTestPortal({ env: { DATABASE_BUSY_TIMEOUT: '100ms' } });
  listNetwork(portal, '203.0.113.7/32', 'spam');
});

afterEach(() => portal.close());

async function expectUnavailable(): Promise<void> {
  const before = snapshot(portal.db);
  const response = await submitForm(portal.app, form);
  expect(response.statusCode).toBe(503);
  expect(response.headers['retry-after']).toBe('60');
  expect(response.body).toContain('The portal cannot take requests right now');
  expect(response.body).toContain('nothing was changed and no email was sent');
  expect(snapshot(portal.db)).toBe(before);
}

it('answers 503 when the disk is full, and leaves no half-written request behind', async () => {
  // The database may not grow by another page, and the outbox's pages are full: the request row
  // still fits, its email does not, so the transaction must roll the request back too.
  portal.db.pragma(`max_page_count = ${portal.db.pragma('page_count', { simple: true })}`);
  const fill = portal.db.prepare(
    `INSERT INTO outbox (template, recipient, locale, payload, state, created_at, next_attempt_at)
     VALUES ('filler', 'x@filler.example', 'en', '{}', 'sent', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  expect(() => {
    for (;;) fill.run();
  }).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
  await expectUnavailable();
  expect(portal.db.prepare('SELECT count(*) FROM delist_requests').pluck().get()).toBe(0);
});

it('answers 503 when another process holds the database lock too long', async () => {
  const other = new Database(portal.config.databasePath);
  other.exec('BEGIN EXCLUSIVE');
  try {
    await expectUnavailable();
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  expect((await submitForm(portal.app, form)).statusCode).toBe(200);
});

it('answers 503 when the database is read-only', async () => {
  portal.db.pragma('query_only = ON');
  await expectUnavailable();
});
