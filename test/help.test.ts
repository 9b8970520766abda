// The help page speaks of the operator's own provider and shows exactly the NDR their servers send.
import { afterEach, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startTestPortal, type TestPortal } from './support/test-portal.js';

let portal: TestPortal;
afterEach(() => portal.close());

it('explains the NDR family with the configured provider name, NDR text and contact', async () => {
  portal = await startTestPortal({
    env: {
      PROVIDER_NAME: 'Mailhost Nord',
      NDR_TEMPLATE: '550 5.7.606 Blocked: {ip} is listed; see {url}',
      SUPPORT_CONTACT: 'postmaster@mailhost.example',
    },
  });
  const page = await portal.app.inject({ method: 'GET', url: '/help' });
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('550 5.7.606 Blocked: 203.0.113.7 is listed; see http://portal.test/');
  expect(page.body).toContain('on the blocked senders list of Mailhost Nord');
  expect(page.body).toContain('5.7.606 to 5.7.649');
  expect(page.body).toContain('Then contact postmaster@mailhost.example.');
  expect(page.body).toContain('The address leaves the list 1 hour later.');
  const form = await portal.app.inject({ method: 'GET', url: '/?ip=198.51.100.4' });
  expect(form.body).toContain('550 5.7.606 Blocked: 198.51.100.4 is listed; see http://portal.test/');
});

it('refuses an NDR template that is not an SMTP rejection naming the IP', () => {
  expect(() => loadConfig({ NDR_TEMPLATE: 'Go away' })).toThrow(/NDR_TEMPLATE/);
  expect(() => loadConfig({ NDR_TEMPLATE: '550 5.7.606 no placeholder' })).toThrow(/NDR_TEMPLATE/);
});
