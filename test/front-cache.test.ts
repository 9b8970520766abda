// The form as most visitors first see it is answered from memory before routing, and the lookup
// API with its kept headers and a body made per request: a visitor must get exactly what Fastify
// gives for the same request, every other request must still reach Fastify, and each answer must
// be logged and counted like any other.
import { execFile } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../src/i18n/index.js';
import { loggerOptions } from '../src/logging.js';
import { packageRoot } from '../src/paths.js';
import { sameOriginPost } from './support/http-browser.js';
import { logLines, REQUEST_LINE_FIELDS } from './support/log-lines.js';
import { listNetwork, startTestPortal, type TestPortal } from './support/test-portal.js';

// Headers Node writes for the connection and the moment, not the page.
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function pageHeaders(headers: Headers | Record<string, unknown>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(
    entries
      .filter(([name]) => !PER_CONNECTION.has(name.toLowerCase()))
      .map(([name, value]) => [name, String(value)]),
  );
}

function statusOfGetWithBody(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      url,
      { method: 'GET', headers: { 'content-type': 'text/plain', 'content-length': '5' } },
      (answer) => {
        answer.resume();
        answer.on('end', () => resolve(answer.statusCode));
      },
    );
    sent.on('error', reject);
    sent.end('hello');
  });
}

let portal: TestPortal | undefined;
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

async function listening(options: Parameters<typeof startTestPortal>[0] = {}) {
  portal = await startTestPortal(options);
  await portal.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = portal.app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const fromMemory = async () => {
    const metrics = await (await fetch(`${base}/metrics`)).text();
    return Number(/^delist_http_front_cache_answers_total (\d+)$/m.exec(metrics)?.[1] ?? Number.NaN);
  };
  return { app: portal.app, base, fromMemory };
}

describe('the front cache', () => {
  it('answers a first visit in each language from memory with what Fastify answers', async () => {
    const { app, base, fromMemory } = await listening();
    for (const locale of LOCALES) {
      const headers = { 'accept-language': `${locale};q=0.9` };
      const first = await fetch(`${base}/`, { headers });
      const firstBody = await first.text();
      const before = await fromMemory();
      const again = await fetch(`${base}/`, { headers });
      const againBody = await again.text();
      expect(await fromMemory(), locale).toBe(before + 1);

      // Fastify's own answer to the same request now (inject never reaches the front cache).
      const fastify = await app.inject({ method: 'GET', url: '/', headers });
      expect(again.status).toBe(200);
      expect(pageHeaders(again.headers)).toEqual(pageHeaders(fastify.headers));
      expect(againBody).toBe(fastify.body);
      expect(againBody).toBe(firstBody);
      expect(again.headers.get('content-language')).toBe(locale);
      expect(again.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(again.headers.get('date')).not.toBeNull();
    }
  });

  it('answers from memory in the language the cookie chose', async () => {
    const { base, fromMemory } = await listening();
    const headers = { cookie: 'other=1; lang=ja', 'accept-language': 'sv' };
    await fetch(`${base}/`, { headers });
    const before = await fromMemory();
    const again = await fetch(`${base}/`, { headers });
    expect(again.headers.get('content-language')).toBe('ja');
    expect(await again.text()).toContain('lang="ja"');
    expect(await fromMemory()).toBe(before + 1);
  });

  it('leaves every other request to Fastify, which answers it as before', async () => {
    const { base, fromMemory } = await listening();
    const headers = { 'accept-language': 'en' };
    await fetch(`${base}/`, { headers });
    await fetch(`${base}/`, { headers });
    const before = await fromMemory();

    // A prefilled address (a DNSBL's link) is on the page.
    const prefilled = await fetch(`${base}/?ip=192.0.2.45`, { headers });
    expect(await prefilled.text()).toContain('value="192.0.2.45"');
    // A language picked by a link is remembered with a cookie.
    const picked = await fetch(`${base}/?lang=sv`, { headers });
    expect(picked.headers.get('set-cookie')).toMatch(/^lang=sv;/);
    expect(picked.headers.get('content-language')).toBe('sv');
    // HEAD gets the headers without the page.
    const head = await fetch(`${base}/`, { method: 'HEAD', headers });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    // A post is checked and answered by the route (here: the fields are missing).
    const post = await fetch(`${base}/`, {
      method: 'POST',
      headers: { ...headers, ...sameOriginPost(base), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=&ip=',
    });
    expect(post.status).toBe(400);
    // A GET with a body is Fastify's to judge (fetch sends none, so a plain client does).
    expect(await statusOfGetWithBody(`${base}/`)).toBe(200);
    // Other pages.
    expect((await fetch(`${base}/help`, { headers })).status).toBe(200);

    expect(await fromMemory()).toBe(before);
  });

  it('logs each answer from memory as Fastify logs its own, with its own request id', async () => {
    const { lines, stream } = logLines();
    const { base } = await listening({
      logger: { ...loggerOptions('info'), stream },
      env: { TRUST_PROXY: 'true' },
    });
    const headers = { 'accept-language': 'en', 'x-forwarded-for': '198.51.100.23' };
    for (let visit = 0; visit < 3; visit++) await fetch(`${base}/`, { headers });
    const requests = lines
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'request completed' && entry.req.url === '/');
    expect(requests).toHaveLength(3);
    for (const entry of requests) {
      expect(Object.keys(entry)).toEqual(REQUEST_LINE_FIELDS);
      expect(entry.req).toEqual({ method: 'GET', url: '/', remoteAddress: '198.51.100.23' });
      expect(entry.res).toEqual({ statusCode: 200 });
      expect(typeof entry.responseTime).toBe('number');
    }
    expect(new Set(requests.map((entry) => entry.reqId)).size).toBe(3);
  });

  it('counts answers from memory with the route’s others', async () => {
    const { base, fromMemory } = await listening();
    for (let visit = 0; visit < 4; visit++) await fetch(`${base}/`);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^delist_http_responses_total\{route="\/",status="2xx"\} 4$/m);
    expect(await fromMemory()).toBe(3);
  });

  it('keeps nothing when pages are not cached (every page rendered afresh)', async () => {
    const { base, fromMemory } = await listening({ cachePages: false });
    for (let visit = 0; visit < 3; visit++) expect((await fetch(`${base}/`)).status).toBe(200);
    expect(await fromMemory()).toBe(0);
  });
});

