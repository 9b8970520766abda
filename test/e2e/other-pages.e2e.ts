// Every other page a sender can reach, in every language, checked with axe, at 360px and at 200%
// zoom: the help, the lookup page (empty, listed, not listed, a bad address), the answer for an
// address that is not listed, the 404 page, broken and expired links, and the "I did not ask for
// this" page with the page after its button. Once, in English: a form another website posts to
// the portal from a real browser is refused.
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenSigner } from '../../src/delist/tokens.js';
import { LOCALES, translator } from '../../src/i18n/translate.js';
import { connectChromium, personAt } from './support/browser.js';
import {
  clickThrough,
  followEmailLink,
  openEmailTo,
  passBotCheck,
  sendDelistForm,
} from './support/delist-steps.js';
import { auditPage } from './support/page-audit.js';
import { type PortalProcess, startPortal } from './support/portal-process.js';

// A known key, so the test can sign a link that has already expired.
const KEY = { id: 'e2e', secret: 'a-secret-for-browser-tests-only-0123456789' };
let portal: PortalProcess;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([
    startPortal({ TOKEN_KEYS: `${KEY.id}:${KEY.secret}` }),
    connectChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

it('refuses the delist form when a page of another website posts it, and writes nothing', async () => {
  const t = translator('en');
  const ip = '198.51.100.200';
  portal.block(ip);
  const person = await personAt(browser, 'en');
  const { page } = person;
  // The other website is served by the browser itself, so the post really leaves a foreign page.
  await page.route('http://forms.attacker.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Win a prize</title>
        <form method="post" action="${portal.url}/">
          <input name="email" value="victim@example.net"><input name="ip" value="${ip}">
          <input name="ack" value="yes">
        </form>
        <script>document.forms[0].submit()</script>`,
    }),
  );
  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.goto('http://forms.attacker.example/prize');
  expect((await answer).status()).toBe(403);
  await page.waitForURL(`${portal.url}/`);
  expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(
    t('problem.forbidden.title'),
  );
  const db = new Database(portal.databasePath, { readonly: true });
  try {
    expect(db.prepare('SELECT count(*) AS n FROM delist_requests WHERE ip = ?').get(ip)).toEqual({ n: 0 });
  } finally {
    db.close();
  }
  await person.context.close();
});

describe.each(LOCALES.map((locale, index) => ({ locale, index })))('in $locale', ({ locale, index }) => {
  const t = translator(locale);

  it('help, lookup, not listed, 404, broken and expired links and the decline pages pass axe', async () => {
    const listed = `198.51.100.${10 + index}`;
    const notListed = '192.0.2.99';
    const email = `other.${locale.toLowerCase()}@example.net`;
    portal.block(listed);
    const person = await personAt(browser, locale);
    const { page } = person;
    const open = async (path: string, status: number) => {
      const response = await page.goto(`${portal.url}${path}`);
      expect(response?.status(), path).toBe(status);
    };
    const heading = async (level: number) =>
      (await page.getByRole('heading', { level }).first().textContent())?.trim();

    await open(`/help?lang=${locale}`, 200);
    expect(await heading(1)).toBe(t('help.title'));
    await auditPage(page, locale, 'help');

    await open('/lookup', 200);
    expect(await heading(1)).toBe(t('lookup.title'));
    await auditPage(page, locale, 'lookup');
    await open(`/lookup?ip=${listed}`, 200);
    expect(await heading(2)).toBe(t('lookup.listed', { ip: listed }));
    await auditPage(page, locale, 'lookup-listed');
    await open(`/lookup?ip=${notListed}`, 200);
    expect(await heading(2)).toBe(t('lookup.notListed', { ip: notListed }));
    await auditPage(page, locale, 'lookup-not-listed');
    await open('/lookup?ip=10.0.0.1', 400);
    expect(await page.locator('#ip').getAttribute('aria-invalid')).toBe('true');
    await auditPage(page, locale, 'lookup-error');

    await open('/', 200);
    await sendDelistForm(page, t, email, notListed);
    expect(await heading(1)).toBe(t('notListed.title', { ip: notListed }));
    await auditPage(page, locale, 'not-listed');

    await open('/no-such-page', 404);
    expect(await heading(1)).toBe(t('problem.notFound.title'));
    await auditPage(page, locale, 'not-found');

    await open('/confirm?token=broken', 400);
    expect(await heading(1)).toBe(t('token.malformed.title'));
    await auditPage(page, locale, 'link-broken');
    const expired = createTokenSigner([KEY]).sign('confirm', 'AAAAAAAAAAAAAAAAAAAAAA', Date.now() - 60_000);
    await open(`/confirm?token=${expired}`, 410);
    expect(await heading(1)).toBe(t('token.expired.title'));
    await auditPage(page, locale, 'link-expired');

    // The person who received a confirmation email they did not ask for.
    await open('/', 200);
    await sendDelistForm(page, t, email, listed);
    await openEmailTo(page, portal.url, email);
    await followEmailLink(page, '/not-me');
    expect(await heading(1)).toBe(t('decline.title'));
    await auditPage(page, locale, 'decline');
    await passBotCheck(page, t);
    await clickThrough(page, page.getByRole('button', { name: t('decline.button') }));
    expect(await heading(1)).toBe(t('decline.done.title'));
    await auditPage(page, locale, 'declined');

    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
