// The form as most visitors first see it is answered from memory before routing: a visitor must
// get exactly what Fastify gives for the same request, every other request must still reach
// Fastify, and each answer must be logged and counted like any other.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../src/i18n/index.js';
import { loggerOptions } from '../src/logging.js';
import { sameOriginPost } from './support/http-browser.js';
import { logLines, REQUEST_LINE_FIELDS } from './support/log-lines.js';
import { startTestPortal, type TestPortal } from './support/test-portal.js';

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
