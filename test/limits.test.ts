// The limits that keep the portal from being a tool for abuse: per client per minute, per
// recipient per hour and per day, per IP per day. Each refusal is a 429 page with Retry-After.
import { afterEach, expect, it } from 'vitest';
import {
  CROSS_SITE_POST,
  listNetwork,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
} from './support/test-portal.js';

const HOUR = 3_600_000;
let portal: TestPortal;

afterEach(() => portal.close());

async function start(env: Record<string, string>) {
  portal = await startTestPortal({ env });
  for (const last of [1, 2, 3, 4, 5]) {
    listNetwork(portal, `203.0.113.${last}/32`, 'spam');
  }
}

const ask = (email: string, ip: string) => submitForm(portal.app, { email, ip, ack: 'yes' });

it('refuses a client that posts too many forms in a minute, but never a page view', async () => {
  await start({ POSTS_PER_MINUTE: '3' });
  // Even posts refused at once (here: from another site) count.
  const from = CROSS_SITE_POST;
  for (let i = 0; i < 3; i++) expect((await submitForm(portal.app, {}, { from })).statusCode).toBe(403);
  const refused = await submitForm(portal.app, {}, { from });
  expect(refused.statusCode).toBe(429);
  expect(refused.body).toContain('This connection has sent many forms in a short time.');
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  for (let i = 0; i < 5; i++)
    expect((await portal.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
});

it('counts clients by X-Forwarded-For only when told to trust the proxy', async () => {
  const post = (forwardedFor: string) =>
    portal.app.inject({
      method: 'POST',
      url: '/',
      headers: { 'x-forwarded-for': forwardedFor, ...CROSS_SITE_POST },
      payload: {},
    });
  await start({ POSTS_PER_MINUTE: '1', TRUST_PROXY: '1' });
  expect((await post('198.51.100.1')).statusCode).toBe(403);
  expect((await post('198.51.100.2')).statusCode).toBe(403);
  expect((await post('198.51.100.1')).statusCode).toBe(429);
  await portal.close();
  await start({ POSTS_PER_MINUTE: '1' });
  expect((await post('198.51.100.1')).statusCode).toBe(403);
  expect((await post('198.51.100.2')).statusCode).toBe(429);
});

it('sends one address no more than EMAILS_PER_ADDRESS_PER_HOUR emails an hour, in any letter case', async () => {
  await start({ EMAILS_PER_ADDRESS_PER_HOUR: '2' });
  expect((await ask('ops@sender.example', '203.0.113.1')).statusCode).toBe(200);
  portal.clock.advance(10 * 60_000);
  expect((await ask('ops@SENDER.example', '203.0.113.2')).statusCode).toBe(200);
  portal.clock.advance(10 * 60_000);
  await portal.app.portal.outboxSender.idle();
  const before = snapshot(portal.db);
  const refused = await ask('OPS@sender.example', '203.0.113.3');
  expect(refused.statusCode).toBe(429);
  expect(refused.body).toContain('several confirmation emails to this address in the last hour');
  expect(refused.headers['retry-after']).toBe(String(40 * 60));
  expect(refused.body).toContain('datetime="2026-11-24T10:00:00.000Z"');
  expect(snapshot(portal.db)).toBe(before);

  portal.clock.advance(40 * 60_000);
  expect((await ask('ops@sender.example', '203.0.113.3')).statusCode).toBe(200);
});

it('sends one address no more than EMAILS_PER_ADDRESS_PER_DAY emails a day, and remembers across a restart', async () => {
  await start({ EMAILS_PER_ADDRESS_PER_HOUR: '10', EMAILS_PER_ADDRESS_PER_DAY: '3' });
  for (const last of [1, 2, 3]) {
    expect((await ask('ops@sender.example', `203.0.113.${last}`)).statusCode).toBe(200);
    portal.clock.advance(2 * HOUR);
  }
  await portal.restart();
  const refused = await ask('ops@sender.example', '203.0.113.4');
  expect(refused.statusCode).toBe(429);
  expect(refused.body).toContain('several confirmation emails to this address today');
  expect(refused.headers['retry-after']).toBe(String(18 * 3600));
  portal.clock.advance(18 * HOUR);
  expect((await ask('ops@sender.example', '203.0.113.4')).statusCode).toBe(200);
});

it('takes no more than REQUESTS_PER_IP_PER_DAY requests for one IP a day, whoever asks', async () => {
  await start({ REQUESTS_PER_IP_PER_DAY: '2' });
  expect((await ask('a@one.example', '203.0.113.5')).statusCode).toBe(200);
  expect((await ask('b@two.example', '203.0.113.5')).statusCode).toBe(200);
  const refused = await ask('c@three.example', '203.0.113.5');
  expect(refused.statusCode).toBe(429);
  expect(refused.body).toContain('many delist requests for this IP address today');
  expect(refused.body).not.toContain('one.example');
  expect(refused.body).not.toContain('two.example');
  expect((await ask('c@three.example', '203.0.113.4')).statusCode).toBe(200);
});
