// Choosing the reader's language, filling messages, and the formats of dates and durations.
import { expect, it } from 'vitest';
import { chooseLocale, formatDuration, formatUtc, translator } from '../src/i18n/index.js';
import { maskEmail, redactEmails } from '../src/mail/index.js';

it.each([
  [{ query: 'en', acceptLanguage: 'fr' }, 'en'],
  [{ acceptLanguage: 'fr;q=1, en;q=0.5' }, 'en'],
  [{ acceptLanguage: 'en-GB,en;q=0.9' }, 'en'],
  [{ acceptLanguage: 'xx' }, 'en'],
  [{ acceptLanguage: ';;;,,q=abc' }, 'en'],
  [{ query: ['en', 'sv'], cookie: 42 }, 'en'],
  [{}, 'en'],
])('chooses a language from %o', (sources, locale) => {
  expect(chooseLocale(sources)).toBe(locale);
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
