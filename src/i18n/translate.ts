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

// A count whose noun changes with it: {n, plural, one {# gång} other {# gånger}}. The form is the
// one Intl.PluralRules gives for the number in this language ("=0"-style exact matches first);
// # is the number written the language's way. Languages without plural forms just write {n}.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

// Made once per language: an Intl object costs far more to make than to use.
const pluralRules = new Map<Locale, [Intl.PluralRules, Intl.NumberFormat]>();

function plural(locale: Locale, forms: string, value: number): string {
  let intl = pluralRules.get(locale);
  if (!intl) {
    intl = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)];
    pluralRules.set(locale, intl);
  }
  const [rules, numbers] = intl;
  const choices = new Map([...forms.matchAll(PLURAL_FORM)].map(([, form, text]) => [form, text ?? '']));
  const form = choices.get(`=${value}`) ?? choices.get(rules.select(value));
  return (form ?? choices.get('other') ?? '').replace(/#/g, numbers.format(value));
}

export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const text = catalog[key];
    if (!params) return text;
    return text
      .replace(PLURAL, (whole, name: string, forms: string) =>
        name in params ? plural(locale, forms, Number(params[name])) : whole,
      )
      .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
