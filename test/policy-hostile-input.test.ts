// What the policy service does with input no Postfix sends: DUNNO and a log line for every
// malformed request, the connection dropped when the peer is hostile, idle connections closed,
// and never a crash or a hang: the service answers the next client as before.
import { afterEach, expect, it } from 'vitest';
import { connectPolicy, type PolicyClient, postfixRequest } from './support/policy-client.js';
import { type PolicyService, startPolicyService } from './support/policy-service.js';
import { listNetwork } from './support/test-portal.js';

let service: PolicyService;
const clients: PolicyClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await service.close();
});

async function start(options: { idleTimeoutMs?: number; maxConnections?: number } = {}) {
  service = await startPolicyService(options);
  listNetwork(service.portal, '203.0.113.7/32');
}

async function client(): Promise<PolicyClient> {
  const opened = await connectPolicy(service.port);
  clients.push(opened);
  return opened;
}

/** Sends raw bytes and waits for one reply. */
async function sendRaw(postfix: PolicyClient, data: string | Buffer): Promise<string> {
  const reply = postfix.replies(1);
  await postfix.send(data);
  return (await reply)[0] ?? '';
}

const LISTED = /^550 5\.7\.606 /;

it.each([
  ['no client_address', postfixRequest({ client_address: '' }), 'no-client-address'],
  [
    'no client_address attribute at all',
    'request=smtpd_access_policy\nprotocol_state=RCPT\n\n',
    'no-client-address',
  ],
  ['no request attribute', 'client_address=203.0.113.7\n\n', 'not-an-access-policy-request'],
  [
    'another request type',
    'request=something_else\nclient_address=203.0.113.7\n\n',
    'not-an-access-policy-request',
  ],
  [
    'a client_address that is no IP',
    postfixRequest({ client_address: 'mail.example' }),
    'client-address-not-an-ip',
  ],
  ['an octal IPv4 spelling', postfixRequest({ client_address: '0313.0.113.7' }), 'client-address-not-an-ip'],
  ['a CIDR', postfixRequest({ client_address: '203.0.113.7/32' }), 'client-address-not-an-ip'],
  ['garbage', 'hello world\nGET / HTTP/1.1\n\n', 'not-an-attribute'],
  ['an empty request', '\n', 'not-an-access-policy-request'],
  [
    'client_address twice',
    'request=smtpd_access_policy\nclient_address=192.0.2.1\nclient_address=203.0.113.7\n\n',
    'duplicate-attribute',
  ],
  [
    'binary bytes',
    Buffer.concat([
      Buffer.from('request=smtpd_access_policy\nclient_address=203.0.113.7\n'),
      Buffer.from([0x00, 0xff, 0xfe, 0x3d, 0x01, 0x1b, 0x80, 0x0d]),
      Buffer.from('\n\n'),
    ]),
    'not-an-attribute',
  ],
  [
    'a control character in a value',
    'request=smtpd_access_policy\nclient_address=203.0.113.7\nhelo_name=a\u0000b\n\n',
    'control-character',
  ],
  [
    'an overlong line',
    postfixRequest({ client_address: '203.0.113.7', helo_name: 'x'.repeat(5000) }),
    'line-too-long',
  ],
  [
    'too many attributes',
    postfixRequest({
      client_address: '203.0.113.7',
      ...Object.fromEntries(Array.from({ length: 120 }, (_, n) => [`extra_${n}`, 'x'])),
    }),
    'too-many-attributes',
  ],
])('answers DUNNO to %s, logs why, and goes on serving the connection', async (_name, input, problem) => {
  await start();
  const postfix = await client();
  expect(await sendRaw(postfix, input)).toBe('DUNNO');
  expect(service.problems(problem)).toHaveLength(1);
  // No address, email or value from the request reaches the log.
  const logged = JSON.stringify(service.problems(problem));
  expect(logged).not.toContain('203.0.113.7');
  expect(logged).not.toContain('sender.example');
  // The same connection answers the next request as before.
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
  expect(postfix.leftover()).toBe('');
});

