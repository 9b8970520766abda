// Reading pages the way a person does in tests about languages: the text with entities decoded,
// the page's language, a message in a language, and the language switcher's links.
import { LOCALES, type Locale, type MessageKey, translator } from '../../src/i18n/index.js';

export const OTHERS = LOCALES.filter((locale) => locale !== 'en');

/** The text of a page as a reader sees it (entities decoded), to look for sentences in it. */
export const readable = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
export const htmlLang = (html: string) => /<html lang="([^"]+)">/.exec(html)?.[1];
export const text = (locale: Locale, key: MessageKey, params?: Record<string, string>) =>
  translator(locale)(key, params);

/** The language switcher's links, each with its href (decoded), lang, hreflang and name. */
export function switcher(html: string) {
  const nav = /<nav class="languages"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(
    ([, href, lang, hreflang, name]) => ({ href: readable(href ?? ''), lang, hreflang, name }),
  );
}
