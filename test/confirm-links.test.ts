// What a confirmation link can and cannot do: opening it changes nothing, the button works once,
// and expired, forged, other-key and replayed tokens get a clear 4xx page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTokenSigner } from '../src/delist/index.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import {
  confirmationPath,
  KEY_A,
  KEY_B,
  listNetwork,
  pressDelist,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
  tokenOf,
} from './support/test-portal.js';

const DAY = 86_400_000;

let smtp: SmtpSink;
let portal: TestPortal;

async function start(options: Parameters<typeof startTestPortal>[0] = {}) {
  portal = await startTestPortal({ smtpUrl: smtp.url, ...options });
  listNetwork(portal, '203.0.113.7/32', 'spam');
}

beforeEach(async () => {
  smtp = await startSmtpSink();
});

afterEach(async () => {
  await portal.close();
  await smtp.stop();
});

async function requestToken(): Promise<string> {
  const response = await submitForm(portal.app, {
    email: 'ops@sender.example',
    ip: '203.0.113.7',
    ack: 'yes',
  });
  expect(response.statusCode).toBe(200);
  const mail = await smtp.waitForMail(smtp.mails.length + 1);
  // The outbox records the email as sent just after the server took it.
  await portal.app.portal.outboxSender.idle();
  return tokenOf(confirmationPath(mail));
}

const openLink = (token: string) =>
  portal.app.inject({ method: 'GET', url: `/confirm?token=${encodeURIComponent(token)}` });

const removals = () =>
  portal.db
    .prepare("SELECT count(*) FROM blocklist_history WHERE action = 'removal_scheduled'")
    .pluck()
    .get();

describe('opening the link', () => {
  beforeEach(() => start());

  it('changes nothing, however often it is opened', async () => {
    const token = await requestToken();
    const before = snapshot(portal.db);
    for (let i = 0; i < 5; i++) expect((await openLink(token)).statusCode).toBe(200);
    await portal.app.inject({ method: 'HEAD', url: `/confirm?token=${token}` });
    expect(snapshot(portal.db)).toBe(before);
  });
});

describe('the Delist IP button', () => {
  beforeEach(() => start());

  it('schedules one removal on a double click and says the link was used', async () => {
    const token = await requestToken();
    const first = await pressDelist(portal.app, token);
    portal.clock.advance(1000);
    const second = await pressDelist(portal.app, token);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('This link has already been used');
    expect(second.body).toContain('datetime="2026-11-24T10:00:00.000Z"');
    expect(removals()).toBe(1);
  });

  it('schedules one removal for a hundred concurrent clicks', async () => {
    const token = await requestToken();
    const responses = await Promise.all(Array.from({ length: 100 }, () => pressDelist(portal.app, token)));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(99);
    expect(removals()).toBe(1);
    const listing = portal.db.prepare('SELECT delist_at FROM blocked_senders').pluck().get();
    expect(listing).toBe('2026-11-24T10:00:00.000Z');
  });

  it('shows a replayed link after the removal as finished', async () => {
    const token = await requestToken();
    await pressDelist(portal.app, token);
    portal.clock.advance(2 * 3_600_000);
    portal.app.portal.sweeper.sweep();
    const replay = await pressDelist(portal.app, token);
    expect(replay.statusCode).toBe(410);
    expect(replay.body).toContain('This request is finished');
    expect(removals()).toBe(1);
  });

  it('explains a link whose request an operator cancelled by unlisting the address', async () => {
    const token = await requestToken();
    portal.app.portal.listOperations.unblock(
      { cidr: '203.0.113.7/32', family: 4, prefixLength: 32 },
      'cli:t',
    );
    for (const response of [await openLink(token), await pressDelist(portal.app, token)]) {
      expect(response.statusCode).toBe(410);
      expect(response.body).toContain('This request was cancelled');
      expect(response.body).toContain('The listing of 203.0.113.7 changed');
    }
    expect(removals()).toBe(0);
  });

  it('tells a second sender whose colleague already got the address removed that nothing is left', async () => {
    const first = await requestToken();
    const second = await requestToken();
    await pressDelist(portal.app, first);
    portal.clock.advance(3_600_000);
    portal.app.portal.sweeper.sweep();
    const response = await pressDelist(portal.app, second);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('203.0.113.7 is no longer on the list');
    expect(removals()).toBe(1);
  });
});

