// A corpus of hostile input thrown at every route: every answer is a 4xx (or, for a page that
// merely shows something, a normal page), never a 5xx, always a page that says what happened,
// and the tables a refused request must not touch stay byte-for-byte the same.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listNetwork, postForm, snapshot, startTestPortal, type TestPortal } from './support/test-portal.js';

const LONG = 'a'.repeat(10_000);
const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE blocked_senders; --",
  '"; DELETE FROM outbox; --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<%= process.exit(1) %>',
  '<%~ it.constructor.constructor("return process")().exit(1) %>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '%00',
  '\u0000',
  'a\u0000b',
  '\r\nSet-Cookie: evil=1',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%s%s%s%n',
  'null',
  'undefined',
  '[object Object]',
  '__proto__',
  'constructor',
  '\u202e\u0644\u0627',
  '\ud800',
  '🙂',
  ' ',
  '\t',
  LONG,
  '😀'.repeat(3000),
];

const IP_SPELLINGS = [
  '0x7f.1',
  '0x7f.0.0.1',
  '010.0.0.1',
  '0177.0.0.1',
  '1.2.3',
  '1.2',
  '16909060',
  '0',
  '1.2.3.4.5',
  '256.1.1.1',
  '1.2.3.-4',
  '1.2.3.4/32',
  '203.0.113.7/24',
  '203.0.113.7,198.51.100.1',
  '203.0.113.7;198.51.100.1',
  '203.0.113.7 198.51.100.1',
  '::ffff:127.0.0.1',
  '::ffff:10.0.0.1',
  '::ffff:0x7f.1',
  'fe80::1%eth0',
  'fe80::1%25eth0',
  '[2001:db8::1]',
  '2001:db8::1::2',
  '2001:db8:::1',
  ':::',
  '::',
  '::1',
  '0.0.0.0',
  '255.255.255.255',
  '127.0.0.1',
  '10.0.0.1',
  '172.16.0.1',
  '192.168.1.1',
  '100.64.0.1',
  '169.254.169.254',
  '224.0.0.1',
  '240.0.0.1',
  'fc00::1',
  'ff02::1',
  '２０３.０.１１３.７',
  '٢٠٣.٠.١١٣.٧',
  '203.0.113.７',
  '203。0。113。7',
  'localhost',
  'mail.example.com',
  'http://203.0.113.7/',
  '203.0.113.7:25',
  '1e3.0.0.1',
  '-1.0.0.1',
  '+1.0.0.1',
];

const EMAILS = [
  'plainaddress',
  '@no-local.example',
  'no-at.example',
  'two@@at.example',
  'a@b@c.example',
  'Alice <alice@sender.example>',
  '"quoted"@sender.example',
  'alice@sender.example, bob@sender.example',
  'alice@sender.example;bob@sender.example',
  'alice@sender.example\r\nBcc: victim@elsewhere.example',
  'alice@sender.example\nTo: victim@elsewhere.example',
  'alice@sender.example%0d%0aBcc:x@y.example',
  'alice@[192.0.2.1]',
  'alice@localhost',
  'alice@-bad.example',
  'alice@bad-.example',
  'alice@.example',
  'alice@sender..example',
  '.alice@sender.example',
  'alice.@sender.example',
  'al..ice@sender.example',
  'álice@sender.example',
  'alice@sender.example.',
  `${'a'.repeat(65)}@sender.example`,
  `a@${'b'.repeat(250)}.example`,
  'alice@sender.123',
];

let portal: TestPortal;

beforeAll(async () => {
  portal = await startTestPortal({ env: { POSTS_PER_MINUTE: '100000' } });
  listNetwork(portal, '203.0.113.7/32', 'spam');
});

afterAll(() => portal.close());

interface Case {
  name: string;
  send: () => Promise<{ statusCode: number; body: string }>;
  /** A page that only shows something may answer 200; everything else must be refused. */
  mayShow?: boolean;
  /** The JSON API answers { error: { code, message } } instead of a page. */
  json?: boolean;
}

