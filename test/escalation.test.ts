// Escalation requests through HTTP with a real SQLite file and a real SMTP server: the review form
// when self-service cannot help, the signed link that sends it to our staff, the answer sent by
// the CLI (a separate process), and the self-delist limit that routes repeat removals to review.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNetwork } from '../src/blocklist/index.js';
import { packageRoot } from '../src/paths.js';
import { createManualClock } from './support/manual-clock.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import {
  CROSS_SITE_POST,
  confirmationPath,
  listNetwork,
  postForm,
  pressDelist,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
  tokenOf,
} from './support/test-portal.js';

const DAY = 24 * 3_600_000;
const TABLES = ['escalations'];
const SENDER = 'postmaster@sender.example';

let smtp: SmtpSink;
let portal: TestPortal;

beforeEach(async () => {
  smtp = await startSmtpSink();
  // The CLI answers with the real clock; the portal's clock starts there so its outbox sends it.
  portal = await startTestPortal({
    smtpUrl: smtp.url,
    clock: createManualClock(Date.now()),
    env: { SELF_DELIST_MAX: '2', SELF_DELIST_WINDOW: '30d' },
  });
});

afterEach(async () => {
  await portal.close();
  await smtp.stop();
});

function listWithoutSelfService(text: string) {
  const parsed = parseNetwork(text);
  if (!parsed.ok) throw new Error(text);
  portal.app.portal.listOperations.block(parsed.value, { reason: 'botnet', selfService: false }, 'cli:test');
}

function escalate(fields: Record<string, string> = {}) {
  return postForm(portal.app, '/escalate', {
    email: SENDER,
    ip: '203.0.113.7',
    description: 'A webmail account was compromised; we reset it and limited outgoing mail to 200 an hour.',
    ...fields,
  });
}

const escalationRows = () =>
  portal.db.prepare('SELECT id, state, cause, network, email, description, headers FROM escalations').all();

