// A form sent empty, as a person would see it: the error summary comes up with focus on it, each
// of its links puts the focus in the field it is about, and the page still passes axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, translator } from '../../src/i18n/translate.js';
import { connectChromium, personAt } from './support/browser.js';
import { focused, tabTo } from './support/keyboard.js';
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

// Each summary link, and where it must put the focus: the field, or the bot check's own box.
const FIELDS = [
  { link: '#email', focus: (id: string) => id === 'email' },
  { link: '#ip', focus: (id: string) => id === 'ip' },
  { link: '#ack', focus: (id: string) => id === 'ack' },
  { link: '#altcha', focus: (id: string) => id.startsWith('altcha-checkbox') },
];

describe.each(LOCALES)('in %s', (locale) => {
  const t = translator(locale);

  it('an empty form brings up the error summary with the focus on it, and its links lead to the fields', async () => {
    const person = await personAt(browser, locale);
    const { page } = person;
    await page.goto(`${portal.url}/?lang=${locale}`);
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      page.getByRole('button', { name: t('form.submit') }).click(),
    ]);
    expect(response.status()).toBe(400);

    const summary = page.getByRole('alert');
    await expect
      .poll(async () => (await focused(page)).id, { message: 'focus on the summary' })
      .toBe('error-summary');
    expect((await summary.getByRole('heading').textContent())?.trim()).toBe(t('form.errorSummary'));
    await auditPage(page, locale, 'form-errors');

    // Each link says what the message beside its field says.
    const links = summary.getByRole('link');
    expect(
      await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))),
    ).toEqual(FIELDS.map((field) => field.link));
    for (const name of ['email', 'ip', 'ack']) {
      const beside = (await page.locator(`#${name}-error`).textContent())?.trim();
      expect((await summary.locator(`a[href="#${name}"]`).textContent())?.trim()).toBe(beside);
    }

    // From the summary, Tab reaches its first link and Enter puts the focus in the email field.
    await tabTo(page, (element) => element.href === '#email');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('email');

    for (const field of FIELDS) {
      await summary.locator(`a[href="${field.link}"]`).click();
      const id = (await focused(page)).id;
      expect(field.focus(id), `${field.link} focused ${id}`).toBe(true);
      if (field.link !== '#altcha') {
        // The field's label is scrolled into view with it, so the person sees what to type.
        await expect.poll(() => page.locator(`label[for="${id}"]`).isVisible()).toBe(true);
        const box = await page.locator(`label[for="${id}"]`).boundingBox();
        expect(box && box.y >= 0, `${field.link} label at ${JSON.stringify(box)}`).toBe(true);
      }
    }

    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