const valid = { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' };
const validEscalation = { email: 'ops@sender.example', ip: '203.0.113.7', description: 'We fixed it.' };
const post = (url: string, fields: Record<string, string>) => () => postForm(portal.app, url, fields);
const get =
  (url: string, headers: Record<string, string> = {}) =>
  () =>
    portal.app.inject({ method: 'GET', url, headers });
const raw = (url: string, contentType: string, payload: string | Buffer) => () =>
  portal.app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
/** Percent-encodes; a lone surrogate becomes bytes that are not UTF-8 at all, which is worse. */
const q = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80%FF';
  }
};

function explainedInJson(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    return typeof parsed.error?.message === 'string' && parsed.error.message.length > 0;
  } catch {
    return false;
  }
}

function corpus(): Case[] {
  const cases: Case[] = [];
  for (const ip of [...IP_SPELLINGS, ...INJECTIONS]) {
    cases.push({ name: `form ip=${JSON.stringify(ip).slice(0, 40)}`, send: post('/', { ...valid, ip }) });
    cases.push({ name: `prefill ?ip=${ip.slice(0, 40)}`, send: get(`/?ip=${q(ip)}`), mayShow: true });
    cases.push({ name: `lookup ?ip=${ip.slice(0, 40)}`, send: get(`/lookup?ip=${q(ip)}`), mayShow: true });
    cases.push({
      name: `escalate ?ip=${ip.slice(0, 40)}`,
      send: get(`/escalate?ip=${q(ip)}`),
      mayShow: true,
    });
    cases.push({
      name: `escalation ip=${JSON.stringify(ip).slice(0, 40)}`,
      send: post('/escalate', { ...validEscalation, ip }),
    });
    cases.push({
      name: `API lookup ${ip.slice(0, 40)}`,
      send: get(`/api/v1/lookup/${q(ip) || '%20'}`),
      json: true,
    });
  }
  for (const email of [...EMAILS, ...INJECTIONS]) {
    cases.push({
      name: `form email=${JSON.stringify(email).slice(0, 40)}`,
      send: post('/', { ...valid, email }),
    });
    cases.push({
      name: `escalation email=${JSON.stringify(email).slice(0, 40)}`,
      send: post('/escalate', { ...validEscalation, email }),
    });
  }
  for (const description of ['', ' ', '\t', 'a\u0000b', '\u001b[31m', 'x'.repeat(4001), LONG]) {
    cases.push({
      name: `escalation description=${JSON.stringify(description).slice(0, 30)}`,
      send: post('/escalate', { ...validEscalation, description }),
    });
  }
  const reportHeaders = 'Received: from a (a [203.0.113.7]) by mx.example\nSubject: spam';
  for (const value of INJECTIONS) {
    cases.push(
      {
        name: `report category=${JSON.stringify(value).slice(0, 30)}`,
        send: post('/report', { category: value, headers: reportHeaders }),
      },
      {
        name: `report headers=${JSON.stringify(value).slice(0, 30)}`,
        send: post('/report', { category: 'spam', headers: value }),
      },
      { name: `report thanks ?ref=${value.slice(0, 30)}`, send: get(`/report/thanks?ref=${q(value)}`) },
    );
  }
  for (const email of EMAILS) {
    cases.push({
      name: `report email=${JSON.stringify(email).slice(0, 40)}`,
      send: post('/report', { category: 'spam', headers: reportHeaders, email }),
    });
  }
  for (const ack of ['', 'no', 'true', '1', 'on', 'YES', ...INJECTIONS]) {
    cases.push({ name: `form ack=${JSON.stringify(ack).slice(0, 40)}`, send: post('/', { ...valid, ack }) });
  }
  for (const token of [
    ...INJECTIONS,
    'a.b.c.d',
    'a.AAAAAAAAAAAAAAAAAAAAAA.zz.',
    `a.${'A'.repeat(22)}.1.${'A'.repeat(43)}`,
  ]) {
    for (const path of ['/confirm', '/not-me', '/request', '/escalation']) {
      cases.push({ name: `GET ${path}?token=${token.slice(0, 30)}`, send: get(`${path}?token=${q(token)}`) });
    }
    for (const action of ['/delist', '/not-me', '/request/resend', '/escalation']) {
      cases.push({ name: `POST ${action} token=${token.slice(0, 30)}`, send: post(action, { token }) });
    }
  }
  for (const value of INJECTIONS.filter((text) => !/[^\x20-\x7e]/.test(text))) {
    cases.push({
      name: `Accept-Language ${value.slice(0, 30)}`,
      send: get('/', { 'accept-language': value }),
      mayShow: true,
    });
    cases.push({ name: `?lang=${value.slice(0, 30)}`, send: get(`/?lang=${q(value)}`), mayShow: true });
    cases.push({
      name: `Cookie lang=${value.slice(0, 30)}`,
      send: () => postForm(portal.app, '/', { ...valid, ip: '' }, { cookie: `lang=${q(value)}` }),
    });
    for (const header of ['origin', 'sec-fetch-site']) {
      cases.push({
        name: `${header}: ${value.slice(0, 30)}`,
        send: () => postForm(portal.app, '/', valid, { from: { [header]: value } }),
      });
    }
    cases.push({ name: `mailbox file ${value.slice(0, 30)}`, send: get(`/dev/mailbox/${q(value)}`) });
  }
  cases.push(
    { name: 'JSON body', send: raw('/', 'application/json', JSON.stringify(valid)) },
    { name: 'broken JSON', send: raw('/', 'application/json', '{"email":') },
    { name: 'XML body', send: raw('/', 'application/xml', '<a/>') },
    { name: 'multipart body', send: raw('/', 'multipart/form-data; boundary=x', '--x\r\n\r\n--x--') },
    { name: 'text body', send: raw('/', 'text/plain', 'hello') },
    { name: 'bad percent-encoding', send: raw('/', 'application/x-www-form-urlencoded', 'email=%zz&ip=%') },
    { name: 'nested keys', send: raw('/', 'application/x-www-form-urlencoded', 'email[a][b]=1&ip[]=2') },
    {
      name: 'oversize form',
      send: raw('/', 'application/x-www-form-urlencoded', `email=${'a'.repeat(100_000)}`),
    },
    { name: 'binary body', send: raw('/', 'application/octet-stream', Buffer.alloc(1000, 0xff)) },
    { name: 'PUT /', send: () => portal.app.inject({ method: 'PUT', url: '/', payload: valid }) },
    { name: 'DELETE /confirm', send: () => portal.app.inject({ method: 'DELETE', url: '/confirm' }) },
    { name: 'unknown path', send: get('/wp-login.php') },
    { name: 'path traversal', send: get('/static/../../package.json') },
    { name: 'encoded traversal', send: get('/static/..%2f..%2fpackage.json') },
    { name: 'vendor traversal', send: get('/vendor/altcha/..%2f..%2f..%2fpackage.json') },
  );
  return cases;
}

it('answers at least 500 hostile inputs without a 5xx, with a page, and writes nothing', async () => {
  const cases = corpus();
  expect(cases.length).toBeGreaterThanOrEqual(500);
  const before = snapshot(portal.db, ['email_suppressions', 'escalations', 'abuse_reports']);
  const failures: string[] = [];
  for (const testCase of cases) {
    const response = await testCase.send();
    const status = response.statusCode;
    const allowed = testCase.mayShow
      ? status === 200 || (status >= 400 && status < 500)
      : status >= 400 && status < 500;
    if (!allowed) failures.push(`${testCase.name}: ${status}`);
    else if (testCase.json) {
      if (!explainedInJson(response.body)) failures.push(`${testCase.name}: no JSON error message`);
    } else if (!/<h1>[^<]+<\/h1>/.test(response.body))
      failures.push(`${testCase.name}: no heading in the page`);
  }
  expect(failures).toEqual([]);
  expect(snapshot(portal.db, ['email_suppressions', 'escalations', 'abuse_reports'])).toBe(before);
}, 120_000);
