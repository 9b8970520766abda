// With no SMTP_URL the portal keeps emails as files and shows them at /dev/mailbox, so the
// whole flow can be walked on one machine.
import { readdirSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listNetwork, startTestPortal, submitForm, type TestPortal } from './support/test-portal.js';

let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal();
  listNetwork(portal, '2001:db8::25/128', 'spam');
});

afterEach(() => portal.close());

it('captures the confirmation email and shows its link clickable', async () => {
  const empty = await portal.app.inject({ method: 'GET', url: '/dev/mailbox' });
  expect(empty.statusCode).toBe(200);
  expect(empty.body).toContain('No emails yet.');

  await submitForm(portal.app, { email: 'noc@sender.example', ip: '2001:DB8:0::25', ack: 'yes' });
  await portal.app.portal.outboxSender.idle();
  const files = readdirSync(portal.config.mailCaptureDir);
  expect(files).toHaveLength(1);

  const list = await portal.app.inject({ method: 'GET', url: '/dev/mailbox' });
  expect(list.body).toContain('noc@sender.example');
  expect(list.body).toContain('Confirm the removal of 2001:db8::25 from the blocked senders list');
  const messagePath = /href="(\/dev\/mailbox\/[^"]+\.eml)"/.exec(list.body)?.[1];
  expect(messagePath).toBe(`/dev/mailbox/${files[0]}`);

  const message = await portal.app.inject({ method: 'GET', url: messagePath as string });
  const link = /<a href="http:\/\/portal\.test(\/confirm\?token=[^"]+)">/.exec(message.body)?.[1];
  expect(link).toBeDefined();
  const confirm = await portal.app.inject({ method: 'GET', url: link as string });
  expect(confirm.statusCode).toBe(200);
  expect(confirm.body).toContain('Remove 2001:db8::25 from the blocked senders list');

  const html = await portal.app.inject({ method: 'GET', url: `${messagePath}/html` });
  expect(html.statusCode).toBe(200);
  expect(html.headers['content-security-policy']).toContain('sandbox');
  expect(html.body).toContain('Open the delist page');
});

it('captures the next email after the capture folder was removed', async () => {
  listNetwork(portal, '2001:db8::26/128', 'spam');
  await submitForm(portal.app, { email: 'noc@sender.example', ip: '2001:db8::25', ack: 'yes' });
  await portal.app.portal.outboxSender.idle();
  rmSync(portal.config.mailCaptureDir, { recursive: true });
  await submitForm(portal.app, { email: 'noc@sender.example', ip: '2001:db8::26', ack: 'yes' });
  await portal.app.portal.outboxSender.idle();
  expect(readdirSync(portal.config.mailCaptureDir)).toHaveLength(1);
  const list = await portal.app.inject({ method: 'GET', url: '/dev/mailbox' });
  expect(list.body).toContain('2001:db8::26');
});

it.each([
  '/dev/mailbox/..%2F..%2Fdelist.db',
  '/dev/mailbox/delist.db',
  '/dev/mailbox/20261124T090000000Z-00000000.eml',
])('answers %s with 404 and opens no other file', async (url) => {
  const response = await portal.app.inject({ method: 'GET', url });
  expect(response.statusCode).toBe(404);
});

it('does not exist when a mail server is configured', async () => {
  await portal.close();
  portal = await startTestPortal({ smtpUrl: 'smtp://127.0.0.1:9' });
  const response = await portal.app.inject({ method: 'GET', url: '/dev/mailbox' });
  expect(response.statusCode).toBe(404);
});
