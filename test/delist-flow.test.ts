// The whole delist flow through HTTP, with a real SQLite file, a real SMTP server receiving the
// confirmation email, and a clock the test moves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSenderAddress } from '../src/blocklist/index.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import {
  CROSS_SITE_POST,
  confirmationPath,
  listNetwork,
  pressDelist,
  snapshot,
  solveBotCheck,
  startTestPortal,
  submitForm,
  type TestPortal,
  tokenOf,
} from './support/test-portal.js';

const HOUR = 3_600_000;
const address = (ip: string) => {
  const parsed = parseSenderAddress(ip);
  if (!parsed.ok) throw new Error(ip);
  return parsed.value;
};

let smtp: SmtpSink;
let portal: TestPortal;

beforeEach(async () => {
  smtp = await startSmtpSink();
  portal = await startTestPortal({ smtpUrl: smtp.url });
  listNetwork(portal, '203.0.113.7/32', 'spam trap hits');
});

afterEach(async () => {
  await portal.close();
  await smtp.stop();
});

/** Submits the form for 203.0.113.7 and returns the confirmation link from the email that arrives. */
async function requestLink(fields: Record<string, string> = {}) {
  const response = await submitForm(portal.app, {
    email: 'postmaster@sender.example',
    ip: '203.0.113.7',
    ack: 'yes',
    ...fields,
  });
  expect(response.statusCode).toBe(200);
  const mail = await smtp.waitForMail(smtp.mails.length + 1);
  // The outbox records the email as sent just after the server took it.
  await portal.app.portal.outboxSender.idle();
  return { response, mail, path: confirmationPath(mail) };
}

const isListed = (ip: string) => portal.app.portal.blocklist.isListed(address(ip));

describe('the happy path', () => {
  it('takes a sender from the form to the IP leaving the list exactly at the delay', async () => {
    const form = await portal.app.inject({ method: 'GET', url: '/' });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="email"');
    expect(form.body).toContain(
      'I have made sure that mail from this IP address will not be abusive or malicious.',
    );

    const { response, mail, path } = await requestLink();
    expect(response.body).toContain('Check your email');
    expect(response.body).toContain('postmaster@sender.example');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('postmaster@sender.example');
    expect(mail.subject).toBe('Confirm the removal of 203.0.113.7 from the blocked senders list');
    expect(mail.html).toContain('href="http://portal.test/confirm?token=');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');

    const confirmPage = await portal.app.inject({ method: 'GET', url: path });
    expect(confirmPage.statusCode).toBe(200);
    expect(confirmPage.headers['referrer-policy']).toBe('no-referrer');
    expect(confirmPage.body).toContain('203.0.113.7');
    expect(confirmPage.body).toContain('p***@sender.example');
    expect(confirmPage.body).not.toContain('postmaster@sender.example');
    expect(confirmPage.body).toContain('>Delist IP</button>');

    portal.clock.advance(5 * 60_000);
    const clickedAt = portal.clock.now();
    const done = await pressDelist(portal.app, tokenOf(path));
    expect(done.statusCode).toBe(200);
    const delistAt = new Date(clickedAt + HOUR).toISOString();
    expect(done.body).toContain('203.0.113.7 will be removed');
    expect(done.body).toContain(`datetime="${delistAt}"`);
    expect(done.body).toContain('Nov 24, 2026, 10:05:00 AM UTC');

    portal.clock.set(clickedAt + HOUR - 1);
    expect(isListed('203.0.113.7')).toBe(true);
    portal.clock.set(clickedAt + HOUR);
    expect(isListed('203.0.113.7')).toBe(false);

    // The sweeper only tidies: the row moves to the history, the request is finished.
    expect(portal.app.portal.sweeper.sweep()).toEqual({
      removed: 1,
      delisted: 1,
      expired: 0,
      escalationsExpired: 0,
    });
    const history = portal.db
      .prepare('SELECT action, actor, effective_at AS effectiveAt FROM blocklist_history ORDER BY id')
      .all();
    expect(history).toEqual([
      { action: 'listed', actor: 'cli:test', effectiveAt: '2026-11-24T09:00:00.000Z' },
      { action: 'removal_scheduled', actor: 'sender', effectiveAt: delistAt },
      { action: 'removed', actor: 'sweeper', effectiveAt: delistAt },
    ]);
    const request = portal.db.prepare('SELECT state, finished_at AS finishedAt FROM delist_requests').get();
    expect(request).toEqual({ state: 'delisted', finishedAt: delistAt });
  });

  it('removes the IP at once when DELIST_DELAY is 0', async () => {
    await portal.close();
    portal = await startTestPortal({ smtpUrl: smtp.url, env: { DELIST_DELAY: '0' } });
    listNetwork(portal, '203.0.113.7/32', 'x');
    const { path } = await requestLink();
    expect(isListed('203.0.113.7')).toBe(true);
    await pressDelist(portal.app, tokenOf(path));
    expect(isListed('203.0.113.7')).toBe(false);
  });
});

