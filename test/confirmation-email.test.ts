// The confirmation email as a mail server receives it: one recipient, standard headers, a text
// part, no line longer than SMTP allows, and nothing in it a stranger typed except the IP.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import { listNetwork, startTestPortal, submitForm, type TestPortal } from './support/test-portal.js';

let smtp: SmtpSink;
let portal: TestPortal;

beforeEach(async () => {
  smtp = await startSmtpSink();
  portal = await startTestPortal({ smtpUrl: smtp.url });
  listNetwork(portal, '2001:db8::25/128', 'spam');
});

afterEach(async () => {
  await portal.close();
  await smtp.stop();
});

it('is a well-formed email to exactly one recipient, an international domain in ASCII form for a server without SMTPUTF8', async () => {
  const response = await submitForm(portal.app, {
    email: 'noc@bücher.example',
    ip: '2001:db8::25',
    ack: 'yes',
  });
  expect(response.statusCode).toBe(200);
  const mail = await smtp.waitForMail();
  await portal.app.portal.outboxSender.idle();

  const [{ source, recipients }] = smtp.raw as [SmtpSink['raw'][number]];
  // (smtp-server reports envelope domains decoded; the header below shows what went over the wire.)
  expect(recipients).toEqual(['noc@bücher.example']);
  const lines = source.split('\r\n');
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(998);
  const headers = source.slice(0, source.indexOf('\r\n\r\n'));
  expect(headers).toMatch(/^Message-ID: <[^>]+>$/im);
  expect(headers).toMatch(/^Date: .+$/im);
  expect(headers).toMatch(/^Auto-Submitted: auto-generated$/im);
  expect(headers).toMatch(/^To: noc@xn--bcher-kva\.example$/im);
  expect(headers).not.toMatch(/^(Cc|Bcc):/im);

  expect(mail.text).toContain('2001:db8::25');
  expect(mail.text).toContain('http://portal.test/confirm?token=');
  expect(mail.text).toContain('The link works once, until Nov 25, 2026, 9:00:00 AM UTC.');
  expect(mail.html).toContain('<html lang="en">');
  expect(mail.text).not.toContain('noc@');
});
