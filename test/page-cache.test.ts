// The form page comes from a cache of rendered pages with the per-request parts spliced in; a
// person must get exactly the page a fresh render gives, with what they typed still escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/bounded-cache.js';
import { LOCALES } from '../src/i18n/index.js';
import { buildSplicedPage, splice, spliceBytes, toBytes } from '../src/web/page-cache.js';
import { pageHelpers } from '../src/web/plugins/locale.js';
import { startTestPortal, type TestPortal } from './support/test-portal.js';

const HOSTILE = `"><script>alert('x')</script>&amp;`;
const PREFILLS = ['', '203.0.113.7', '2001:DB8::1', '198.51.100.300', HOSTILE, "o'brien & <co>", ' '];
// Eta's escaping, as the templates' <%= %> applies it.
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

describe('the form page from the cache', () => {
  let cached: TestPortal;
  let fresh: TestPortal;
  beforeAll(async () => {
    cached = await startTestPortal();
    fresh = await startTestPortal({ cachePages: false });
  });
  afterAll(async () => {
    await cached.close();
    await fresh.close();
  });

  const get = (portal: TestPortal, url: string, headers: Record<string, string> = {}) =>
    portal.app.inject({ method: 'GET', url, headers });

  const cases = LOCALES.flatMap((locale) => [
    // The page most visitors get: no address, nothing spliced in.
    { locale, url: '/', headers: { 'accept-language': `${locale};q=0.9` } as Record<string, string> },
    ...PREFILLS.flatMap((ip) => [
      { locale, url: `/?lang=${locale}&ip=${encodeURIComponent(ip)}`, headers: {} as Record<string, string> },
      { locale, url: `/?ip=${encodeURIComponent(ip)}`, headers: { 'accept-language': `${locale};q=0.9` } },
    ]),
  ]);

  it.each(cases)('is byte for byte the fresh render: $url ($locale)', async ({ url, headers }) => {
    const expected = await get(fresh, url, headers);
    // The first answer is rendered, the second builds the cached page, the third comes from it.
    for (let round = 0; round < 3; round++) {
      const answer = await get(cached, url, headers);
      expect(answer.statusCode).toBe(expected.statusCode);
      expect(answer.headers['content-type']).toBe(expected.headers['content-type']);
      expect(answer.body).toBe(expected.body);
      expect(answer.body.length).toBeGreaterThan(1000);
    }
  });

  it('escapes what the sender typed, wherever the page shows it', async () => {
    await get(cached, '/?ip=198.51.100.77');
    const answer = await get(cached, `/?ip=${encodeURIComponent(HOSTILE)}`);
    expect(answer.body).not.toContain('<script>alert');
    expect(answer.body).toContain(
      'value="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;"',
    );
    // The previous visitor's address is nowhere in this one's page.
    expect(answer.body).not.toContain('198.51.100.77');
  });

  it('shows each visitor the address they came with, in the page and in the example rejection', async () => {
    for (const ip of ['203.0.113.7', '198.51.100.23']) {
      const answer = await get(cached, `/?ip=${ip}`);
      expect(answer.body).toContain(`value="${ip}"`);
      expect(answer.body).toContain(`banned sending IP [${ip}]`);
    }
  });

  it('really splices the form template rather than rendering it every time', async () => {
    const helpers = pageHelpers('en');
    const render = (data: Record<string, unknown>) =>
      cached.app.view('pages/delist-form.eta', { ...helpers, ...data });
    const data = {
      title: 'Delist',
      values: { email: '', ip: '203.0.113.7', ack: false },
      ttl: '1 day',
      delay: '1 hour',
      selfDelistLimit: 'limit',
      emailHint: 'hint',
      ndrExample: '550 [203.0.113.7]',
    };
    const fields = ['values.email', 'values.ip', 'ndrExample'];
    const page = await buildSplicedPage(render, data, fields, [false, true, true], escapeHtml);
    // The address and the example rejection each have their place in the page.
    expect(new Set(page?.slots)).toEqual(new Set([1, 2]));
  });
});

describe('splicing a rendered page', () => {
  const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const fields = ['token', 'who.name'];

  it('puts the escaped values where the template printed them', async () => {
    const render = async (data: Record<string, unknown>) => {
      const who = data.who as { name: string };
      return `<p>${escapeText(String(data.token))}</p><b>日本語 ${escapeText(who.name)}</b>${escapeText(String(data.token))}`;
    };
    const data = { token: 'x', who: { name: 'y' } };
    const page = await buildSplicedPage(render, data, fields, [true, true], escapeText);
    if (!page) throw new Error('the page was not spliced');
    const values = ['t<1>', `a"b'c 한국어`];
    const expected = await render({ token: values[0], who: { name: values[1] } });
    expect(splice(page, values.map(escapeText))).toBe(expected);
    // What is sent: the same text as UTF-8.
    expect(spliceBytes(toBytes(page), values.map(escapeText))).toEqual(Buffer.from(expected, 'utf8'));
  });

  it('answers a page with no field in it as the page itself', async () => {
    const render = async () => '<p>the same for everyone, 日本語</p>';
    const page = await buildSplicedPage(render, {}, [], [], escapeText);
    if (!page) throw new Error('the page was not kept');
    expect(splice(page, [])).toBe(await render());
    expect(spliceBytes(toBytes(page), [])).toEqual(Buffer.from(await render(), 'utf8'));
  });

  it.each([
    ['prints a field raw', (d: Record<string, unknown>) => `<p>${String(d.token)}</p>`],
    [
      'encodes a field as JSON',
      (d: Record<string, unknown>) => `<p>${escapeText(JSON.stringify(d.token))}</p>`,
    ],
    [
      'changes a field',
      (d: Record<string, unknown>) => `<p>${escapeText(String(d.token).toUpperCase())}</p>`,
    ],
    [
      'shows something else for a long field',
      (d: Record<string, unknown>) =>
        `<p>${String(d.token).length > 25 ? 'long' : escapeText(String(d.token))}</p>`,
    ],
  ])('refuses a template that %s', async (_what, render) => {
    const page = await buildSplicedPage(
      async (d) => render(d),
      { token: 'x' },
      ['token'],
      [true],
      escapeText,
    );
    expect(page).toBeUndefined();
  });

  it('keeps a bounded number of pages, dropping the oldest', () => {
    const cache = new BoundedCache<number>(3);
    for (let index = 0; index < 5; index++) cache.set(`page ${index}`, index);
    expect(cache.size).toBe(3);
    expect(cache.has('page 1')).toBe(false);
    expect(cache.get('page 4')).toBe(4);
  });
});
