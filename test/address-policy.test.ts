// CONFIRM_ADDRESS_POLICY=rdns, against a DNS server on loopback: the confirmation email may only
// go to an address at the registered domain of the IP's forward-confirmed reverse-DNS name.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { type DnsServer, startDnsServer } from './support/dns-server.js';
import {
  listNetwork,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
} from './support/test-portal.js';

let dns: DnsServer;
let portal: TestPortal;

beforeAll(async () => {
  dns = await startDnsServer(
    {
      // 203.0.113.7 <-> mail.sender.example: forward-confirmed.
      '7.113.0.203.in-addr.arpa': { PTR: ['mail.sender.example'] },
      'mail.sender.example': { A: ['203.0.113.7'] },
      // 203.0.113.8 -> mx.sender.example, which points elsewhere: not confirmed.
      '8.113.0.203.in-addr.arpa': { PTR: ['mx.sender.example'] },
      'mx.sender.example': { A: ['198.51.100.200'] },
      // 2001:db8::25 <-> smtp.mail.sender.co.uk: the registered domain is sender.co.uk.
      '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': {
        PTR: ['smtp.mail.sender.co.uk'],
      },
      'smtp.mail.sender.co.uk': { AAAA: ['2001:db8::25'] },
    },
    ['10.113.0.203.in-addr.arpa'],
  );
});
afterAll(() => dns.close());

afterEach(() => portal.close());

async function start(policy: string) {
  portal = await startTestPortal({
    env: { CONFIRM_ADDRESS_POLICY: policy, DNS_SERVERS: dns.address, DNS_TIMEOUT: '300ms' },
  });
  for (const cidr of ['203.0.113.7/32', '203.0.113.8/32', '203.0.113.9/32', '203.0.113.10/32']) {
    listNetwork(portal, cidr);
  }
  listNetwork(portal, '2001:db8::25/128', 'spam');
}

const ask = (email: string, ip: string) => submitForm(portal.app, { email, ip, ack: 'yes' });

it('explains the rule on the form', async () => {
  await start('rdns');
  const page = await portal.app.inject({ method: 'GET', url: '/' });
  expect(page.body).toContain('an address at the domain of the IP address&#39;s reverse DNS name');
});

it.each([
  ['postmaster@sender.example', '203.0.113.7'],
  ['noc@mail.sender.example', '203.0.113.7'],
  ['Ops@Sender.Example', '203.0.113.7'],
  ['hostmaster@sender.co.uk', '2001:db8::25'],
])('accepts %s for %s', async (email, ip) => {
  await start('rdns');
  const response = await ask(email, ip);
  expect(response.statusCode).toBe(200);
  expect(response.body).toContain('Check your email');
});

it.each([
  ['someone@gmail.example', '203.0.113.7', 'only to an address at sender.example'],
  ['someone@notsender.example', '203.0.113.7', 'only to an address at sender.example'],
  ['someone@co.uk', '2001:db8::25', 'only to an address at sender.co.uk'],
  [
    'postmaster@sender.example',
    '203.0.113.8',
    'is mx.sender.example, but mx.sender.example does not point back',
  ],
  ['postmaster@sender.example', '203.0.113.9', '203.0.113.9 has no reverse DNS name'],
])('refuses %s for %s beside the email field, writing nothing', async (email, ip, message) => {
  await start('rdns');
  const before = snapshot(portal.db);
  const response = await ask(email, ip);
  expect(response.statusCode).toBe(400);
  expect(response.body).toContain(message);
  expect(response.body).toContain('id="email-error"');
  expect(snapshot(portal.db)).toBe(before);
});

it('answers 503 when DNS does not answer, writing nothing', async () => {
  await start('rdns');
  const before = snapshot(portal.db);
  const response = await ask('postmaster@sender.example', '203.0.113.10');
  expect(response.statusCode).toBe(503);
  expect(response.body).toContain('We could not check the reverse DNS just now');
  expect(snapshot(portal.db)).toBe(before);
}, 20_000);

it('accepts any address under the default policy', async () => {
  await start('any');
  expect((await ask('someone@gmail.example', '203.0.113.9')).statusCode).toBe(200);
});
