// Picks the reader's language: ?lang=, then the language cookie, then Accept-Language (by its
// quality values, first acceptable match wins), then English.
import { BoundedCache } from '../bounded-cache.js';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './translate.js';

// Chinese is matched by script, not by language: Traditional characters are the Hant script or
// a region that writes them. zh-CN, zh-SG, zh-Hans and a bare "zh" ask for Simplified characters,
// which we do not have; rather than guess, they fall through to the reader's next preference,
// and in the end to English.
const TRADITIONAL_CHINESE = new Set(['hant', 'tw', 'hk', 'mo']);

/** Our language for one tag of Accept-Language ("ja-JP", "zh-Hant-TW"), or undefined. */
export function localeForTag(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const [language, ...rest] = lower.split('-');
  if (language === 'zh') {
    const traditional = !rest.includes('hans') && rest.some((subtag) => TRADITIONAL_CHINESE.has(subtag));
    const wanted: string = 'zh-TW';
    return traditional && isLocale(wanted) ? wanted : undefined;
  }
  return LOCALES.find((locale) => locale === language);
}

// A header longer than this many entries is a probe, not a browser.
const MAX_ENTRIES = 32;

// Browsers send a handful of distinct headers, and every request carries one: each is read once.
// Probes send many distinct ones; the oldest make room for them.
const known = new BoundedCache<Locale | undefined>(256);

export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  if (known.has(header)) return known.get(header);
  const locale = readAcceptLanguage(header);
  if (header.length <= 200) known.set(header, locale);
  return locale;
}

function readAcceptLanguage(header: string): Locale | undefined {
  const ranked = header
    .split(',', MAX_ENTRIES)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.find((param) => /^\s*q\s*=/i.test(param));
      const q = qParam === undefined ? '1' : /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(qParam)?.[1];
      // A malformed quality makes the entry unreadable, so it is skipped rather than guessed.
      return { tag: tag.trim(), q: q === undefined ? 0 : Number(q), index };
    })
    .filter((entry) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(entry.tag) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const match = localeForTag(tag);
    if (match) return match;
  }
  return undefined;
}

export function chooseLocale(sources: {
  query?: unknown;
  cookie?: unknown;
  acceptLanguage?: string;
}): Locale {
  // ?lang=ja-JP is as good as ?lang=ja; anything else that is not ours is ignored.
  const named = (value: unknown) =>
    typeof value === 'string' && value.length < 36 ? localeForTag(value) : undefined;
  const chosen = named(sources.query) ?? named(sources.cookie);
  if (chosen) return chosen;
  return fromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}
