// The whole flow as a sender takes it, in every language: the form, the status page, the email
// in the capture mailbox, its link, Delist IP, the time it leaves, and the lookup page. Once with
// a mouse, checking every page with axe; once with the keyboard only.
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Translate, translator } from '../../src/i18n/translate.js';
import { connectChromium, type Person, personAt } from './support/browser.js';
import {
  clickThrough,
  followEmailLink,
  openEmailTo,
  passBotCheck,
  sendDelistForm,
} from './support/delist-steps.js';
import { focused, tabTo } from './support/keyboard.js';
import { auditPage } from './support/page-audit.js';
import { type PortalProcess, startPortal } from './support/portal-process.js';

const HOUR = 3_600_000;
let portal: PortalProcess;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ DELIST_DELAY: '1h' }), connectChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

/** Each walk removes its own address, so walks never meet. */
function listedAddress(index: number): string {
  const ip = `203.0.113.${10 + index}`;
  portal.block(ip);
  return ip;
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
}

/** The removal time the confirmation page shows, and that the list holds. */
async function expectRemovalAbout(page: Page, ip: string, pressedAt: number) {
  const shown = Date.parse((await page.locator('.when time').getAttribute('datetime')) ?? '');
  expect(shown).toBeGreaterThanOrEqual(pressedAt + HOUR);
  expect(shown).toBeLessThanOrEqual(Date.now() + HOUR);
  // The time again in the reader's own zone, written by the page's script.
  await page.locator('.when-local').waitFor({ state: 'visible' });
  const db = new Database(portal.databasePath, { readonly: true });
  try {
    const row = db.prepare('SELECT delist_at FROM blocked_senders WHERE network = ?').get(`${ip}/32`) as {
      delist_at: string;
    };
    expect(Date.parse(row.delist_at)).toBe(shown);
  } finally {
    db.close();
  }
}

async function expectNoProblems(person: Person) {
  expect(person.problems).toEqual([]);
  await person.context.close();
}

describe.each(LOCALES.map((locale, index) => ({ locale, index })))('in $locale', ({ locale, index }) => {
  const t: Translate = translator(locale);

  it('a sender with a mouse removes a listed address, and every page passes axe', async () => {
    const ip = listedAddress(index * 2);
    const email = `mouse.${locale.toLowerCase()}@example.net`;
    const person = await personAt(browser, locale);
    const { page } = person;

    await page.goto(`${portal.url}/?lang=${locale}`);
    expect(await heading(page)).toBe(t('form.title'));
    await auditPage(page, locale, 'form');

    await sendDelistForm(page, t, email, ip);
    expect(new URL(page.url()).pathname).toBe('/request');
    expect(await heading(page)).toBe(t('status.titlePending'));
    await auditPage(page, locale, 'status');

    await openEmailTo(page, portal.url, email);
    await expect.poll(() => page.locator('.message-body').textContent()).toContain(ip);
    await auditPage(page, locale, 'email');
    await clickThrough(page, page.getByRole('link', { name: t('mailbox.back') }));
    await auditPage(page, locale, 'mailbox');
    await page.goBack();
    // The email's HTML part, as a mail program shows it. The mailbox serves it sandboxed, with no
    // script at all, so axe reads a copy of it.
    await clickThrough(page, page.getByRole('link', { name: t('mailbox.html') }));
    const mailView = await person.context.newPage();
    await mailView.setContent(await page.content());
    await auditPage(mailView, locale, 'email-html');
    await mailView.close();
    await page.goBack();

    await followEmailLink(page, '/confirm');
    expect(await heading(page)).toBe(t('confirm.title', { ip }));
    await auditPage(page, locale, 'confirm');

    await passBotCheck(page, t);
    const pressedAt = Date.now();
    await clickThrough(page, page.getByRole('button', { name: t('confirm.button') }));
    expect(await heading(page)).toBe(t('scheduled.title', { ip }));
    await expectRemovalAbout(page, ip, pressedAt);
    await auditPage(page, locale, 'delisted');

    await clickThrough(page, page.getByRole('link', { name: t('nav.lookup') }));
    await page.getByLabel(t('form.ip'), { exact: true }).fill(ip);
    await clickThrough(page, page.getByRole('button', { name: t('lookup.submit') }));
    expect((await page.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe(
      t('lookup.listed', { ip }),
    );
    await page.getByText(t('lookup.removal'), { exact: true }).waitFor();
    await auditPage(page, locale, 'lookup-leaving');

    await expectNoProblems(person);
  });

  it('a sender with only a keyboard removes a listed address, seeing where the focus is', async () => {
    const ip = listedAddress(index * 2 + 1);
    const email = `keys.${locale.toLowerCase()}@example.net`;
    const person = await personAt(browser, locale);
    const { page } = person;

    await page.goto(`${portal.url}/?lang=${locale}`);
    // The first stop is the skip link, and it skips the header.
    const skip = await tabTo(page, () => true, 1);
    expect(skip.text).toBe(t('site.skip'));
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await tabTo(page, (element) => element.id === 'email');
    await page.keyboard.type(email);
    await tabTo(page, (element) => element.id === 'ip');
    await page.keyboard.type(ip);
    await tabTo(page, (element) => element.id === 'ack');
    await page.keyboard.press('Space');
    expect(await page.getByLabel(t('form.ack'), { exact: true }).isChecked()).toBe(true);
    // The widget starts its check when its box gets focus and ticks the box when done.
    await tabTo(page, (element) => element.id.startsWith('altcha-checkbox'));
    await page.getByRole('checkbox', { name: t('botCheck.widget.verified'), checked: true }).waitFor();
    await tabTo(page, (element) => element.tag === 'button' && element.text === t('form.submit'));
    await Promise.all([page.waitForURL(/\/request\?/), page.keyboard.press('Enter')]);
    expect(await heading(page)).toBe(t('status.titlePending'));

    // The mailbox stands in for the sender's mail program: typed into the address bar.
    await openEmailTo(page, portal.url, email);
    await page.goto(`${portal.url}/dev/mailbox`);
    await tabTo(page, (element) => element.tag === 'a' && element.row.includes(email));
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await tabTo(page, (element) => element.href.includes('/confirm?'));
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await heading(page)).toBe(t('confirm.title', { ip }));

    await tabTo(page, (element) => element.id.startsWith('altcha-checkbox'));
    await page.getByRole('checkbox', { name: t('botCheck.widget.verified'), checked: true }).waitFor();
    await tabTo(page, (element) => element.tag === 'button' && element.text === t('confirm.button'));
    const pressedAt = Date.now();
    await Promise.all([page.waitForURL(/\/delist$/), page.keyboard.press('Enter')]);
    expect(await heading(page)).toBe(t('scheduled.title', { ip }));
    await expectRemovalAbout(page, ip, pressedAt);

    await tabTo(page, (element) => element.href === '/lookup');
    await Promise.all([page.waitForURL(/\/lookup$/), page.keyboard.press('Enter')]);
    await tabTo(page, (element) => element.id === 'ip');
    await page.keyboard.type(ip);
    await Promise.all([page.waitForURL(/\/lookup\?ip=/), page.keyboard.press('Enter')]);
    expect((await page.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe(
      t('lookup.listed', { ip }),
    );

    await expectNoProblems(person);
  });
});
