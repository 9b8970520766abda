// /healthz and /metrics: what monitoring sees, read from the database at the moment of asking.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseNetwork } from '../src/blocklist/index.js';
import {
  listNetwork,
  scheduleRemoval,
  startTestPortal,
  submitForm,
  type TestPortal,
} from './support/test-portal.js';

let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal({ smtpUrl: 'smtp://127.0.0.1:9' });
  listNetwork(portal, '203.0.113.7');
  listNetwork(portal, '198.51.100.0/24');
});
afterEach(() => portal.close());

it('reports the database, migrations, list and outbox', async () => {
  await submitForm(portal.app, { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' });
  await portal.app.portal.outboxSender.idle();
  portal.clock.advance(90_000);
  const response = await portal.app.inject({ method: 'GET', url: '/healthz' });
  expect(response.statusCode).toBe(200);
  const health = response.json();
  expect(health).toMatchObject({
    ok: true,
    database: 'ok',
    list: { listed: 2, leaving: 0 },
    outbox: { queued: 1, oldestQueuedSeconds: 90, byState: { queued: 1 } },
    requests: { pending: 1 },
  });
  expect(health.migrations.applied).toBe(health.migrations.known);
});

it('counts what is listed and what is leaving at each moment, as each row would say', () => {
  const HOUR = 3_600_000;
  const start = portal.clock.now();
  const { blocklist, listOperations } = portal.app.portal;
  const block = (text: string, expiresAt: number | null) => {
    const parsed = parseNetwork(text);
    if (!parsed.ok) throw new Error(text);
    listOperations.block(parsed.value, { reason: 'spam', expiresAt }, 'cli:test');
  };
  block('192.0.2.1/32', start + HOUR);
  block('192.0.2.2/32', start + 3 * HOUR);
  block('192.0.2.3/32', start + HOUR);
  block('192.0.2.4/32', start + 3 * HOUR);
  block('192.0.2.5/32', null);
  scheduleRemoval(portal, '192.0.2.3/32', '192.0.2.3', start + 2 * HOUR);
  scheduleRemoval(portal, '192.0.2.4/32', '192.0.2.4', start + 4 * HOUR);
  scheduleRemoval(portal, '192.0.2.5/32', '192.0.2.5', start + 2 * HOUR);
  const rows = portal.db
    .prepare('SELECT delist_at AS delistAt, expires_at AS expiresAt FROM blocked_senders')
    .all() as Array<{ delistAt: string | null; expiresAt: string | null }>;
  const after = (time: string | null, at: number) => time === null || Date.parse(time) > at;
  for (const hours of [0, 0.5, 1.5, 2.5, 3.5, 4.5]) {
    const at = start + hours * HOUR;
    const counting = rows.filter((row) => after(row.delistAt, at) && after(row.expiresAt, at));
    const expected = { listed: counting.length, leaving: counting.filter((row) => row.delistAt).length };
    expect(blocklist.counts(at), `${hours} h`).toEqual(expected);
  }
  expect(blocklist.counts(start)).toEqual({ listed: 7, leaving: 3 });
  expect(blocklist.counts(start + 2.5 * HOUR)).toEqual({ listed: 4, leaving: 1 });
});

it('answers 503 when the database is behind its migrations or unreachable', async () => {
  portal.db.exec(
    'DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)',
  );
  expect((await portal.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
  portal.db.close();
  const gone = await portal.app.inject({ method: 'GET', url: '/healthz' });
  expect(gone.statusCode).toBe(503);
  expect(gone.json().database).toBe('unreachable');
});

it('exposes Prometheus metrics', async () => {
  await submitForm(portal.app, { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' });
  await submitForm(portal.app, { email: 'ops@sender.example', ip: '192.0.2.99', ack: 'yes' });
  await portal.app.portal.outboxSender.idle();
  await portal.app.inject({ method: 'GET', url: '/' });
  await portal.app.inject({ method: 'GET', url: '/nothing' });
  const response = await portal.app.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('text/plain');
  expect(response.body).toContain('delist_blocklist_listed 2');
  expect(response.body).toContain('delist_outbox_queued 1');
  expect(response.body).toContain('delist_requests{state="pending"} 1');
  expect(response.body).toContain('delist_emails{state="queued"} 1');
  expect(response.body).toContain('delist_removals_done 0');
  expect(response.body).toContain('delist_form_outcomes_total{action="delist request",outcome="queued"} 1');
  expect(response.body).toContain(
    'delist_form_outcomes_total{action="delist request",outcome="not-listed"} 1',
  );
  expect(response.body).not.toContain('delist_escalations{');
  // The not-listed answer and the form page; the accepted post is the 3xx.
  expect(response.body).toMatch(/delist_http_responses_total\{route="\/",status="2xx"\} 2/);
  expect(response.body).toMatch(/delist_http_responses_total\{route="\/",status="3xx"\} 1/);
  expect(response.body).toMatch(/delist_http_responses_total\{route="unknown",status="4xx"\} 1/);
});
