// The message catalogues: every language has exactly English's keys, with the same placeholders,
// in real translations; and every key is used by a page, an email or a refusal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_CATEGORIES } from '../src/abuse/reports.js';
import type { SendingIpBasis } from '../src/abuse/sending-ip.js';
import { CATEGORIES } from '../src/blocklist/categories.js';
import type { AddressProblem } from '../src/blocklist/index.js';
import type { BotCheckResult } from '../src/bot-check/proof-of-work.js';
import type { AddressCheck } from '../src/delist/address-policy.js';
import type { RequestState } from '../src/delist/requests.js';
import { ESCALATION_CAUSES } from '../src/escalation/escalations.js';
import { en } from '../src/i18n/catalogs/en.js';
import { catalogs, LOCALES, type MessageKey } from '../src/i18n/index.js';
import type { TooManyReason } from '../src/web/too-many-requests.js';

// Keys built at run time from a value, as `prefix${value}` in the source. Each list is checked
// against its type below, so a new problem, state or reason without its message fails typecheck.
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const IP_PROBLEMS = [
  'empty',
  'list',
  'cidr',
  'zone',
  'ipv4-spelling',
  'not-an-ip',
  'private',
  'loopback',
  'link-local',
  'multicast',
  'unspecified',
  'reserved',
] as const satisfies readonly AddressProblem[];
const BOT_CHECK_PROBLEMS = ['missing', 'invalid', 'expired', 'used'] as const;
const RDNS_PROBLEMS = ['no-rdns', 'not-confirmed', 'other-domain'] as const;
const SENDING_IP_BASES = ['own-network', 'earliest-public', 'outside-own-networks'] as const;
const STATES = [
  'pending',
  'scheduled',
  'delisted',
  'expired',
  'cancelled',
  'declined',
  'undeliverable',
] as const satisfies readonly RequestState[];
const LIMITS = [
  'client',
  'recipient-hour',
  'recipient-day',
  'ip-day',
  'report-client-day',
] as const satisfies readonly TooManyReason[];
type BotCheckProblem = Extract<BotCheckResult, { ok: false }>['problem'];
// 'dns-failed' is a page of its own (rdns.failed.*), not a message beside the field.
type RdnsProblem = Exclude<Extract<AddressCheck, { ok: false }>['problem'], 'dns-failed'>;
const exhaustive: [
  Exhaustive<AddressProblem, (typeof IP_PROBLEMS)[number]>,
  Exhaustive<BotCheckProblem, (typeof BOT_CHECK_PROBLEMS)[number]>,
  Exhaustive<RdnsProblem, (typeof RDNS_PROBLEMS)[number]>,
  Exhaustive<RequestState, (typeof STATES)[number]>,
  Exhaustive<TooManyReason, (typeof LIMITS)[number]>,
  Exhaustive<SendingIpBasis, (typeof SENDING_IP_BASES)[number]>,
] = [true, true, true, true, true, true];

const FAMILIES: Record<string, readonly string[]> = {
  'error.ip.': IP_PROBLEMS,
  'botCheck.': BOT_CHECK_PROBLEMS,
  'rdns.': RDNS_PROBLEMS,
  'status.state.': STATES,
  'limit.': LIMITS,
  'category.': CATEGORIES,
  'escalate.cause.': ESCALATION_CAUSES,
  'report.category.': REPORT_CATEGORIES,
  'email.reportNotice.basis.': SENDING_IP_BASES,
};

// Translations that are rightly the same as the English: a time zone's name.
const SAME_AS_ENGLISH: Partial<Record<MessageKey, string>> = { 'time.utc': 'UTC is UTC in every language' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const catalogDir = join('src', 'i18n', 'catalogs');
const source = [...filesUnder('src'), ...filesUnder('views')]
  .filter((path) => !path.startsWith(catalogDir))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

const keys = Object.keys(en) as MessageKey[];
// {name}, and the {name, plural, ...} of a count.
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1]))].sort();

it('lists every value of each family of keys built at run time', () => {
  expect(exhaustive.every(Boolean)).toBe(true);
  for (const [prefix, members] of Object.entries(FAMILIES)) {
    // In TypeScript as `prefix${value}`, in a template as 'prefix' + value.
    const built = source.includes(`\`${prefix}\${`) || source.includes(`'${prefix}' +`);
    expect(built, `the source builds ${prefix}…`).toBe(true);
    for (const member of members)
      expect(Object.keys(en), `family member ${prefix}${member}`).toContain(`${prefix}${member}`);
  }
});

it('uses every key of the English catalogue somewhere in src/ or views/', () => {
  const fromFamilies = new Set(
    Object.entries(FAMILIES).flatMap(([prefix, members]) => members.map((member) => `${prefix}${member}`)),
  );
  const unused = keys.filter(
    (key) => !fromFamilies.has(key) && !source.includes(`'${key}'`) && !source.includes(`"${key}"`),
  );
  expect(unused).toEqual([]);
});

it('has every key a template asks for', () => {
  // Whole keys only: t('report.category.' + category) is a family, listed above.
  const asked = [...source.matchAll(/\bt\('([\w.-]+)'\s*[,)]/g)].map((match) => match[1] as string);
  expect(asked.length).toBeGreaterThan(50);
  expect(asked.filter((key) => !(key in en))).toEqual([]);
});

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalogue', (locale) => {
  const catalog = catalogs[locale] as Record<string, string>;

  it("has exactly English's keys", () => {
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
  });

  it("keeps each message's placeholders", () => {
    const wrong = keys.filter(
      (key) => placeholders(catalog[key] ?? '').join() !== placeholders(en[key]).join(),
    );
    expect(wrong).toEqual([]);
  });

  it('translates every message', () => {
    const untranslated = keys.filter(
      (key) => !(key in SAME_AS_ENGLISH) && (catalog[key] ?? '').trim() === en[key].trim(),
    );
    expect(untranslated).toEqual([]);
    expect(keys.filter((key) => (catalog[key] ?? '').trim() === '')).toEqual([]);
  });

  it('names itself in its own language, unlike any other', () => {
    const names = LOCALES.map((other) => catalogs[other]['language.name']);
    expect(new Set(names).size).toBe(LOCALES.length);
  });
});
