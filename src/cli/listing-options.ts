// The options that describe a listing on the command line: --category and --expires.
import { CATEGORIES, isCategory } from '../blocklist/categories.js';
import { parseDuration } from '../duration.js';
import { UsageError } from './network-argument.js';

export function categoryOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCategory(value)) throw new UsageError(`--category must be one of ${CATEGORIES.join(', ')}`);
  return value;
}

/** --expires 30d (from now) or an ISO date or time (2027-01-31, 2027-01-31T12:00Z): ms since the epoch. */
export function expiresOption(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const duration = parseDuration(value);
  const at = duration !== undefined ? now + duration : parseIsoTime(value);
  if (at === undefined)
    throw new UsageError('--expires must be a duration such as 30d or an ISO date such as 2027-01-31');
  if (at <= now) throw new UsageError('--expires must be in the future');
  return at;
}

/** --since 7d (that long ago) or an ISO date or time: the ISO text to compare listed_at with. */
export function sinceOption(value: string | undefined, now: number): string | undefined {
  if (value === undefined) return undefined;
  const duration = parseDuration(value);
  const at = duration !== undefined ? now - duration : parseIsoTime(value);
  if (at === undefined)
    throw new UsageError('--since must be a duration such as 7d or an ISO date such as 2026-11-01');
  return new Date(at).toISOString();
}

function parseIsoTime(value: string): number | undefined {
  // A date alone means midnight UTC; a time must say its zone (Z or +hh:mm), so it is never guessed.
  if (!/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?$/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}
