// Dates and durations in the reader's language, through Intl rather than our own strings.
import type { Locale } from './translate.js';

// Making an Intl formatter costs far more than using one (tens of microseconds, on every page
// and email), so each is made once per language and unit and kept: a handful in all.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

// Korean sites and mail write times on the 24-hour clock; ICU's default for ko is AM/PM with the
// English "PM" in some versions, which no Korean reader expects.
const HOUR_CYCLE: Partial<Record<string, 'h23'>> = { ko: 'h23' };

/** A date and time in UTC, e.g. "Nov 24, 2026, 9:30:00 AM" (the caller adds "UTC"). */
export function formatUtc(locale: Locale, ms: number): string {
  return formatter(
    `utc ${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'medium',
        timeZone: 'UTC',
        hourCycle: HOUR_CYCLE[locale],
      }),
  ).format(ms);
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const;

/** A duration in the largest whole unit, e.g. "24 hours", "90 minutes". */
export function formatDuration(locale: Locale, ms: number): string {
  const [unit, size] = UNITS.find(([, size]) => ms % size === 0 && ms >= size) ?? ['second', 1_000];
  const amount = Math.max(1, Math.round(ms / size));
  return formatter(
    `${unit} ${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  ).format(amount);
}
