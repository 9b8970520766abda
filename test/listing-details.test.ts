// What an operator sets when listing: an expiry that ends the listing exactly on time, a
// category, whether senders may remove it themselves, and "listed again" after a self-removal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseNetwork, parseSenderAddress, type SenderAddress } from '../src/blocklist/index.js';
import {
  confirmationPath,
  pressDelist,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
  tokenOf,
} from './support/test-portal.js';

let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal();
});
afterEach(() => portal.close());

function list(text: string, details: { expiresAt?: number; selfService?: boolean; category?: string } = {}) {
  const parsed = parseNetwork(text);
  if (!parsed.ok) throw new Error(text);
  return portal.app.portal.listOperations.block(
    parsed.value,
    { reason: 'internal note', ...details },
    'cli:ops',
  );
}

const address = (text: string) => (parseSenderAddress(text) as { value: SenderAddress }).value;
const history = () =>
  portal.db.prepare('SELECT action, effective_at AS at FROM blocklist_history ORDER BY id').all();

it('ends an expiring listing exactly at its expiry, before any sweep, and records it as expired', () => {
  const expiresAt = Date.parse('2026-12-01T00:00:00.000Z');
  list('203.0.113.7', { expiresAt });
  portal.clock.set(expiresAt - 1);
  expect(portal.app.portal.blocklist.isListed(address('203.0.113.7'))).toBe(true);
  portal.clock.set(expiresAt);
  expect(portal.app.portal.blocklist.isListed(address('203.0.113.7'))).toBe(false);
  expect(portal.app.portal.sweeper.sweep().removed).toBe(1);
  expect(history()).toEqual([
    { action: 'listed', at: '2026-11-24T09:00:00.000Z' },
    { action: 'expired', at: '2026-12-01T00:00:00.000Z' },
  ]);
});

it('records a listing after a self-service removal as relisted', async () => {
  list('203.0.113.7');
  await submitForm(portal.app, { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' });
  await portal.app.portal.outboxSender.idle();
  // Capture mode: the email is a file in the capture folder.
  const [file] = readdirSync(portal.config.mailCaptureDir);
  const mail = await simpleParser(readFileSync(join(portal.config.mailCaptureDir, String(file))));
  await pressDelist(portal.app, tokenOf(confirmationPath(mail)));
  portal.clock.advance(2 * 3_600_000);
  portal.app.portal.sweeper.sweep();

  expect(list('203.0.113.7').outcome).toBe('relisted');
  expect(history().map((row) => (row as { action: string }).action)).toEqual([
    'listed',
    'removal_scheduled',
    'removed',
    'relisted',
  ]);
});

it('does not offer self-service for a listing marked so, and sends nothing', async () => {
  list('203.0.113.7', { selfService: false });
  const before = snapshot(portal.db);
  const response = await submitForm(portal.app, {
    email: 'ops@sender.example',
    ip: '203.0.113.7',
    ack: 'yes',
  });
  expect(response.statusCode).toBe(200);
  expect(response.body).toContain('reviewed by our staff and cannot be removed through this portal');
  expect(snapshot(portal.db)).toBe(before);
});

it('updates the details of a listing and records the change once', () => {
  expect(list('203.0.113.7').outcome).toBe('listed');
  expect(list('203.0.113.7').outcome).toBe('unchanged');
  expect(list('203.0.113.7', { category: 'malware' }).outcome).toBe('reason-changed');
  expect(portal.app.portal.blocklist.find('203.0.113.7/32')?.category).toBe('malware');
  expect(history()).toHaveLength(2);
});
