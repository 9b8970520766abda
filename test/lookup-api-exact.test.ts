// The lookup API (and the delist form's first check) answers "not listed" from the list held in
// memory, caught up with SQLite before each answer: what the CLI changes from its own process is
// in the very next answer, and a
// listing stops counting at its delist_at or expires_at to the millisecond, with no sweep.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseNetwork } from '../src/blocklist/index.js';
import { packageRoot } from '../src/paths.js';
import { listNetwork, startTestPortal, submitForm, type TestPortal } from './support/test-portal.js';

const run = promisify(execFile);
let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal();
});
afterEach(() => portal.close());

const listed = async (ip: string) => {
  const response = await portal.app.inject({ method: 'GET', url: `/api/v1/lookup/${ip}` });
  expect(response.statusCode).toBe(200);
  return (response.json() as { listed: boolean }).listed;
};

const cli = (...args: string[]) =>
  run(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: portal.config.databasePath },
  });

/** A sender's request to delist this address, sent through the form and confirmed. */
async function requestAndConfirm(ip: string): Promise<void> {
  await submitForm(portal.app, { email: 'ops@sender.example', ip, ack: 'yes' });
  const row = portal.db
    .prepare('SELECT public_id, expires_at FROM delist_requests ORDER BY id DESC LIMIT 1')
    .get() as { public_id: string; expires_at: string };
  const token = portal.app.portal.signer.sign('confirm', row.public_id, Date.parse(row.expires_at));
  expect(portal.app.portal.flow.confirm(token).kind).toBe('scheduled');
}

it('sees a block and an unblock made by the CLI process in the next answer', async () => {
  expect(await listed('203.0.113.7')).toBe(false);
  await cli('block', '203.0.113.0/24', '--reason', 'snowshoe');
  expect(await listed('203.0.113.7')).toBe(true);
  await cli('unblock', '203.0.113.0/24');
  expect(await listed('203.0.113.7')).toBe(false);
  await cli('block', '2001:db8::/48', '--reason', 'snowshoe');
  expect(await listed('2001:db8::25')).toBe(true);
});

