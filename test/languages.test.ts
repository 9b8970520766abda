// Choosing the reader's language, filling messages, and the formats of dates and durations.
import { expect, it } from 'vitest';
import { chooseLocale, formatDuration, formatUtc, localeForTag, translator } from '../src/i18n/index.js';
import { maskEmail, redactEmails } from '../src/mail/index.js';

it.each([
  [{ query: 'en', acceptLanguage: 'fr' }, 'en'],
  [{ acceptLanguage: 'fr;q=1, en;q=0.5' }, 'en'],
  [{ acceptLanguage: 'en-GB,en;q=0.9' }, 'en'],
  [{ acceptLanguage: 'xx' }, 'en'],
  [{ acceptLanguage: ';;;,,q=abc' }, 'en'],
  [{ query: ['en', 'sv'], cookie: 42 }, 'en'],
  [{}, 'en'],
  [{ query: 'ja-JP', acceptLanguage: 'sv' }, 'ja'],
  [{ query: 'zz', cookie: 'ko', acceptLanguage: 'sv' }, 'ko'],
  [{ cookie: 'zh-TW', acceptLanguage: 'ja' }, 'zh-TW'],
  [{ acceptLanguage: 'sv;q=0.5, ja;q=0.9' }, 'ja'],
  [{ acceptLanguage: 'sv;q=0.5, ja;q=0.5' }, 'sv'],
  [{ acceptLanguage: 'ja;q=0.9x, ko;q=0.1' }, 'ko'],
  [{ acceptLanguage: 'zh, zh-CN;q=0.9, en-GB;q=0.8' }, 'en'],
  [{ acceptLanguage: 'zh-CN;q=1, zh-TW;q=0.5' }, 'zh-TW'],
])('chooses a language from %o', (sources, locale) => {
  expect(chooseLocale(sources)).toBe(locale);
});

it.each([
  ['zh-Hant-TW', 'zh-TW'],
  ['zh-TW', 'zh-TW'],
  ['zh-hant', 'zh-TW'],
  ['zh-HK', 'zh-TW'],
  ['zh-MO', 'zh-TW'],
  ['zh-Hans', undefined],
  ['zh-CN', undefined],
  ['zh-SG', undefined],
  ['zh', undefined],
  ['ja-JP', 'ja'],
  ['JA', 'ja'],
  ['ko-KR', 'ko'],
  ['sv-SE', 'sv'],
  ['sv-FI', 'sv'],
  ['en-US', 'en'],
  ['fr-FR', undefined],
])('maps the language tag %s to %s', (tag, locale) => {
  expect(localeForTag(tag)).toBe(locale);
});

it('writes a count in the form its language gives it (Intl.PluralRules)', () => {
  const sv = translator('sv');
  const cause = (max: number) =>
    sv('escalate.cause.self-delist-limit', { ip: '203.0.113.7', max, window: '30 dygn' });
  expect(cause(1)).toContain('(1 gång per 30 dygn)');
  expect(cause(3)).toContain('(3 gånger per 30 dygn)');
  expect(cause(1200)).toContain('(1\u00a0200 gånger per 30 dygn)');
  expect(translator('en')('form.selfDelistLimit', { max: 1, window: '30 days' })).toContain('(1 in 30 days)');
});

it('fills placeholders and leaves unknown ones as they are', () => {
  const t = translator('en');
  expect(t('notListed.title', { ip: '203.0.113.7' })).toBe('203.0.113.7 is not on the blocked senders list');
  expect(t('notListed.title')).toBe('{ip} is not on the blocked senders list');
});

it.each([
  [86_400_000, '1 day'],
  [3_600_000, '1 hour'],
  [5_400_000, '90 minutes'],
  [90_000, '90 seconds'],
  [500, '1 second'],
])('writes %i ms as %s', (ms, text) => {
  expect(formatDuration('en', ms)).toBe(text);
});

// One and several take different forms where the language has them (Intl's unit style).
it.each([
  ['zh-TW', '1 小時', '2 小時', '90 分鐘', '1 天'],
  ['ja', '1 時間', '2 時間', '90 分', '1 日'],
  ['ko', '1시간', '2시간', '90분', '1일'],
  ['sv', '1 timme', '2 timmar', '90 minuter', '1 dygn'],
  ['en', '1 hour', '2 hours', '90 minutes', '1 day'],
] as const)('writes durations in %s: %s, %s, %s, %s', (locale, hour, hours, minutes, day) => {
  expect(formatDuration(locale, 3_600_000)).toBe(hour);
  expect(formatDuration(locale, 7_200_000)).toBe(hours);
  expect(formatDuration(locale, 5_400_000)).toBe(minutes);
  expect(formatDuration(locale, 86_400_000)).toBe(day);
});

it.each([
  ['zh-TW', /^2026年11月24日 .*9:05:09$/],
  ['ja', /^2026\/11\/24 21:05:09$/],
  ['ko', /^2026\. 11\. 24\. 21:05:09$/],
  ['sv', /^24 nov\.? 2026 21:05:09$/],
] as const)('writes times in UTC the %s way', (locale, pattern) => {
  expect(formatUtc(locale, Date.parse('2026-11-24T21:05:09.000Z'))).toMatch(pattern);
});

it('writes times in UTC', () => {
  expect(formatUtc('en', Date.parse('2026-11-24T21:05:09.000Z'))).toBe('Nov 24, 2026, 9:05:09 PM');
});

it('masks addresses for pages and logs', () => {
  expect(maskEmail('postmaster@sender.example')).toBe('p***@sender.example');
  expect(maskEmail('broken')).toBe('***');
  expect(redactEmails('550 5.1.1 <alice@sender.example>: no such user; cc bob@other.example')).toBe(
    '550 5.1.1 <a***@sender.example>: no such user; cc b***@other.example',
  );
});
