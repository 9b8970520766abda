// Moving through a page with the Tab key, as a keyboard user does, checking at every stop that
// the focused element shows it: it matches :focus-visible and draws an outline or a ring.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Focused {
  tag: string;
  id: string;
  text: string;
  href: string;
  /** Text of the table row the element is in, if any. */
  row: string;
  focusVisible: boolean;
  /** An outline of at least 2px, or a box shadow, drawn around it. */
  drawn: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').trim(),
      href: element.getAttribute('href') ?? '',
      row: (element.closest('tr')?.textContent ?? '').trim(),
      focusVisible: element.matches(':focus-visible'),
      drawn: outline || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `wanted` says yes, failing if a stop has no visible focus or none matches. */
export async function tabTo(page: Page, wanted: (element: Focused) => boolean, limit = 40): Promise<Focused> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (element.tag === 'body') continue;
    const label = `${element.tag}#${element.id} "${element.text.slice(0, 40)}" on ${page.url()}`;
    expect(element.focusVisible && element.drawn, `focus visible on ${label}`).toBe(true);
    if (wanted(element)) return element;
  }
  throw new Error(`${limit} presses of Tab on ${page.url()} never reached the element wanted`);
}
