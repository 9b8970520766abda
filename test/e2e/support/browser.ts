// A person at a browser: a fresh Chromium context (no cookies) whose language is `locale`, on the
// shared Chromium that the global setup started. Script errors and Content-Security-Policy
// refusals on any page are collected, so a test can say there were none.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const DESKTOP = { width: 1280, height: 800 };

export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Script errors and CSP refusals seen so far, on every page. */
  problems: string[];
}

export async function personAt(browser: Browser, locale: string): Promise<Person> {
  const context = await browser.newContext({ locale, viewport: DESKTOP });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) {
      problems.push(`${page.url()}: ${message.text()}`);
    }
  });
  return { context, page, problems };
}