describe('the form', () => {
  it('is pre-filled from ?ip= (the link a DNSBL answer gives) and shows the NDR senders receive', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/?ip=198.51.100.23' });
    expect(response.body).toContain('value="198.51.100.23"');
    expect(response.body).toContain(
      '550 5.7.606 Access denied, banned sending IP [198.51.100.23]; To request removal from this list please visit http://portal.test/ and follow the directions.',
    );
  });

  it('is served with a strict CSP, no Referer and no cookie, and has nothing inline', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    // A first visit leaves nothing behind: no secret is made for a form.
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(response.body).not.toMatch(/\sstyle=/);
  });

  it('never puts a typed value that is not an address into the NDR example', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/?ip=%3Cb%3Ehi' });
    expect(response.body).toContain('value="&lt;b&gt;hi"');
    expect(response.body).toContain('banned sending IP [203.0.113.7]');
    expect(response.body).not.toContain('<b>hi');
  });
});

describe('posts that arrive together', () => {
  it('accepts each one, with a request and an email of its own', async () => {
    const ips = ['203.0.113.20', '203.0.113.21', '203.0.113.22', '203.0.113.23', '203.0.113.24'];
    for (const ip of ips) listNetwork(portal, `${ip}/32`, 'spam trap hits');
    // Solved first, so that the posts themselves arrive at the same moment.
    const solutions = await Promise.all(ips.map(() => solveBotCheck(portal.app)));
    const answers = await Promise.all(
      ips.map((ip, n) =>
        submitForm(
          portal.app,
          { email: `postmaster${n}@sender.example`, ip, ack: 'yes' },
          { botCheck: solutions[n] as string, follow: false },
        ),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(ips.map(() => 303));
    expect(new Set(answers.map((answer) => answer.headers.location)).size).toBe(ips.length);
    await smtp.waitForMail(ips.length);
    const recipients = smtp.mails.map((mail) => (Array.isArray(mail.to) ? '' : mail.to?.text)).sort();
    expect(recipients).toEqual(ips.map((_, n) => `postmaster${n}@sender.example`));
    expect(new Set(smtp.mails.map(confirmationPath)).size).toBe(ips.length);
    const stored = portal.db.prepare("SELECT ip FROM delist_requests WHERE state = 'pending' ORDER BY ip");
    expect(stored.pluck().all()).toEqual(ips);
  });
});

describe('answers that send nothing', () => {
  it('says an IP that is not listed has nothing to remove, and sends no email', async () => {
    const before = snapshot(portal.db);
    const response = await submitForm(portal.app, {
      email: 'a@sender.example',
      ip: '198.51.100.9',
      ack: 'yes',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('198.51.100.9 is not on the blocked senders list');
    expect(snapshot(portal.db)).toBe(before);
    await portal.app.portal.outboxSender.flush();
    expect(smtp.mails).toHaveLength(0);
  });

  it('does not offer self-service for an address listed as part of a network', async () => {
    listNetwork(portal, '198.51.100.0/24', 'x');
    const before = snapshot(portal.db);
    const response = await submitForm(portal.app, {
      email: 'a@sender.example',
      ip: '198.51.100.9',
      ack: 'yes',
    });
    expect(response.body).toContain('198.51.100.9 cannot be removed here');
    expect(response.body).toContain('198.51.100.0/24');
    expect(snapshot(portal.db)).toBe(before);
  });

  it('says so when the removal is already scheduled, without another email', async () => {
    const { path } = await requestLink();
    await pressDelist(portal.app, tokenOf(path));
    const before = snapshot(portal.db);
    const response = await submitForm(portal.app, {
      email: 'b@sender.example',
      ip: '203.0.113.7',
      ack: 'yes',
    });
    expect(response.body).toContain('203.0.113.7 is already leaving the list');
    // Nobody learns who else asked.
    expect(response.body).not.toContain('postmaster');
    expect(response.body).not.toContain('p***@');
    expect(snapshot(portal.db)).toBe(before);
  });
});

describe('bad input', () => {
  const valid = { email: 'postmaster@sender.example', ip: '203.0.113.7', ack: 'yes' };
  it.each([
    [{ email: '' }, 'Enter an email address.'],
    [{ email: 'not-an-address' }, 'Enter one email address in the form name@example.com'],
    [{ email: 'Alice <alice@sender.example>' }, 'Enter one email address in the form name@example.com'],
    [{ email: 'a@b.example,c@d.example' }, 'Enter one email address in the form name@example.com'],
    [{ email: 'a@b.example\r\nBcc: x@y.example' }, 'Enter one email address in the form name@example.com'],
    [{ email: `${'a'.repeat(250)}@b.example` }, 'Enter an email address of at most 254 characters'],
    [{ ip: '' }, 'Enter the IP address shown in square brackets'],
    [{ ip: '0x7f.1' }, 'Write an IPv4 address as four numbers'],
    [{ ip: '010.0.0.1' }, 'Write an IPv4 address as four numbers'],
    [{ ip: '1.2.3' }, 'Write an IPv4 address as four numbers'],
    [{ ip: '203.0.113.7/24' }, 'Enter a single IP address, not a range'],
    [{ ip: '203.0.113.7,198.51.100.1' }, 'Enter one IP address only.'],
    [{ ip: 'fe80::1%eth0' }, 'Remove the zone'],
    [{ ip: '10.1.2.3' }, 'This is a private address'],
    [{ ip: '192.168.0.1' }, 'This is a private address'],
    [{ ip: '127.0.0.1' }, 'This is a loopback address'],
    [{ ip: '::ffff:127.0.0.1' }, 'This is a loopback address'],
    [{ ip: '169.254.0.1' }, 'This is a link-local address'],
    [{ ip: '224.0.0.5' }, 'This is a multicast address'],
    [{ ip: '240.0.0.1' }, 'This address is reserved'],
    [{ ip: 'mail.example.com' }, 'This is not an IP address.'],
    [{ ack: '' }, 'Confirm that mail from this IP address will not be abusive or malicious.'],
  ])('refuses %o with a message beside the field and writes nothing', async (change, message) => {
    const before = snapshot(portal.db);
    const response = await submitForm(portal.app, { ...valid, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain(message);
    expect(response.body).toContain('aria-invalid="true"');
    expect(snapshot(portal.db)).toBe(before);
  });

  it('keeps what the sender typed, escaped', async () => {
    const response = await submitForm(portal.app, { email: '<script>x</script>', ip: '"><b>', ack: 'yes' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
    expect(response.body).toContain('value="&quot;&gt;&lt;b&gt;"');
    expect(response.body).not.toContain('<script>x');
  });

  it('refuses a field sent twice', async () => {
    const before = snapshot(portal.db);
    const response = await submitForm(portal.app, { ...valid, ip: ['203.0.113.7', '198.51.100.1'] });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter one IP address only.');
    expect(snapshot(portal.db)).toBe(before);
  });

  it.each([
    ['Fetch Metadata saying it came from this origin', { 'sec-fetch-site': 'same-origin' }],
    ['Fetch Metadata saying the person sent it themselves', { 'sec-fetch-site': 'none' }],
    ['only the public origin (an older browser)', { origin: 'http://portal.test' }],
    ['only the origin it was asked at (behind a proxy)', { origin: 'http://localhost:80' }],
    ['no browser headers at all (a script)', {}],
    ['a leftover cookie of an older version', { cookie: '_csrf=m1XzQ8pZ3p0Vb3dYQ4uHcWZ1' }],
  ])('takes a form sent with %s, with no cookie needed', async (_name, from) => {
    const response = await submitForm(portal.app, { ...valid, ip: '192.0.2.200' }, { from });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('is not on the blocked senders list');
  });

  it('accepts an IPv4-mapped IPv6 address as the IPv4 address', async () => {
    const response = await submitForm(portal.app, { ...valid, ip: '::ffff:203.0.113.7' });
    expect(response.body).toContain('Check your email');
    const mail = await smtp.waitForMail();
    expect(mail.subject).toContain('203.0.113.7');
  });

  it.each([
    ['a JSON body', 'application/json', '{"email":"a@b.example"}', 400],
    ['an unknown content type', 'text/xml', '<a/>', 415],
    ['an oversized body', 'application/x-www-form-urlencoded', `email=${'a'.repeat(70_000)}`, 413],
  ])('answers %s with a 4xx page and writes nothing', async (_name, type, payload, status) => {
    const before = snapshot(portal.db);
    const response = await portal.app.inject({
      method: 'POST',
      url: '/',
      headers: { 'content-type': type },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('text/html');
    expect(snapshot(portal.db)).toBe(before);
  });

  it.each([
    ['a page of another site', CROSS_SITE_POST],
    ['a page of a sibling site', { 'sec-fetch-site': 'same-site', origin: 'http://other.portal.test' }],
    ['an older browser on another site', { origin: 'https://forms.attacker.example' }],
    ['an older browser on this host but over https', { origin: 'https://portal.test' }],
    ['a sandboxed frame (Origin: null)', { origin: 'null' }],
    ['an unknown Fetch Metadata value', { 'sec-fetch-site': 'cross-origin', origin: 'http://portal.test' }],
  ])('refuses a form sent from %s, and writes nothing', async (_name, from) => {
    const before = snapshot(portal.db);
    const response = await submitForm(portal.app, valid, { from });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Send the form from this portal');
    expect(response.body).toContain('This form came from another website');
    expect(snapshot(portal.db)).toBe(before);
  });

  it('refuses a cross-site post before reading its body, however large', async () => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...CROSS_SITE_POST },
      payload: `email=${'a'.repeat(70_000)}`,
    });
    expect(response.statusCode).toBe(403);
  });

  it('answers an unknown page with 404', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
  });
});
