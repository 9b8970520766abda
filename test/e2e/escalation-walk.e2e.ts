// A listing the portal may not remove (blocked with --no-self-service), as its sender meets it in
// every language: the delist form's answer, the review form sent empty and then filled in, the
// email's link and the Send to our staff button. Every page is checked with axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, translator } from '../../src/i18n/translate.js';
import { connectChromium, personAt } from './support/browser.js';
import {
  clickThrough,
  followEmailLink,
  openEmailTo,
  passBotCheck,
  sendDelistForm,
} from './support/delist-steps.js';
import { focused } from './support/keyboard.js';
import { auditPage } from './support/page-audit.js';
import { type PortalProcess, startPortal } from './support/portal-process.js';

let portal: PortalProcess;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), connectChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe.each(LOCALES.map((locale, index) => ({ locale, index })))('in $locale', ({ locale, index }) => {
  const t = translator(locale);

  it('a sender whose listing needs staff sends it to review through the form and the emailed link', async () => {
    const ip = `203.0.113.${100 + index}`;
    const email = `review.${locale.toLowerCase()}@example.net`;
    portal.block(ip, '--no-self-service');
    const person = await personAt(browser, locale);
    const { page } = person;
    const heading = async () => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

    await page.goto(`${portal.url}/?lang=${locale}`);
    await sendDelistForm(page, t, email, ip);
    expect(await heading()).toBe(t('networkListed.title', { ip }));
    await auditPage(page, locale, 'no-self-service');

    await clickThrough(page, page.getByRole('link', { name: t('escalate.link') }));
    expect(await heading()).toBe(t('escalate.title'));
    expect(await page.getByLabel(t('form.ip'), { exact: true }).inputValue()).toBe(ip);
    await auditPage(page, locale, 'escalate');

    // Sent without an email or a description: the summary takes the focus and leads to the fields.
    await clickThrough(page, page.getByRole('button', { name: t('escalate.submit') }));
    await expect
      .poll(async () => (await focused(page)).id, { message: 'focus on the summary' })
      .toBe('error-summary');
    await auditPage(page, locale, 'escalate-errors');
    for (const field of ['email', 'description']) {
      await page.getByRole('alert').locator(`a[href="#${field}"]`).click();
      expect((await focused(page)).id).toBe(field);
    }

    await page.getByLabel(t('form.email'), { exact: true }).fill(email);
    await page
      .getByLabel(t('escalate.description'), { exact: true })
      .fill('We closed the open relay on our server.');
    await passBotCheck(page, t);
    await clickThrough(page, page.getByRole('button', { name: t('escalate.submit') }));
    expect(await heading()).toBe(t('queued.title'));
    await auditPage(page, locale, 'escalate-sent');

    await openEmailTo(page, portal.url, email);
    await followEmailLink(page, '/escalation');
    expect(await heading()).toBe(t('escalation.title', { ip }));
    await auditPage(page, locale, 'escalation');
    await passBotCheck(page, t);
    await clickThrough(page, page.getByRole('button', { name: t('escalation.button') }));
    expect(await heading()).toBe(t('escalation.verified.title'));
    await auditPage(page, locale, 'escalation-sent');

    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
