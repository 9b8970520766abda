// Languages: catalogues, the translate function, and locale-aware dates and durations.
export type { MessageKey } from './catalogs/en.js';
export { formatDuration, formatUtc } from './format.js';
export { chooseLocale, fromAcceptLanguage, localeForTag } from './negotiate.js';
export {
  catalogs,
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  type Locale,
  type Translate,
  translator,
} from './translate.js';