it('lets the delist form see a block and an unblock made by the CLI process at once', async () => {
  const form = () => submitForm(portal.app, { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' });
  expect((await form()).body).toContain('203.0.113.7 is not on the blocked senders list');
  await cli('block', '203.0.113.7', '--reason', 'trap');
  const queued = await form();
  expect(queued.body).not.toContain('is not on the blocked senders list');
  expect(portal.db.prepare('SELECT count(*) FROM delist_requests').pluck().get()).toBe(1);
  await cli('unblock', '203.0.113.7');
  expect((await form()).body).toContain('203.0.113.7 is not on the blocked senders list');
});

it('stops counting a scheduled removal at delist_at and an expiry at expires_at, to the millisecond', async () => {
  listNetwork(portal, '203.0.113.7');
  expect(await listed('203.0.113.7')).toBe(true);
  // The sender's request, confirmed: the removal takes effect after DELIST_DELAY.
  await requestAndConfirm('203.0.113.7');
  const delistAt = Date.parse(portal.app.portal.blocklist.find('203.0.113.7/32')?.delistAt ?? '');
  expect(delistAt).toBeGreaterThan(portal.clock.now());
  portal.clock.set(delistAt - 1);
  expect(await listed('203.0.113.7')).toBe(true);
  portal.clock.set(delistAt);
  expect(await listed('203.0.113.7')).toBe(false);

  const network = parseNetwork('198.51.100.0/24');
  if (!network.ok) throw new Error('network');
  const expiresAt = portal.clock.now() + 5_000;
  portal.app.portal.listOperations.block(network.value, { reason: 'trap', expiresAt }, 'cli:test');
  expect(await listed('198.51.100.9')).toBe(true);
  portal.clock.set(expiresAt - 1);
  expect(await listed('198.51.100.9')).toBe(true);
  portal.clock.set(expiresAt);
  expect(await listed('198.51.100.9')).toBe(false);
});

it("shows a listing's details as they are now, however often it was asked about and whoever changed them", async () => {
  const details = async (ip: string) => {
    const response = await portal.app.inject({ method: 'GET', url: `/api/v1/lookup/${ip}` });
    return (response.json() as { listing: Record<string, unknown> | null }).listing;
  };
  await cli('block', '198.51.100.7', '--reason', 'trap', '--category', 'spam');
  expect(await details('198.51.100.7')).toMatchObject({ category: 'spam', selfServiceAvailable: true });
  expect(await details('198.51.100.7')).toMatchObject({ category: 'spam', expiresAt: null });
  // Another process changes the row: its category, whether senders may remove it, an expiry.
  await cli('block', '198.51.100.7', '--reason', 'trap', '--category', 'malware', '--no-self-service');
  expect(await details('198.51.100.7')).toMatchObject({ category: 'malware', selfServiceAvailable: false });
  await cli('block', '198.51.100.7', '--reason', 'trap', '--expires', '2d');
  expect((await details('198.51.100.7'))?.expiresAt).toEqual(expect.any(String));
  // Taken off and listed again as a wider network: the host's row is gone, the network's is new.
  await cli('unblock', '198.51.100.7');
  await cli('block', '198.51.100.0/24', '--reason', 'snowshoe', '--category', 'phishing');
  expect(await details('198.51.100.7')).toMatchObject({ network: '198.51.100.0/24', category: 'phishing' });
  // A row changed by hand is seen once a history row names its network, as the README says.
  portal.db.exec("UPDATE blocked_senders SET category = 'policy' WHERE network = '198.51.100.0/24'");
  expect(await details('198.51.100.7')).toMatchObject({ category: 'phishing' });
  const now = new Date(portal.clock.now()).toISOString();
  portal.db
    .prepare(
      `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor)
       VALUES (?, ?, '198.51.100.0/24', 'reason_changed', 'test')`,
    )
    .run(now, now);
  expect(await details('198.51.100.7')).toMatchObject({ category: 'policy' });

  // This process schedules a removal: a sender's confirmed request (on the portal's own clock).
  listNetwork(portal, '203.0.113.7');
  expect((await details('203.0.113.7'))?.removalScheduledAt).toBeNull();
  await requestAndConfirm('203.0.113.7');
  expect((await details('203.0.113.7'))?.removalScheduledAt).toEqual(expect.any(String));
});

it('says whether self-service is still possible as self-delists are made, changed elsewhere and age out', async () => {
  await portal.close();
  portal = await startTestPortal({ env: { SELF_DELIST_MAX: '1', SELF_DELIST_WINDOW: '30d' } });
  const available = async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/api/v1/lookup/203.0.113.7' });
    return (response.json() as { listing: { selfServiceAvailable: boolean } | null }).listing
      ?.selfServiceAvailable;
  };
  listNetwork(portal, '203.0.113.7');
  expect(await available()).toBe(true);
  expect(await available()).toBe(true);
  // One self-service removal, confirmed and carried out; the address is listed again.
  await requestAndConfirm('203.0.113.7');
  portal.clock.advance(portal.config.delistDelayMs);
  portal.app.portal.sweeper.sweep();
  expect(listNetwork(portal, '203.0.113.7').outcome).toBe('relisted');
  expect(await available()).toBe(false);
  // Another connection (another process, say) changes the request: the next answer follows it.
  const other = new Database(portal.config.databasePath);
  try {
    other.prepare("UPDATE delist_requests SET state = 'cancelled'").run();
    expect(await available()).toBe(true);
    other.prepare("UPDATE delist_requests SET state = 'delisted'").run();
    expect(await available()).toBe(false);
  } finally {
    other.close();
  }
  // Nothing is committed while the window passes the removal: the answer still moves with it.
  portal.clock.advance(30 * 24 * 3_600_000);
  expect(await available()).toBe(true);
});
