// The one way any text a person reads is produced: a key, looked up in the catalogue of
// the reader's language, with {name} placeholders filled in.
import { type Catalog, en, type MessageKey } from './catalogs/en.js';
import { ja } from './catalogs/ja.js';
import { ko } from './catalogs/ko.js';
import { sv } from './catalogs/sv.js';
import { zhTW } from './catalogs/zh-TW.js';

/** Every language the portal speaks. Adding one: a catalogue file, an entry here and in `catalogs`. */
export const LOCALES = ['en', 'zh-TW', 'ja', 'ko', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const catalogs: Record<Locale, Catalog> = { en, 'zh-TW': zhTW, ja, ko, sv };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const text = catalog[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
