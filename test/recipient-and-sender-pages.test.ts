// The two pages around the confirmation email: the sender's status page (with resend) and the
// recipient's "I did not ask for this" page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import {
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

let smtp: SmtpSink;
let portal: TestPortal;
const form = { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' };

beforeEach(async () => {
  smtp = await startSmtpSink();
  portal = await startTestPortal({ smtpUrl: smtp.url, env: { RESEND_COOLDOWN: '2m', OUTBOX_MAX_AGE: '1h' } });
  listNetwork(portal, '203.0.113.7/32', 'spam');
});

afterEach(async () => {
  await portal.close();
  await smtp.stop();
});

/** Submits the form and returns the status page's path (where the browser was redirected). */
async function submit(fields = form): Promise<string> {
  const response = await submitForm(portal.app, fields, { follow: false });
  expect(response.statusCode).toBe(303);
  return String(response.headers.location);
}

const open = (path: string) => portal.app.inject({ method: 'GET', url: path });
const declineLinkOf = (text: string) =>
  /http:\/\/portal\.test(\/not-me\?token=\S+)/.exec(text)?.[1] as string;

describe('the status page', () => {
  it('redirects after the form, so a reload re-reads instead of filing again', async () => {
    const path = await submit();
    expect(path).toMatch(/^\/request\?token=/);
    await smtp.waitForMail();
    await portal.app.portal.outboxSender.idle();
    const before = snapshot(portal.db);
    const page = await open(path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Check your email');
    expect(page.body).toContain('Sent to ops@sender.example at Nov 24, 2026, 9:00:00 AM UTC.');
    expect(page.body).toContain(
      'Not arrived? You can ask for the email again after Nov 24, 2026, 9:02:00 AM UTC.',
    );
    expect(snapshot(portal.db)).toBe(before);
  });

  it('says when the email is still waiting for the mail server, and when it will be tried again', async () => {
    await smtp.stop();
    const path = await submit();
    await portal.app.portal.outboxSender.idle();
    const page = await open(path);
    expect(page.body).toContain('We are sending it to ops@sender.example.');
    expect(page.body).toContain(
      'Our mail server has not taken it yet. We try again at Nov 24, 2026, 9:00:30 AM UTC.',
    );
    expect(page.body).not.toMatch(/\bSent\b/);
  });

  it('offers a resend after the cooldown, once, and refuses one before it', async () => {
    const path = await submit();
    await smtp.waitForMail();
    await portal.app.portal.outboxSender.idle();
    const token = tokenOf(path);

    const early = await postForm(portal.app, '/request/resend', { token });
    expect(early.statusCode).toBe(429);
    expect(early.body).toContain('Please wait a little longer before asking again.');
    expect(early.headers['retry-after']).toBe('120');

    portal.clock.advance(2 * 60_000);
    const page = await open(path);
    expect(page.body).toContain('Send the email again');
    const resent = await postForm(portal.app, '/request/resend', { token });
    expect(resent.statusCode).toBe(200);
    expect(resent.body).toContain('We are sending the email again.');
    const second = await smtp.waitForMail(2);
    expect(second.subject).toBe('Confirm the removal of 203.0.113.7 from the blocked senders list');
    expect(portal.db.prepare('SELECT count(*) FROM delist_requests').pluck().get()).toBe(1);

    // Either email's link works, and confirming ends the resends.
    await portal.app.portal.outboxSender.idle();
    await pressDelist(portal.app, tokenOf(confirmationPath(second)));
    portal.clock.advance(10 * 60_000);
    const after = await postForm(portal.app, '/request/resend', { token });
    expect(after.statusCode).toBe(409);
    expect(after.body).toContain(
      'Confirmed. The IP address leaves the list at Nov 24, 2026, 10:02:00 AM UTC.',
    );
    expect(smtp.mails).toHaveLength(2);
  });

  it('gives up an email the mail server never takes, and says so on the page', async () => {
    await smtp.stop();
    const path = await submit();
    await portal.app.portal.outboxSender.idle();
    for (let minutes = 0; minutes < 70; minutes += 10) {
      portal.clock.advance(10 * 60_000);
      await portal.app.portal.outboxSender.flush();
    }
    const row = portal.db.prepare('SELECT state, failed_at FROM outbox').get() as Record<string, string>;
    expect(row.state).toBe('failed');
    expect(portal.db.prepare('SELECT state FROM delist_requests').pluck().get()).toBe('undeliverable');
    const page = await open(path);
    expect(page.body).toContain('We could not send it to ops@sender.example');
    expect(page.body).toContain('we could not deliver the confirmation email');
    expect(page.body).not.toContain('Send the email again');
    expect(portal.db.prepare('SELECT count(*) FROM outbox_failed').pluck().get()).toBe(1);
  });

  it('refuses broken and forged status links', async () => {
    expect((await open('/request?token=x')).statusCode).toBe(400);
    const path = await submit();
    const confirmToken = tokenOf(confirmationPath(await smtp.waitForMail()));
    // A confirmation token is not a status token, and the other way round.
    expect((await open(`/request?token=${encodeURIComponent(confirmToken)}`)).statusCode).toBe(400);
    expect((await open(`/confirm?token=${encodeURIComponent(tokenOf(path))}`)).statusCode).toBe(400);
  });
});

describe('"I did not ask for this"', () => {
  it('is linked from every confirmation email; opening it changes nothing; the button cancels and suppresses', async () => {
    await submit();
    const mail = await smtp.waitForMail();
    await portal.app.portal.outboxSender.idle();
    const path = declineLinkOf(mail.text ?? '');
    expect(mail.html).toContain('/not-me?token=');

    const before = snapshot(portal.db);
    const page = await open(path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('Did you not ask for this?');
    expect(page.body).toContain('o***@sender.example');
    expect(snapshot(portal.db)).toBe(before);

    const answer = await postForm(portal.app, '/not-me', { token: tokenOf(path) });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('Request cancelled');
    expect(portal.db.prepare('SELECT state FROM delist_requests').pluck().get()).toBe('declined');

    // The confirmation link no longer works, and nobody can send that address more emails about the IP.
    const confirm = await open(confirmationPath(mail));
    expect(confirm.statusCode).toBe(410);
    expect(confirm.body).toContain('This request was declined');
    const again = await submitForm(portal.app, { ...form, email: 'OPS@sender.example' });
    expect(again.statusCode).toBe(403);
    expect(again.body).toContain('asked us not to send them delist emails about 203.0.113.7');
    // Another address, or the same address about another IP, is fine.
    expect((await submitForm(portal.app, { ...form, email: 'noc@sender.example' })).statusCode).toBe(200);

    const twice = await postForm(portal.app, '/not-me', { token: tokenOf(path) });
    expect(twice.body).toContain('You already told us');
  });

  it('still stops further emails when the request was already confirmed', async () => {
    await submit();
    const mail = await smtp.waitForMail();
    await portal.app.portal.outboxSender.idle();
    await pressDelist(portal.app, tokenOf(confirmationPath(mail)));
    const answer = await postForm(portal.app, '/not-me', { token: tokenOf(declineLinkOf(mail.text ?? '')) });
    expect(answer.body).toContain('This request was already confirmed');
    expect(portal.db.prepare('SELECT state FROM delist_requests').pluck().get()).toBe('scheduled');
    expect(portal.db.prepare('SELECT count(*) FROM email_suppressions').pluck().get()).toBe(1);
  });
});
