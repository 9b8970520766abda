// Steps of the delist flow as a person with a mouse takes them, in the page's own language:
// find fields by their labels and buttons by their names, tick the bot check by its label.
import type { Locator, Page } from 'playwright-core';
import type { Translate } from '../../../src/i18n/translate.js';

/** Clicks a link or button and waits until the page it leads to has loaded. */
export async function clickThrough(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), target.click()]);
}

/**
 * Ticks the bot check by clicking its label, unless the widget already did it: it starts by
 * itself when anything in its form gets focus, and a click on a ticked box would untick it.
 */
export async function passBotCheck(page: Page, t: Translate): Promise<void> {
  const ticked = page.getByRole('checkbox', { name: t('botCheck.widget.verified'), checked: true });
  const label = page.getByText(t('botCheck.widget.label'), { exact: true });
  await ticked.or(label).waitFor();
  if (!(await ticked.isVisible())) await label.click();
  await ticked.waitFor();
}

/** Fills the delist form on the page shown and sends it. */
export async function sendDelistForm(page: Page, t: Translate, email: string, ip: string): Promise<void> {
  await page.getByLabel(t('form.email'), { exact: true }).fill(email);
  await page.getByLabel(t('form.ip'), { exact: true }).fill(ip);
  await page.getByLabel(t('form.ack'), { exact: true }).check();
  await passBotCheck(page, t);
  await clickThrough(page, page.getByRole('button', { name: t('form.submit') }));
}

/** Opens the capture mailbox and the newest email to `address` (waiting for the outbox to send it). */
export async function openEmailTo(page: Page, baseUrl: string, address: string): Promise<void> {
  const row = page.getByRole('row').filter({ hasText: address });
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.goto(`${baseUrl}/dev/mailbox`);
    if ((await row.count()) > 0) break;
    await page.waitForTimeout(250);
  }
  await clickThrough(page, row.first().getByRole('link'));
}

/** Clicks the link in the email shown whose path is `path` (/confirm, /not-me). */
export async function followEmailLink(page: Page, path: string): Promise<void> {
  const links = page.locator('.message-body a');
  const paths = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
  );
  const index = paths.indexOf(path);
  if (index < 0) throw new Error(`no ${path} link in the email, only ${paths.join(', ')}`);
  await clickThrough(page, links.nth(index));
}