function escalationPath(mail: ParsedMail): string {
  const match = /http:\/\/portal\.test(\/escalation\?token=[^\s]+)/.exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`no escalation link in: ${mail.text}`);
  return match[1];
}

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: portal.config.databasePath },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('when self-service cannot help', () => {
  it('takes a sender from the refusal to our staff, and brings the answer back by email', async () => {
    listWithoutSelfService('203.0.113.7/32');
    const refused = await submitForm(portal.app, { email: SENDER, ip: '203.0.113.7', ack: 'yes' });
    expect(refused.body).toContain('cannot be removed through this portal');
    expect(refused.body).toContain('href="/escalate?ip=203.0.113.7"');

    const form = await portal.app.inject({ method: 'GET', url: '/escalate?ip=203.0.113.7' });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('The listing of 203.0.113.7 is reviewed by our staff');

    const sent = await escalate({ headers: 'Received: from mail.sender.example ([203.0.113.7])' });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('p***@sender.example');
    expect(escalationRows()).toEqual([
      expect.objectContaining({ state: 'unverified', cause: 'no-self-service', network: '203.0.113.7/32' }),
    ]);

    const mail = await smtp.waitForMail(1);
    expect(mail.subject).toBe('Confirm your request to review the listing of 203.0.113.7');
    // The email repeats nothing the sender typed but the IP address.
    expect(mail.text).not.toContain('webmail');
    const path = escalationPath(mail);

    // Opening the link (as a mail scanner does) changes nothing.
    const before = snapshot(portal.db, TABLES);
    const page = await portal.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Send to our staff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(snapshot(portal.db, TABLES)).toBe(before);

    const confirmed = await postForm(portal.app, '/escalation', { token: tokenOf(path) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Your request is with our staff');
    const again = await postForm(portal.app, '/escalation', { token: tokenOf(path) });
    expect(again.statusCode).toBe(409);
    expect(escalationRows()).toEqual([expect.objectContaining({ state: 'open' })]);

    const queue = cli(['escalations']);
    expect(queue.code).toBe(0);
    expect(queue.out).toMatch(
      /^#1 .* 203\.0\.113\.7 {2}postmaster@sender\.example {2}open {2}no-self-service\n/,
    );
    expect(cli(['escalations', '--id', '1']).out).toContain('Received: from mail.sender.example');

    const answered = cli(['answer', '1', '--message', 'Removed.\nPlease keep the limits.', '--by', 'alice']);
    expect(answered).toMatchObject({ code: 0 });
    expect(cli(['answer', '1', '--message', 'twice'])).toMatchObject({ code: 1 });
    // The CLI queued the email at the real time; the portal sends it once its clock is there.
    portal.clock.set(Date.now());
    portal.app.portal.outboxSender.kick();
    const answer = await smtp.waitForMail(2);
    expect(answer.to).toMatchObject({ text: SENDER });
    expect(answer.subject).toBe('Our answer about the listing of 203.0.113.7');
    expect(answer.text).toContain('Removed.\nPlease keep the limits.');
    expect(portal.db.prepare('SELECT answered_by FROM escalations').pluck().get()).toBe('cli:alice');

    const later = await portal.app.inject({ method: 'GET', url: path });
    expect(later.statusCode).toBe(410);
    expect(later.body).toContain('has been answered');
  });

  it('explains a network listing and keeps the network with the request', async () => {
    listNetwork(portal, '203.0.113.0/24');
    const form = await portal.app.inject({ method: 'GET', url: '/escalate?ip=203.0.113.7' });
    expect(form.body).toContain('listed as part of the network 203.0.113.0/24');
    expect((await escalate()).statusCode).toBe(200);
    expect(escalationRows()).toEqual([
      expect.objectContaining({ cause: 'network-listed', network: '203.0.113.0/24' }),
    ]);
  });

  it('sends one email for a request already waiting, and none once it is with our staff', async () => {
    listWithoutSelfService('203.0.113.7/32');
    await escalate();
    const mail = await smtp.waitForMail(1);
    const twice = await escalate();
    expect(twice.body).toContain('You have already asked about 203.0.113.7');
    await postForm(portal.app, '/escalation', { token: tokenOf(escalationPath(mail)) });
    const thrice = await escalate({ email: SENDER.toUpperCase() });
    expect(thrice.body).toContain('Your request is with our staff');
    await portal.app.portal.outboxSender.idle();
    expect(smtp.mails).toHaveLength(1);
    expect(escalationRows()).toHaveLength(1);
  });

  it('is not needed, and writes nothing, when the portal can remove the address or it is not listed', async () => {
    listNetwork(portal, '203.0.113.7/32');
    const before = snapshot(portal.db, TABLES);
    const selfService = await escalate();
    expect(selfService.body).toContain('can be removed with the delist form');
    expect(selfService.body).toContain('href="/?ip=203.0.113.7"');
    const notListed = await escalate({ ip: '198.51.100.9' });
    expect(notListed.body).toContain('198.51.100.9 is not on the blocked senders list');
    expect(snapshot(portal.db, TABLES)).toBe(before);
  });

  it('lets the link expire unused, and the sweeper record it', async () => {
    listWithoutSelfService('203.0.113.7/32');
    await escalate();
    const path = escalationPath(await smtp.waitForMail(1));
    portal.clock.advance(DAY);
    expect((await portal.app.inject({ method: 'GET', url: path })).statusCode).toBe(410);
    expect((await postForm(portal.app, '/escalation', { token: tokenOf(path) })).statusCode).toBe(410);
    expect(portal.app.portal.sweeper.sweep().escalationsExpired).toBe(1);
    expect(escalationRows()).toEqual([expect.objectContaining({ state: 'expired' })]);
    // An expired request no longer stands in the way of a new one.
    expect((await escalate()).body).toContain('Check your email');
  });
});

describe('bad input', () => {
  beforeEach(() => listWithoutSelfService('203.0.113.7/32'));

  it.each([
    ['no description', { description: '   ' }, 'Describe what happened'],
    ['a description too long', { description: 'x'.repeat(4001) }, 'at most 4,000 characters'],
    ['headers too long', { headers: 'Received: x\n'.repeat(1500) }, 'at most 16,000 characters of headers'],
    ['a NUL byte', { description: 'fixed\u0000it' }, 'Remove the control characters'],
    ['two addresses', { email: 'a@sender.example, b@sender.example' }, 'Enter one email address'],
    ['a range', { ip: '203.0.113.0/24' }, 'not a range'],
  ])('answers 400 for %s, keeps what was typed, and writes nothing', async (_name, fields, message) => {
    const before = snapshot(portal.db, TABLES);
    const response = await escalate(fields);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain(message);
    expect(snapshot(portal.db, TABLES)).toBe(before);
  });

  it('refuses a form without a solved bot check or from another site, and an oversize body', async () => {
    const before = snapshot(portal.db, TABLES);
    expect((await postForm(portal.app, '/escalate', { email: SENDER }, { botCheck: null })).statusCode).toBe(
      400,
    );
    expect(
      (await postForm(portal.app, '/escalate', { email: SENDER }, { from: CROSS_SITE_POST })).statusCode,
    ).toBe(403);
    const huge = await escalate({ headers: '%'.repeat(200_000) });
    expect(huge.statusCode).toBe(413);
    expect(snapshot(portal.db, TABLES)).toBe(before);
  });

  it('answers a forged or broken link with a page saying so', async () => {
    const forged = await portal.app.inject({
      method: 'GET',
      url: '/escalation?token=a.AAAAAAAAAAAAAAAAAAAAAA.zzzz.',
    });
    expect(forged.statusCode).toBe(400);
    const missing = await portal.app.inject({ method: 'GET', url: '/escalation' });
    expect(missing.statusCode).toBe(400);
  });
});

describe('the self-delist limit', () => {
  /** One whole self-service removal of 203.0.113.7, and the address listed again afterwards. */
  async function removeAndRelist() {
    const response = await submitForm(portal.app, { email: SENDER, ip: '203.0.113.7', ack: 'yes' });
    expect(response.body).toContain('Check your email');
    const mail = await smtp.waitForMail(smtp.mails.length + 1);
    await portal.app.portal.outboxSender.idle();
    expect((await pressDelist(portal.app, tokenOf(confirmationPath(mail)))).statusCode).toBe(200);
    portal.clock.advance(3_600_000);
    portal.app.portal.sweeper.sweep();
    expect(listNetwork(portal, '203.0.113.7').outcome).toBe('relisted');
  }

  it('grants the first removals at once and sends the next to review instead of refusing it', async () => {
    listNetwork(portal, '203.0.113.7');
    const form = await portal.app.inject({ method: 'GET', url: '/' });
    expect(form.body).toContain('a limited number of times (2 in 30 days)');
    await removeAndRelist();
    await removeAndRelist();

    const lookup = await portal.app.inject({ method: 'GET', url: '/api/v1/lookup/203.0.113.7' });
    expect(lookup.json().listing.selfServiceAvailable).toBe(false);

    const before = snapshot(portal.db, TABLES);
    const mails = smtp.mails.length;
    const third = await submitForm(portal.app, { email: SENDER, ip: '203.0.113.7', ack: 'yes' });
    expect(third.statusCode).toBe(200);
    expect(third.body).toContain('as often as we allow without a review (2 in 30 days)');
    expect(third.body).toContain('action="/escalate"');
    expect(third.body).toContain(`value="${SENDER}"`);
    expect(snapshot(portal.db, TABLES)).toBe(before);

    expect((await escalate()).statusCode).toBe(200);
    expect(escalationRows()).toEqual([expect.objectContaining({ cause: 'self-delist-limit' })]);
    await smtp.waitForMail(mails + 1);

    // Once the oldest removal leaves the window, self-service is back.
    portal.clock.advance(30 * DAY);
    const fourth = await submitForm(portal.app, {
      email: 'other@sender.example',
      ip: '203.0.113.7',
      ack: 'yes',
    });
    expect(fourth.body).toContain('Check your email');
  });
});
