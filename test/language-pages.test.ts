// Every page in the reader's language: chosen by ?lang=, the cookie the switcher sets, or
// Accept-Language; the switcher on every page; refusals and limits in that language.
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogs, LOCALES, type Locale } from '../src/i18n/index.js';
import { httpBrowser } from './support/http-browser.js';
import { htmlLang, OTHERS, readable, switcher, text } from './support/page-text.js';
import { postForm, startTestPortal, type TestPortal } from './support/test-portal.js';

let portal: TestPortal;

afterEach(async () => {
  await portal.close();
});

describe('choosing the language', () => {
  beforeEach(async () => {
    portal = await startTestPortal();
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    portal.app.inject({ method: 'GET', url, headers });

  it.each(LOCALES)(
    'serves %s by ?lang=, remembers it in a cookie, and says so in <html lang>',
    async (locale) => {
      const page = await get(`/?lang=${locale}`, { 'accept-language': 'fr' });
      expect(page.statusCode).toBe(200);
      expect(htmlLang(page.body)).toBe(locale);
      expect(page.headers['content-language']).toBe(locale);
      expect(readable(page.body)).toContain(`<h1>${text(locale, 'form.title')}</h1>`);
      const cookie = page.cookies.find((c) => c.name === 'lang');
      expect(cookie).toMatchObject({ value: locale, path: '/', sameSite: 'Lax', httpOnly: true });
      expect(cookie?.maxAge).toBeGreaterThanOrEqual(365 * 24 * 3600);
      expect(cookie?.secure).toBeFalsy();
      // The only cookie the portal sets.
      expect(page.cookies.map((c) => c.name)).toEqual(['lang']);

      const next = await get('/help', { cookie: `lang=${locale}`, 'accept-language': 'en' });
      expect(htmlLang(next.body)).toBe(locale);
      expect(readable(next.body)).toContain(text(locale, 'help.codesTitle'));
    },
  );

  it('marks the language cookie Secure when the portal is served over https', async () => {
    const https = await startTestPortal({ env: { PUBLIC_URL: 'https://delist.example.net' } });
    try {
      const page = await https.app.inject({ method: 'GET', url: '/?lang=sv' });
      expect(page.cookies.find((c) => c.name === 'lang')).toMatchObject({ value: 'sv', secure: true });
    } finally {
      await https.close();
    }
  });

  it.each([
    ['zh-Hant-TW,zh;q=0.9', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK, en;q=0.5', 'zh-TW'],
    ['ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7', 'ja'],
    ['ko-KR,ko;q=0.9', 'ko'],
    ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'],
    ['fr-FR, sv-FI;q=0.7, ja;q=0.5', 'sv'],
    ['en;q=0.4, ko;q=0.8', 'ko'],
    ['zh-CN,zh;q=0.9,ja;q=0.8', 'ja'],
    ['zh-Hans-TW, sv;q=0.1', 'sv'],
    ['zh-CN', 'en'],
    ['ja;q=0, sv;q=0.5', 'sv'],
    ['*', 'en'],
  ] as const)('answers Accept-Language "%s" in %s', async (header, locale) => {
    const page = await get('/lookup', { 'accept-language': header });
    expect(htmlLang(page.body)).toBe(locale);
    expect(readable(page.body)).toContain(`<h1>${text(locale, 'lookup.title')}</h1>`);
    // Set only by a choice the reader made, never from the header.
    expect(page.cookies.find((c) => c.name === 'lang')).toBeUndefined();
  });

  it('puts ?lang= before the cookie and the cookie before Accept-Language, and ignores what it does not know', async () => {
    const [a] = OTHERS as [Locale];
    const b = 'en';
    expect(htmlLang((await get(`/?lang=${a}`, { cookie: `lang=${b}` })).body)).toBe(a);
    expect(htmlLang((await get('/', { cookie: `lang=${b}`, 'accept-language': a })).body)).toBe(b);
    expect(htmlLang((await get('/?lang=xx', { cookie: `lang=${b}` })).body)).toBe(b);
    expect(htmlLang((await get('/?lang=xx', { cookie: 'lang=<script>', 'accept-language': a })).body)).toBe(
      a,
    );
    const ignored = await get('/?lang=xx');
    expect(ignored.statusCode).toBe(200);
    expect(ignored.cookies.find((c) => c.name === 'lang')).toBeUndefined();
  });

  it.each([
    ['a huge ?lang=', `/?lang=${'j'.repeat(5000)}`, {}],
    ['?lang= twice', '/?lang=ja&lang=ko', {}],
    ['a path in ?lang=', '/?lang=..%2F..%2Fetc%2Fpasswd', {}],
    ['a script in the cookie', '/', { cookie: 'lang="><script>alert(1)</script>' }],
    ['a broken cookie', '/', { cookie: 'lang=%E0%A4%A' }],
    ['thousands of languages', '/', { 'accept-language': Array(3000).fill('xx;q=0.5').join(',') }],
    ['nonsense quality values', '/', { 'accept-language': 'ja;q=2, ko;q=-1, sv;q=abc, zh-TW;;q=' }],
  ])('answers %s with the page in English and no cookie', async (_name, url, headers) => {
    const page = await get(url, headers as Record<string, string>);
    expect(page.statusCode).toBe(200);
    expect(htmlLang(page.body)).toBe('en');
    expect(page.cookies.find((c) => c.name === 'lang')).toBeUndefined();
    expect(page.body).not.toContain('<script>alert');
  });

  it('tells caches that pages differ by language', async () => {
    for (const url of ['/', '/lookup?ip=203.0.113.7', '/api/v1/lookup/10.0.0.1', '/nowhere']) {
      const vary = String((await get(url)).headers.vary);
      expect(vary, url).toMatch(/Accept-Language/);
      expect(vary, url).toMatch(/Cookie/);
    }
  });

  it('answers the JSON API in the chosen language', async () => {
    const [locale] = OTHERS as [Locale];
    const answer = await get('/api/v1/lookup/10.0.0.1', { 'accept-language': locale });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.message).toBe(text(locale, 'error.ip.private'));
  });
});

describe('the language switcher', () => {
  beforeEach(async () => {
    portal = await startTestPortal();
  });

  it('is on every page, names each language in itself, and keeps the path and query', async () => {
    const pages = [
      ['GET', '/'],
      ['GET', '/lookup?ip=203.0.113.7'],
      ['GET', '/help'],
      ['GET', '/confirm?token=a.bc.de'],
      ['GET', '/request?token=x'],
      ['GET', '/not-me?token=x'],
      ['GET', '/escalate?ip=203.0.113.7'],
      ['GET', '/escalation?token=x'],
      ['GET', '/report'],
      ['GET', '/report/thanks?ref=x'],
      ['GET', '/no-such-page'],
      ['GET', '/dev/mailbox'],
      ['GET', '/%zz'],
    ] as const;
    for (const [method, url] of pages) {
      const page = await portal.app.inject({ method, url });
      const links = switcher(page.body);
      expect(
        links.map((link) => link.lang),
        url,
      ).toEqual([...LOCALES]);
      for (const link of links) {
        expect(link.hreflang).toBe(link.lang);
        expect(link.name).toBe(catalogs[link.lang as Locale]['language.name']);
        const target = new URL(link.href, 'http://portal.test');
        expect(target.searchParams.get('lang')).toBe(link.lang);
        expect(target.origin).toBe('http://portal.test');
        expect(target.pathname, url).toBe(new URL(url, 'http://portal.test').pathname);
      }
      expect(/aria-current="true"[^>]*>English</.test(page.body), url).toBe(true);
    }
    const [lookup] = switcher(
      (await portal.app.inject({ method: 'GET', url: '/lookup?ip=203.0.113.7' })).body,
    );
    expect(lookup?.href).toBe('/lookup?ip=203.0.113.7&lang=en');
  });

  it('never links to another site, whatever path the page was asked for with', async () => {
    // Over a real socket, so the path arrives exactly as sent (app.inject would tidy it).
    const address = await portal.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const rawGet = (path: string) =>
      new Promise<string>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, path }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () => resolve(body));
        });
        request.on('error', reject);
        request.end();
      });
    for (const path of [
      '/.//evil.example/',
      '/a/..//evil.example/x',
      '//evil.example/x',
      '/%2F%2Fevil.example',
    ]) {
      const links = switcher(await rawGet(path));
      expect(links, path).toHaveLength(LOCALES.length);
      for (const link of links) {
        expect(link.href, path).toMatch(/^\/(?![/\\])/);
        expect(new URL(link.href, 'http://portal.test').origin).toBe('http://portal.test');
      }
    }
  });

  it("gives each visitor the links of their own page, never a cached page's", async () => {
    // The form page is answered from a cache after a few visits; its links must still be each one's.
    for (let round = 0; round < 3; round++) {
      for (const ip of ['203.0.113.7', '198.51.100.23']) {
        const page = await portal.app.inject({ method: 'GET', url: `/?ip=${ip}` });
        const hrefs = switcher(page.body).map((link) => link.href);
        expect(hrefs).toEqual(LOCALES.map((locale) => `/?ip=${ip}&lang=${locale}`));
      }
    }
  });

  it('opens the same page in the language picked, and that language stays', async () => {
    const browser = httpBrowser(await portal.app.listen({ port: 0, host: '127.0.0.1' }));
    const start = await (await browser.get('/lookup?ip=203.0.113.7')).text();
    for (const locale of OTHERS) {
      const link = switcher(start).find((entry) => entry.lang === locale);
      const page = await browser.get(link?.href ?? '');
      const html = await page.text();
      expect(htmlLang(html)).toBe(locale);
      expect(readable(html)).toContain(text(locale, 'lookup.notListed', { ip: '203.0.113.7' }));
      const after = await (await browser.get('/help')).text();
      expect(htmlLang(after)).toBe(locale);
      expect(/aria-current="true"[^>]*>([^<]+)</.exec(after)?.[1]).toBe(catalogs[locale]['language.name']);
    }
  });

  it('keeps the token of a link on this portal only, and answers a POST page with its GET page', async () => {
    const confirm = await portal.app.inject({ method: 'GET', url: '/confirm?token=a.bc.de' });
    expect(confirm.headers['referrer-policy']).toBe('no-referrer');
    for (const link of switcher(confirm.body)) {
      expect(link.href.startsWith('/confirm?token=a.bc.de&lang=')).toBe(true);
    }
    // The Delist IP button's answer offers the confirmation page, with the token, in each language.
    const pressed = await postForm(portal.app, '/delist', { token: 'a.bc.de' });
    expect(pressed.statusCode).toBe(400);
    for (const link of switcher(pressed.body)) {
      expect(link.href.startsWith('/confirm?token=a.bc.de&lang=')).toBe(true);
    }
  });

  it('marks the cookie Secure when the portal is served over https', async () => {
    await portal.close();
    portal = await startTestPortal({ env: { PUBLIC_URL: 'https://delist.example.net' } });
    const page = await portal.app.inject({ method: 'GET', url: `/?lang=${OTHERS[0]}` });
    expect(page.cookies.find((c) => c.name === 'lang')?.secure).toBe(true);
  });
});

