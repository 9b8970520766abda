// What every page must pass, in every language: the page says its language, axe-core finds no
// WCAG 2.0/2.1 A or AA violation, and nothing needs sideways scrolling on a 360px-wide phone or
// at 200% zoom. A screenshot of each page goes to test-results/screenshots/ for people to look at.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { packageRoot } from '../../../src/paths.js';
import { DESKTOP } from './browser.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
export const screenshotDir = join(packageRoot, 'test-results/screenshots');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// 200% zoom of a 1280px window lays the page out in 640 CSS pixels, exactly as this width does.
const NARROW = [
  { width: 360, name: 'a 360px-wide screen' },
  { width: DESKTOP.width / 2, name: '200% zoom' },
];

async function axeViolations(page: Page): Promise<string[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_AA,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${node.target.join(' ')}`),
  );
}

function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/** Checks the page now shown, as `name` in `locale`, and saves its screenshots. */
export async function auditPage(page: Page, locale: string, name: string): Promise<void> {
  const where = `${locale} ${name} (${page.url()})`;
  expect(await page.locator('html').getAttribute('lang'), `${where}: html lang`).toBe(locale);
  expect(await axeViolations(page), `${where}: axe-core violations`).toEqual([]);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${locale}-${name}.png`), fullPage: true });

  for (const { width, name: view } of NARROW) {
    await page.setViewportSize({ width, height: DESKTOP.height });
    const size = await horizontalOverflow(page);
    expect(size.scrollWidth, `${where}: sideways scrolling on ${view}`).toBeLessThanOrEqual(size.clientWidth);
    if (width === 360) {
      await page.screenshot({ path: join(screenshotDir, `${locale}-${name}-360px.png`), fullPage: true });
    }
  }
  await page.setViewportSize(DESKTOP);
}