it.each([
  [
    'a line far over the limit',
    'request=smtpd_access_policy\nhelo_name='.padEnd(200_000, 'x'),
    'line-far-too-long',
  ],
  ['binary data without newlines', Buffer.alloc(100_000, 0x07), 'line-far-too-long'],
  ['endless attribute lines', 'name=value\n'.repeat(5_000), 'request-far-too-long'],
])('drops a client that sends %s, after a DUNNO, and serves the others', async (_name, input, problem) => {
  await start();
  const bystander = await client();
  const hostile = await client();
  const reply = hostile.replies(1);
  await hostile.send(input).catch(() => {});
  expect(await reply).toEqual(['DUNNO']);
  await hostile.closed;
  expect(service.problems(problem)).toHaveLength(1);
  expect(await bystander.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
  expect(await (await client()).ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
});

it('logs a flood of bad requests on one connection a few times, not once per request', async () => {
  await start();
  const postfix = await client();
  const replies = postfix.replies(500);
  await postfix.send('\n'.repeat(500));
  expect(new Set(await replies)).toEqual(new Set(['DUNNO']));
  const warnings = service.logs.filter((entry) => entry.module === 'policy' && entry.level === 40);
  expect(warnings.length).toBeGreaterThan(1);
  expect(warnings.length).toBeLessThanOrEqual(11);
});

it('closes a connection that stays idle for POLICY_IDLE_TIMEOUT, and one that stops mid-request', async () => {
  await start({ idleTimeoutMs: 300 });
  const quiet = await client();
  expect(await quiet.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
  const stalled = await client();
  await stalled.send('request=smtpd_access_policy\nclient_address=203.0.');
  await Promise.all([quiet.closed, stalled.closed]);
  expect(service.logs.filter((entry) => String(entry.msg).includes('idle too long'))).toHaveLength(2);
  // New connections are served as before.
  expect(await (await client()).ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
});

it('closes connections beyond its limit at once, and serves them again when there is room', async () => {
  await start({ maxConnections: 3 });
  const served = await Promise.all([client(), client(), client()]);
  for (const postfix of served) expect(await postfix.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
  const extra = await client();
  await extra.closed;
  expect(service.logs.filter((entry) => String(entry.msg).includes('connection limit'))).toHaveLength(1);
  served[0]?.close();
  await served[0]?.closed;
  // The server counts the connection gone once it sees it close; a client soon after gets in.
  const answerOf = (postfix: PolicyClient) =>
    Promise.race([
      postfix.ask({ client_address: '203.0.113.7' }).catch(() => ''),
      postfix.closed.then(() => ''),
    ]);
  let answer = '';
  while (!answer) answer = await answerOf(await client());
  expect(answer).toMatch(LISTED);
});

it('lets mail through with DUNNO, and logs an error, when the list cannot be read', async () => {
  await start();
  const postfix = await client();
  service.portal.db.close();
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toBe('DUNNO');
  expect(
    service.logs.some((entry) => entry.level === 50 && String(entry.msg).includes('lookup failed')),
  ).toBe(true);
  // The portal's own close (in afterEach) finds the database closed already; open a new one for it.
  await service.portal.restart();
});

it('finishes the request it is receiving when stopped, then closes every connection', async () => {
  await start();
  const idle = await client();
  const busy = await client();
  expect(await idle.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
  // A whole request and the start of the next in one write: once the first is answered, the
  // server holds the second half-received.
  const next = postfixRequest({ client_address: '203.0.113.7' });
  const first = busy.replies(1);
  await busy.send(postfixRequest({ client_address: '192.0.2.1' }) + next.slice(0, 40));
  expect(await first).toEqual(['DUNNO']);
  const stopped = service.server.close();
  await idle.closed;
  const second = busy.replies(1);
  await busy.send(next.slice(40));
  expect(await second).toEqual([expect.stringMatching(LISTED)]);
  await busy.closed;
  await stopped;
  await expect(connectPolicy(service.port)).rejects.toThrow(/ECONNREFUSED/);
});
