// ABUSE_REPORT_NOTIFY: the abuse desk hears of every report filed, through the outbox and a real
// SMTP server, in an email that repeats nothing the reporter typed.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import { postForm, startTestPortal, type TestPortal } from './support/test-portal.js';

let smtp: SmtpSink;
let portal: TestPortal;

beforeEach(async () => {
  smtp = await startSmtpSink();
  portal = await startTestPortal({
    smtpUrl: smtp.url,
    env: { ABUSE_REPORT_NOTIFY: 'abuse-desk@provider.example', OWN_NETWORKS: '198.51.100.0/24' },
  });
});
afterEach(async () => {
  await portal.close();
  await smtp.stop();
});

const HEADERS = [
  'Received: from relay.provider.example (relay.provider.example [198.51.100.25]) by mx.recipient.example',
  'Received: from shop.example (shop.example [198.51.100.77]) by relay.provider.example',
  'Subject: Typed-Marker-Subject',
].join('\n');

it('emails the abuse desk the reference, category and sending IP, and nothing the reporter typed', async () => {
  const thanks = await postForm(portal.app, '/report', {
    category: 'phishing',
    headers: HEADERS,
    description: 'Typed-Marker-Words <b>bold</b>',
    email: 'typed.reporter@home.example',
  });
  const reference = /Your reference is (AR-[0-9A-Z-]+)\./.exec(thanks.body)?.[1] ?? '';
  const mail = await smtp.waitForMail();
  await portal.app.portal.outboxSender.idle();
  expect(mail.to).toMatchObject({ text: 'abuse-desk@provider.example' });
  expect(mail.subject).toBe(`Abuse report ${reference}: phishing from 198.51.100.77`);
  expect(mail.text).toContain('Sending IP: 198.51.100.77 (where the message entered OWN_NETWORKS)');
  expect(mail.text).toContain(`    delist-portal report ${reference}\n`);
  expect(mail.html).toContain(
    `<pre style="background: #f4f6f8; padding: 8px;">delist-portal report ${reference}</pre>`,
  );
  const whole = `${mail.subject}\n${mail.text}\n${mail.html}`;
  expect(whole).not.toContain('Typed-Marker');
  expect(whole).not.toContain('typed.reporter');
  expect(
    portal.db.prepare("SELECT state, subject_id FROM outbox WHERE template = 'abuse-report-notice'").all(),
  ).toEqual([{ state: 'sent', subject_id: reference }]);
});

it('queues nothing for a refused report', async () => {
  const response = await postForm(portal.app, '/report', { category: 'spam', headers: 'Dear team' });
  expect(response.statusCode).toBe(400);
  expect(portal.db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
});
