// The abuse report form end to end: pasted headers (urlencoded) and an uploaded .eml (a real
// multipart body), the reference page, and every refusal a 4xx that says what to fix and
// leaves the table as it was.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CROSS_SITE_POST,
  postForm,
  SAME_ORIGIN_POST,
  solveBotCheck,
  startTestPortal,
  type TestPortal,
} from './support/test-portal.js';

let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal({
    env: { OWN_NETWORKS: '198.51.100.0/24', ABUSE_REPORT_MAX_BYTES: '8192', DATABASE_BUSY_TIMEOUT: '100ms' },
  });
});
afterEach(() => portal.close());

const HEADERS = [
  'Received: from relay.provider.example (relay.provider.example [198.51.100.25])',
  '\tby mx.recipient.example (Postfix) with ESMTPS id 4Bc9; Tue, 1 Dec 2026 18:02:11 +0000',
  'Received: from shop.example (customer-7.provider.example [198.51.100.77])',
  '\tby relay.provider.example with SMTP id 99F1; Tue, 1 Dec 2026 18:02:09 +0000',
  'From: sales@shop.example',
  'To: victim@recipient.example',
  'Subject: Cheap watches',
  '',
  'Buy now!',
].join('\r\n');

const reports = () => portal.db.prepare('SELECT * FROM abuse_reports ORDER BY id').all();
const table = () => JSON.stringify(reports());

interface Upload {
  name: string;
  type: string;
  data: Buffer | string;
}

