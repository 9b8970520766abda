// A person reporting spam from our network, in a real browser: the form from the footer link,
// sent empty (the summary, its links to the fields), then with a chosen category and a saved
// .eml file, to the page with the reference; every page passes the audit, and the report is in
// the database with the sending IP read from its Received headers.
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, translator } from '../../src/i18n/translate.js';
import { connectChromium, personAt } from './support/browser.js';
import { passBotCheck } from './support/delist-steps.js';
import { focused } from './support/keyboard.js';
import { auditPage } from './support/page-audit.js';
import { type PortalProcess, startPortal } from './support/portal-process.js';

let portal: PortalProcess;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([
    startPortal({ OWN_NETWORKS: '198.51.100.0/24' }),
    connectChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

const EML = [
  'Received: from relay.provider.example (relay.provider.example [198.51.100.25]) by mx.recipient.example',
  'Received: from shop.example (shop.example [198.51.100.77]) by relay.provider.example',
  'From: sales@shop.example',
  'Subject: Cheap watches',
  '',
  'Buy now!',
].join('\r\n');

describe.each(LOCALES)('in %s', (locale) => {
  const t = translator(locale);

  it('reports an uploaded message and gets its reference', async () => {
    const person = await personAt(browser, locale);
    const { page } = person;
    await page.goto(`${portal.url}/help?lang=${locale}`);
    await page
      .locator('footer')
      .getByRole('link', { name: t('nav.report') })
      .click();
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(t('report.title'));
    await auditPage(page, locale, 'report-form');

    const [refused] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      page.getByRole('button', { name: t('report.submit') }).click(),
    ]);
    expect(refused.status()).toBe(400);
    const summary = page.getByRole('alert');
    const links = await summary
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(['#category', '#headers', '#altcha']);
    await auditPage(page, locale, 'report-errors');
    await summary.locator('a[href="#headers"]').click();
    expect((await focused(page)).id).toBe('headers');

    await page.getByLabel(t('report.category.phishing')).check();
    await page.locator('#file').setInputFiles({
      name: 'watches.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(EML),
    });
    await passBotCheck(page, t);
    const [accepted] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      page.getByRole('button', { name: t('report.submit') }).click(),
    ]);
    expect(accepted.status()).toBe(303);
    await page.waitForURL(/\/report\/thanks\?ref=AR-/);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(
      t('report.thanks.title'),
    );
    const reference = new URL(page.url()).searchParams.get('ref') ?? '';
    expect(await page.locator('main').textContent()).toContain(
      t('report.thanks.ip', { ip: '198.51.100.77' }),
    );
    await auditPage(page, locale, 'report-thanks');

    const db = new Database(portal.databasePath, { readonly: true });
    try {
      const row = db
        .prepare(
          'SELECT category, source, file_name, sending_ip, locale FROM abuse_reports WHERE public_id = ?',
        )
        .get(reference);
      expect(row).toEqual({
        category: 'phishing',
        source: 'uploaded',
        file_name: 'watches.eml',
        sending_ip: '198.51.100.77',
        locale,
      });
    } finally {
      db.close();
    }
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
