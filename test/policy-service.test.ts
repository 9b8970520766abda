// The Postfix policy service over a real TCP connection: the NDR for a listed client, DUNNO for
// the rest, many requests per connection and many connections at once.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { connectPolicy, type PolicyClient, postfixRequest } from './support/policy-client.js';
import { type PolicyService, startPolicyService } from './support/policy-service.js';
import { listNetwork } from './support/test-portal.js';

let service: PolicyService;
const clients: PolicyClient[] = [];

const ndr = (ip: string) =>
  `550 5.7.606 Access denied, banned sending IP [${ip}]; To request removal from this list please visit http://portal.test/ and follow the directions.`;

beforeEach(async () => {
  service = await startPolicyService();
  listNetwork(service.portal, '203.0.113.7/32');
  listNetwork(service.portal, '198.51.100.0/24');
  listNetwork(service.portal, '2001:db8:5::7/128');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await service.close();
});

async function client(): Promise<PolicyClient> {
  const opened = await connectPolicy(service.port);
  clients.push(opened);
  return opened;
}

it('rejects a listed client with the NDR and lets every other one through with DUNNO', async () => {
  const postfix = await client();
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toBe(ndr('203.0.113.7'));
  // A network listing answers for every address inside it.
  expect(await postfix.ask({ client_address: '198.51.100.200' })).toBe(ndr('198.51.100.200'));
  expect(await postfix.ask({ client_address: '203.0.113.8' })).toBe('DUNNO');
  // IPv6 as Postfix writes it (no brackets), in any spelling; the NDR shows the RFC 5952 form.
  expect(await postfix.ask({ client_address: '2001:DB8:5:0:0:0:0:7' })).toBe(ndr('2001:db8:5::7'));
  expect(await postfix.ask({ client_address: '2001:db8:5::8' })).toBe('DUNNO');
  // An IPv4-mapped address is the IPv4 address.
  expect(await postfix.ask({ client_address: '::ffff:203.0.113.7' })).toBe(ndr('203.0.113.7'));
  // Internal clients are never on the list: DUNNO, and nothing to warn about.
  for (const internal of ['127.0.0.1', '10.1.2.3', '::1', 'fe80::1']) {
    expect(await postfix.ask({ client_address: internal })).toBe('DUNNO');
  }
  expect(service.logs.filter((entry) => entry.module === 'policy' && entry.level === 40)).toEqual([]);
});

it('answers at whichever stage the check is placed', async () => {
  const postfix = await client();
  for (const state of ['CONNECT', 'EHLO', 'MAIL', 'RCPT', 'DATA', 'END-OF-MESSAGE']) {
    expect(await postfix.ask({ client_address: '203.0.113.7', protocol_state: state })).toBe(
      ndr('203.0.113.7'),
    );
  }
});

it('fills NDR_TEMPLATE with the address and PUBLIC_URL', async () => {
  await service.close();
  service = await startPolicyService({
    env: {
      PUBLIC_URL: 'https://delist.example.net/',
      NDR_TEMPLATE: '554 5.7.1 Service unavailable; client [{ip}] blocked, see {url}',
    },
  });
  listNetwork(service.portal, '203.0.113.7/32');
  const postfix = await client();
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toBe(
    '554 5.7.1 Service unavailable; client [203.0.113.7] blocked, see https://delist.example.net/',
  );
});

it('answers pipelined requests in order, from one write or from a byte at a time', async () => {
  const addresses = ['203.0.113.7', '203.0.113.8', '198.51.100.9', '2001:db8:5::7', '192.0.2.1'];
  const expected = addresses.map((ip) => (ip === '203.0.113.8' || ip === '192.0.2.1' ? 'DUNNO' : ndr(ip)));
  const batch = addresses.map((ip) => postfixRequest({ client_address: ip })).join('');

  const pipelined = await client();
  const all = pipelined.replies(addresses.length * 20);
  await pipelined.send(batch.repeat(20));
  expect(await all).toEqual(Array.from({ length: 20 }, () => expected).flat());

  const trickle = await client();
  const replies = trickle.replies(addresses.length);
  for (const byte of Buffer.from(batch)) {
    await trickle.send(Buffer.from([byte]));
  }
  expect(await replies).toEqual(expected);
  // Lines ended by CRLF, as a person typing into telnet sends them, read the same.
  expect(await trickle.ask({ client_address: '203.0.113.7' })).toBe(ndr('203.0.113.7'));
  const crlf = trickle.replies(1);
  await trickle.send('request=smtpd_access_policy\r\nclient_address=203.0.113.7\r\n\r\n');
  expect(await crlf).toEqual([ndr('203.0.113.7')]);
});

it('serves many connections at once, each with many requests', async () => {
  const connections = await Promise.all(Array.from({ length: 40 }, () => client()));
  const answers = await Promise.all(
    connections.map(async (postfix, index) => {
      const ip = index % 2 === 0 ? '203.0.113.7' : `192.0.2.${index}`;
      const replies = postfix.replies(25);
      await postfix.send(postfixRequest({ client_address: ip }).repeat(25));
      return { ip, replies: await replies };
    }),
  );
  for (const { ip, replies } of answers) {
    expect(replies).toEqual(Array.from({ length: 25 }, () => (ip === '203.0.113.7' ? ndr(ip) : 'DUNNO')));
  }
});