describe('the lookup API before routing', () => {
  const lookup = (base: string, ip: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/v1/lookup/${ip}`, { headers });

  it('answers with the headers Fastify gave and the body of a lookup made now', async () => {
    const { app, base, fromMemory } = await listening();
    listNetwork({ app }, '203.0.113.0/24');
    listNetwork({ app }, '2001:db8:7::/48');
    // Fastify's first answer shows what the headers are.
    expect((await lookup(base, '192.0.2.1')).status).toBe(200);
    for (const ip of [
      '203.0.113.7',
      '198.51.100.9',
      '2001:db8:7::25',
      '2001:DB8:7::26',
      '::ffff:203.0.113.8',
    ]) {
      const before = await fromMemory();
      const answer = await lookup(base, ip);
      expect(await fromMemory(), ip).toBe(before + 1);
      const fastify = await app.inject({ method: 'GET', url: `/api/v1/lookup/${ip}` });
      expect(answer.status).toBe(200);
      expect(pageHeaders(answer.headers)).toEqual(pageHeaders(fastify.headers));
      expect(await answer.text(), ip).toBe(fastify.body);
    }
    const listed = (await (await lookup(base, '203.0.113.7')).json()) as { listed: boolean };
    expect(listed.listed).toBe(true);
    // Counted with the route’s answers: six before routing, six by Fastify (its first, the injected).
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      /^delist_http_responses_total\{route="\/api\/v1\/lookup\/:ip",status="2xx"\} 12$/m,
    );
  });

  it('sees a block made by the CLI process in the next answer', async () => {
    const { base, fromMemory } = await listening();
    const listed = async (ip: string) =>
      ((await (await lookup(base, ip)).json()) as { listed: boolean }).listed;
    expect(await listed('203.0.113.7')).toBe(false);
    const before = await fromMemory();
    await promisify(execFile)(
      process.execPath,
      [join(packageRoot, 'dist/src/cli/main.js'), 'block', '203.0.113.0/24', '--reason', 'snowshoe'],
      { env: { PATH: process.env.PATH ?? '', DATABASE_PATH: portal?.config.databasePath ?? '' } },
    );
    expect(await listed('203.0.113.7')).toBe(true);
    expect(await fromMemory()).toBe(before + 1);
  });

  it('leaves to Fastify what needs decoding, checking or an error answer', async () => {
    const { base, fromMemory } = await listening();
    await lookup(base, '192.0.2.1');
    const before = await fromMemory();
    // Not an address the list can hold: the route's 400, in the language asked for.
    const bad = await lookup(base, '999.1.1.1', { 'accept-language': 'sv' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid-ip');
    // Percent-encoded (a zone id, an encoded colon), with a query, with a trailing slash.
    expect((await lookup(base, '2001%3Adb8%3A%3A1')).status).toBe(200);
    expect((await lookup(base, 'fe80::1%25eth0')).status).toBe(400);
    expect((await lookup(base, '192.0.2.1?x=1')).status).toBe(200);
    expect((await lookup(base, '192.0.2.1/')).status).toBe(404);
    expect((await fetch(`${base}/api/v1/lookup/192.0.2.1`, { method: 'HEAD' })).status).toBe(200);
    expect(await fromMemory()).toBe(before);
  });

  it('leaves a lookup that fails to Fastify, which gives the failure its answer', async () => {
    const { app, base, fromMemory } = await listening();
    listNetwork({ app }, '203.0.113.0/24');
    await lookup(base, '192.0.2.1');
    const before = await fromMemory();
    // A listed network's row is read from SQLite the first time it is asked about.
    portal?.db.close();
    const answer = await lookup(base, '203.0.113.7');
    const fastify = await app.inject({ method: 'GET', url: '/api/v1/lookup/203.0.113.7' });
    expect(answer.status).toBe(500);
    expect(answer.status).toBe(fastify.statusCode);
    expect(answer.headers.get('content-type')).toMatch(/^application\/(problem\+)?json/);
    expect(await answer.text()).toBe(fastify.body);
    expect(await fromMemory()).toBe(before);
  });
});