describe('refusals in the reader language', () => {
  it('shows the form errors in the language of the cookie', async () => {
    portal = await startTestPortal();
    for (const locale of OTHERS) {
      const answer = await postForm(
        portal.app,
        '/',
        { email: 'not an address', ip: '010.0.0.1' },
        { cookie: `lang=${locale}` },
      );
      expect(answer.statusCode).toBe(400);
      expect(htmlLang(answer.body)).toBe(locale);
      const page = readable(answer.body);
      expect(page).toContain(text(locale, 'form.errorSummary'));
      expect(page).toContain(text(locale, 'error.email.invalid'));
      expect(page).toContain(text(locale, 'error.ip.ipv4-spelling'));
      expect(page).toContain(text(locale, 'error.ack.required'));
      expect(page).not.toContain(text('en', 'error.ack.required'));
    }
  });

  it('shows the errors of the abuse report form in the language of the cookie', async () => {
    portal = await startTestPortal();
    for (const locale of OTHERS) {
      const answer = await postForm(
        portal.app,
        '/report',
        { headers: 'hello' },
        { cookie: `lang=${locale}` },
      );
      expect(answer.statusCode).toBe(400);
      expect(htmlLang(answer.body)).toBe(locale);
      const page = readable(answer.body);
      expect(page).toContain(text(locale, 'error.report.category'));
      expect(page).toContain(text(locale, 'error.report.headers.notAMessage'));
      expect(page).toContain(text(locale, 'report.category.phishing'));
    }
  });

  it('shows the too-many-requests page in the language of Accept-Language', async () => {
    portal = await startTestPortal({ env: { POSTS_PER_MINUTE: '1' } });
    const locale = OTHERS[OTHERS.length - 1] as Locale;
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': locale };
    await portal.app.inject({ method: 'POST', url: '/', headers, payload: 'email=x' });
    const limited = await portal.app.inject({ method: 'POST', url: '/', headers, payload: 'email=x' });
    expect(limited.statusCode).toBe(429);
    expect(htmlLang(limited.body)).toBe(locale);
    expect(readable(limited.body)).toContain(text(locale, 'limit.client'));
    expect(switcher(limited.body).map((link) => link.href)).toContain(`/?lang=${locale}`);
  });

  it('shows a problem page the router meets before any route in the language asked for', async () => {
    portal = await startTestPortal();
    const locale = OTHERS[0] as Locale;
    const page = await portal.app.inject({
      method: 'GET',
      url: '/%zz',
      headers: { cookie: `lang=${locale}` },
    });
    expect(page.statusCode).toBe(400);
    expect(htmlLang(page.body)).toBe(locale);
    expect(readable(page.body)).toContain(text(locale, 'problem.badRequest.title'));
    expect(page.headers['content-language']).toBe(locale);
  });
});