/** A multipart/form-data body as a browser builds it, with its bot-check field. */
function multipartBody(fields: Record<string, string>, file?: Upload | Upload[]) {
  const boundary = '----formboundary7MA4YWxkTrZu0gW';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const one of file === undefined ? [] : Array.isArray(file) ? file : [file]) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${one.name}"\r\nContent-Type: ${one.type}\r\n\r\n`,
      ),
      Buffer.isBuffer(one.data) ? one.data : Buffer.from(one.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(
  fields: Record<string, string>,
  file?: Upload,
  options: { from?: Record<string, string>; botCheck?: string | null } = {},
) {
  const botCheck = options.botCheck === undefined ? await solveBotCheck(portal.app) : options.botCheck;
  const all = {
    ...(botCheck !== null ? { altcha: botCheck } : {}),
    ...fields,
  };
  const body = multipartBody(all, file);
  return portal.app.inject({
    method: 'POST',
    url: '/report',
    headers: { 'content-type': body.contentType, ...(options.from ?? SAME_ORIGIN_POST) },
    payload: body.payload,
  });
}

async function refused<R extends { statusCode: number; body: string }>(
  send: () => Promise<R>,
  status: number,
  text: string,
) {
  const before = table();
  const response = await send();
  expect(response.statusCode).toBe(status);
  expect(response.body).toContain(text);
  expect(table()).toBe(before);
  return response;
}

describe('the form', () => {
  it('is reachable from every page and the help, and takes uploads', async () => {
    const help = await portal.app.inject({ method: 'GET', url: '/help' });
    expect(help.body).toContain('<a href="/report">Report abuse</a>');
    const page = await portal.app.inject({ method: 'GET', url: '/report' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Report spam or abuse from our network</h1>');
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain('<altcha-widget');
    expect(page.body).toContain('at most 8 KiB');
  });

  it('files pasted headers, finds the sending IP, and shows the reference', async () => {
    const response = await postForm(portal.app, '/report', {
      category: 'spam',
      headers: HEADERS,
      description: 'Third one this week',
      email: 'Victim@Recipient.example',
    });
    expect(response.statusCode).toBe(200);
    const [row] = reports() as Array<Record<string, unknown>>;
    expect(row).toMatchObject({
      category: 'spam',
      source: 'pasted',
      reporter_email: 'Victim@recipient.example',
      description: 'Third one this week',
      message: HEADERS,
      message_bytes: Buffer.byteLength(HEADERS),
      sending_ip: '198.51.100.77',
      sending_ip_from: 'own-network',
      received_hops: 2,
      state: 'new',
      locale: 'en',
      created_at: '2026-11-24T09:00:00.000Z',
    });
    expect(row?.public_id).toMatch(/^AR-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(response.body).toContain(`Your reference is ${row?.public_id}.`);
    expect(response.body).toContain('the message was sent from 198.51.100.77');
    expect(response.body).toContain('we will write to V***@recipient.example');
    const metrics = await portal.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('delist_abuse_reports{state="new"} 1');
    expect(metrics.body).toContain('delist_form_outcomes_total{action="abuse report",outcome="filed"} 1');
    expect((await portal.app.inject({ method: 'GET', url: '/healthz' })).json().abuseReports).toEqual({
      new: 1,
    });
  });

  it('redirects after filing, so a reload files nothing, and knows only real references', async () => {
    const response = await postForm(
      portal.app,
      '/report',
      { category: 'phishing', headers: HEADERS },
      { follow: false },
    );
    expect(response.statusCode).toBe(303);
    const location = String(response.headers.location);
    expect(location).toMatch(/^\/report\/thanks\?ref=AR-/);
    const again = await portal.app.inject({ method: 'GET', url: location });
    expect(again.statusCode).toBe(200);
    expect(again.headers['cache-control']).toBe('no-store');
    expect(again.body).toContain('You gave no email address');
    expect(reports()).toHaveLength(1);
    for (const ref of ['AR-00000-00000', '1', '', '<script>']) {
      const unknown = await portal.app.inject({
        method: 'GET',
        url: `/report/thanks?ref=${encodeURIComponent(ref)}`,
      });
      expect(unknown.statusCode, ref).toBe(404);
      expect(unknown.body).toContain('We cannot find this report');
    }
  });

  it('files an uploaded .eml, with the bot check read from the multipart body', async () => {
    const response = await upload(
      { category: 'malware', description: '' },
      { name: 'spam.eml', type: 'message/rfc822', data: HEADERS },
    );
    expect(response.statusCode).toBe(303);
    expect(reports()).toMatchObject([
      {
        source: 'uploaded',
        file_name: 'spam.eml',
        category: 'malware',
        message: HEADERS,
        sending_ip: '198.51.100.77',
      },
    ]);
  });

  it('takes pasted headers sent as multipart, as a browser sends the form', async () => {
    const response = await upload(
      { category: 'other', headers: HEADERS },
      { name: '', type: 'application/octet-stream', data: '' },
    );
    expect(response.statusCode).toBe(303);
    expect(reports()).toMatchObject([{ source: 'pasted', file_name: null }]);
  });
});

describe('refusals', () => {
  it('refuses a form with nothing to report, keeping what was typed', async () => {
    const response = await refused(
      () =>
        postForm(portal.app, '/report', {
          category: 'spam',
          description: 'see attached',
          email: 'me@x.example',
        }),
      400,
      'Paste the message headers, or upload the message as an .eml file.',
    );
    expect(response.body).toContain('href="#headers"');
    expect(response.body).toContain('see attached</textarea>');
    expect(response.body).toContain('value="me@x.example"');
    expect(response.body).toContain('value="spam" id="category"\n            checked');
  });

  it('lists every problem at once, in the order of the form', async () => {
    const response = await refused(
      () => postForm(portal.app, '/report', { email: 'nope', headers: 'Dear team' }, { botCheck: null }),
      400,
      'There is a problem',
    );
    const links = [...response.body.matchAll(/<li><a href="#([a-z]+)">/g)].map((match) => match[1]);
    expect(links).toEqual(['category', 'headers', 'email', 'altcha']);
    const uploaded = await refused(
      () => upload({ category: 'spam' }, { name: 'x.eml', type: 'message/rfc822', data: 'Dear team' }),
      400,
      'This file is not an email message.',
    );
    expect(uploaded.body).toContain('href="#file"');
  });

  it('says what is wrong with each field', async () => {
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ headers: HEADERS }, 'Choose what kind of message it is.'],
      [{ headers: HEADERS, category: 'ham' }, 'Choose what kind of message it is.'],
      [{ headers: 'Hello, you sent me spam!', category: 'spam' }, 'This does not look like message headers'],
      [
        { headers: `Subject: ${'x'.repeat(9000)}`, category: 'spam' },
        'The pasted text is larger than 8 KiB.',
      ],
      [
        { headers: HEADERS, category: 'spam', description: 'y'.repeat(2001) },
        'Write at most 2000 characters.',
      ],
      [{ headers: HEADERS, category: 'spam', email: 'not an address' }, 'Enter one email address'],
      [{ headers: [HEADERS, HEADERS], category: 'spam' }, 'This does not look like message headers'],
    ];
    for (const [fields, message] of cases) {
      await refused(() => postForm(portal.app, '/report', fields), 400, message);
    }
  });

  it('refuses uploads that are no message, too large, or come with pasted headers too', async () => {
    const eml = { name: 'spam.eml', type: 'message/rfc822', data: HEADERS };
    await refused(
      () =>
        upload(
          { category: 'spam' },
          { name: 'big.eml', type: 'message/rfc822', data: `Subject: ${'x'.repeat(9000)}` },
        ),
      413,
      'The file is larger than 8 KiB.',
    );
    await refused(
      () =>
        upload(
          { category: 'spam' },
          { name: 'photo.png', type: 'image/png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
        ),
      400,
      'This file is not an email message.',
    );
    await refused(
      () =>
        upload(
          { category: 'spam' },
          {
            name: 'spam.msg',
            type: 'application/vnd.ms-outlook',
            data: Buffer.from('d0cf11e0a1b11ae10000', 'hex'),
          },
        ),
      400,
      'This is an Outlook .msg file',
    );
    await refused(() => upload({ category: 'spam', headers: HEADERS }, eml), 400, 'not both');
  });

  it('refuses a body over the limit with the form and the limit, never a 5xx', async () => {
    const huge = `category=spam&headers=${'a'.repeat(60_000)}`;
    await refused(
      () =>
        portal.app.inject({
          method: 'POST',
          url: '/report',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...SAME_ORIGIN_POST },
          payload: huge,
        }),
      413,
      'the message may be at most 8 KiB',
    );
    const twoFiles = multipartBody({ category: 'spam' }, [
      { name: 'a.eml', type: 'message/rfc822', data: HEADERS },
      { name: 'b.eml', type: 'message/rfc822', data: HEADERS },
    ]);
    const response = await portal.app.inject({
      method: 'POST',
      url: '/report',
      headers: { 'content-type': twoFiles.contentType, ...SAME_ORIGIN_POST },
      payload: twoFiles.payload,
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('the message may be at most 8 KiB');
    expect(reports()).toEqual([]);
  });

  it('answers hostile values in every field with a 4xx page, escaped, and writes nothing', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'; DROP TABLE abuse_reports; --",
      '<%= process.exit(1) %>',
      '\u0000',
      'a\u0000b',
      '\r\nSet-Cookie: evil=1',
      '__proto__',
      '\ud800',
      'x'.repeat(10_000),
    ];
    const before = table();
    for (const value of hostile) {
      const cases: Array<Record<string, string>> = [
        { category: value, headers: HEADERS },
        { category: 'spam', headers: value },
        { category: 'spam', headers: HEADERS, email: value },
        { category: 'spam', headers: HEADERS, file: value },
      ];
      for (const fields of cases) {
        const response = await postForm(portal.app, '/report', fields);
        expect(response.statusCode, JSON.stringify(fields).slice(0, 80)).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        expect(response.body).toMatch(/<h1>[^<]+<\/h1>/);
        expect(response.body).not.toContain('<script>alert');
        expect(response.body).not.toContain('<img src=x');
      }
    }
    expect(table()).toBe(before);
  });

  it('refuses a post from another site, an unsolved bot check and other content types, writing nothing', async () => {
    const fields = { category: 'spam', headers: HEADERS };
    const fromElsewhere = 'Send the form from this portal';
    await refused(
      () => postForm(portal.app, '/report', fields, { from: CROSS_SITE_POST }),
      403,
      fromElsewhere,
    );
    await refused(() => upload(fields, undefined, { from: CROSS_SITE_POST }), 403, fromElsewhere);
    await refused(
      () => postForm(portal.app, '/report', fields, { botCheck: null }),
      400,
      'Select “I am not a robot” and wait for its tick',
    );
    await refused(() => upload(fields, undefined, { botCheck: null }), 400, 'href="#altcha"');
    for (const [type, payload] of [
      ['application/json', JSON.stringify(fields)],
      ['text/plain', HEADERS],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'],
      ['multipart/form-data', 'no boundary'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\nb\r\n--x--\r\n',
      ],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.eml"\r\n\r\nSubj',
      ],
    ] as const) {
      const response = await portal.app.inject({
        method: 'POST',
        url: '/report',
        headers: { 'content-type': type },
        payload,
      });
      expect(response.statusCode, type).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, type).toBeLessThan(500);
    }
    expect(reports()).toEqual([]);
  });

  it('takes a bounded number of reports from one client a day, counted in the database', async () => {
    await portal.close();
    portal = await startTestPortal({ env: { ABUSE_REPORTS_PER_CLIENT_PER_DAY: '2' } });
    const fields = { category: 'spam', headers: HEADERS };
    for (const _ of [1, 2]) expect((await postForm(portal.app, '/report', fields)).statusCode).toBe(200);
    portal.clock.advance(60 * 60_000);
    const limited = await refused(
      () => postForm(portal.app, '/report', fields),
      429,
      'many abuse reports today',
    );
    expect(limited.headers['retry-after']).toBe(String(23 * 60 * 60));
    await portal.restart();
    await refused(() => postForm(portal.app, '/report', fields), 429, 'many abuse reports today');
    portal.clock.advance(23 * 60 * 60_000 + 1);
    expect((await postForm(portal.app, '/report', fields)).statusCode).toBe(200);
    expect(reports()).toHaveLength(3);
    expect(reports()).toMatchObject([{ client_ip: '127.0.0.1' }, {}, {}]);
  });

  it('answers 503 when the database is locked, and keeps nothing half-written', async () => {
    const other = new Database(portal.config.databasePath);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const response = await postForm(portal.app, '/report', { category: 'spam', headers: HEADERS });
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('The portal cannot take requests right now');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(reports()).toEqual([]);
  });

  it('keeps uploads off every other form', async () => {
    const body = multipartBody({ email: 'a@b.example', ip: '203.0.113.7', ack: 'yes' });
    const response = await portal.app.inject({
      method: 'POST',
      url: '/',
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(415);
  });
});