describe('links that do not work', () => {
  it('explains an expired link, on opening and on pressing, and writes nothing', async () => {
    await start();
    const token = await requestToken();
    portal.clock.advance(DAY);
    const before = snapshot(portal.db);
    const opened = await openLink(token);
    const pressed = await pressDelist(portal.app, token);
    for (const response of [opened, pressed]) {
      expect(response.statusCode).toBe(410);
      expect(response.body).toContain('This link has expired');
      expect(response.body).toContain('Confirmation links work for 1 day.');
    }
    expect(snapshot(portal.db)).toBe(before);
  });

  it('still works one millisecond before it expires', async () => {
    await start();
    const token = await requestToken();
    portal.clock.advance(DAY - 1);
    expect((await pressDelist(portal.app, token)).statusCode).toBe(200);
  });

  it.each([
    ['a changed signature', (token: string) => `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`],
    [
      'a changed request id',
      (token: string) => token.replace(/\.([^.])/, (_m, c) => `.${c === 'x' ? 'y' : 'x'}`),
    ],
    ['a later expiry', (token: string) => token.replace(/\.([0-9a-z]+)\.([^.]+)$/, '.zzzzzzzz.$2')],
  ])('refuses a token with %s as not valid', async (_name, tamper) => {
    await start();
    const token = await requestToken();
    const forged = tamper(token);
    expect(forged).not.toBe(token);
    const before = snapshot(portal.db);
    for (const response of [await openLink(forged), await pressDelist(portal.app, forged)]) {
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('This link is not valid');
    }
    expect(snapshot(portal.db)).toBe(before);
  });

  it('refuses a token signed with a key the portal does not have', async () => {
    await start();
    await requestToken();
    const request = portal.db.prepare('SELECT public_id, expires_at FROM delist_requests').get() as {
      public_id: string;
      expires_at: string;
    };
    const foreign = createTokenSigner([{ id: 'a', secret: 'z'.repeat(40) }]).sign(
      'confirm',
      request.public_id,
      Date.parse(request.expires_at),
    );
    const response = await pressDelist(portal.app, foreign);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('This link is not valid');
    expect(removals()).toBe(0);
  });

  it.each([
    ['no token', '/confirm'],
    ['an empty token', '/confirm?token='],
    ['a cut-off token', '/confirm?token=a.abc'],
    ['two tokens', '/confirm?token=a&token=b'],
    ['a huge token', `/confirm?token=${'x'.repeat(5000)}`],
  ])('explains a link with %s as incomplete', async (_name, url) => {
    await start();
    const response = await portal.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('This link is incomplete');
  });

  it('answers a signed token for a request that does not exist with 404', async () => {
    await start();
    const token = createTokenSigner([KEY_A]).sign('confirm', 'A'.repeat(22), portal.clock.now() + DAY);
    const response = await openLink(token);
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('We cannot find this request');
  });
});

describe('key rotation', () => {
  it('accepts links signed with the old key while it is listed, and refuses them once it is dropped', async () => {
    await start({ tokenKeys: [KEY_A] });
    const oldToken = await requestToken();
    expect(oldToken.startsWith('a.')).toBe(true);

    await portal.restart({ tokenKeys: [KEY_B, KEY_A] });
    expect((await openLink(oldToken)).statusCode).toBe(200);
    const newToken = await (async () => {
      listNetwork(portal, '198.51.100.1/32', 'x');
      await submitForm(portal.app, { email: 'ops@sender.example', ip: '198.51.100.1', ack: 'yes' });
      return tokenOf(confirmationPath(await smtp.waitForMail(2)));
    })();
    expect(newToken.startsWith('b.')).toBe(true);

    await portal.restart({ tokenKeys: [KEY_B] });
    expect((await openLink(oldToken)).statusCode).toBe(400);
    expect((await openLink(newToken)).statusCode).toBe(200);
  });
});

describe('restarts and failures', () => {
  it('keeps a scheduled removal across a restart between the click and the delay', async () => {
    await start();
    const token = await requestToken();
    await pressDelist(portal.app, token);
    await portal.restart();
    const ip = { address: '203.0.113.7', family: 4 as const, bytes: [203, 0, 113, 7] };
    portal.clock.set(Date.parse('2026-11-24T10:00:00.000Z') - 1);
    expect(portal.app.portal.blocklist.isListed(ip)).toBe(true);
    portal.clock.set(Date.parse('2026-11-24T10:00:00.000Z'));
    expect(portal.app.portal.blocklist.isListed(ip)).toBe(false);
    expect(portal.app.portal.sweeper.sweep().removed).toBe(1);
  });

  it('keeps retrying through an hour of mail-server downtime, with backoff, and sends when it is back', async () => {
    await start();
    await smtp.stop();
    await submitForm(portal.app, { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' });
    await portal.app.portal.outboxSender.idle();
    // The outbox job runs every OUTBOX_INTERVAL; an hour of it.
    for (let elapsed = 0; elapsed < 3_600_000; elapsed += 10_000) {
      portal.clock.advance(10_000);
      await portal.app.portal.outboxSender.flush();
    }
    const row = portal.db.prepare('SELECT state, attempts FROM outbox').get() as {
      state: string;
      attempts: number;
    };
    expect(row.state).toBe('queued');
    // 30 s, then doubling: about seven attempts in the hour, not 360.
    expect(row.attempts).toBeGreaterThanOrEqual(6);
    expect(row.attempts).toBeLessThanOrEqual(8);

    await smtp.start();
    portal.clock.advance(3_600_000);
    await portal.app.portal.outboxSender.flush();
    expect((await smtp.waitForMail()).subject).toContain('203.0.113.7');
    expect(portal.db.prepare('SELECT state FROM delist_requests').pluck().get()).toBe('pending');
  });

  it('keeps the email while the mail server is down and sends it when it is back', async () => {
    await start();
    await smtp.stop();
    const response = await submitForm(portal.app, {
      email: 'ops@sender.example',
      ip: '203.0.113.7',
      ack: 'yes',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/\bsent\b/i);
    await portal.app.portal.outboxSender.flush();
    const queued = portal.db.prepare('SELECT state, attempts, last_error FROM outbox').get() as Record<
      string,
      unknown
    >;
    expect(queued.state).toBe('queued');
    expect(queued.attempts).toBeGreaterThanOrEqual(1);
    expect(String(queued.last_error)).toMatch(/ECONNREFUSED/);

    // Not retried before its time, even when asked.
    await smtp.start();
    await portal.app.portal.outboxSender.flush();
    expect(smtp.mails).toHaveLength(0);

    // A restart loses nothing; after the backoff the email goes out.
    await portal.restart();
    portal.clock.advance(60_000);
    await portal.app.portal.outboxSender.flush();
    const mail = await smtp.waitForMail();
    expect(mail.subject).toContain('203.0.113.7');
    expect(portal.db.prepare('SELECT state FROM outbox').pluck().get()).toBe('sent');
    expect((await openLink(tokenOf(confirmationPath(mail)))).statusCode).toBe(200);
  });
});
