// Every rule that depends on time asks a Clock, so tests can move time forward
// instead of sleeping, and the delay can be checked to the millisecond.
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

// The last two instants formatted, newest first. A listed address's lookup formats two (now, and
// the start of the self-delist window), about a microsecond each, and under load the answers of
// one millisecond share both.
let newestMs = Number.NaN;
let newestText = '';
let olderMs = Number.NaN;
let olderText = '';

/** The one text form of an instant we store and show: ISO-8601 UTC with milliseconds. */
export function isoUtc(ms: number): string {
  if (ms === newestMs) return newestText;
  if (ms === olderMs) return olderText;
  const text = new Date(ms).toISOString();
  olderMs = newestMs;
  olderText = newestText;
  newestMs = ms;
  newestText = text;
  return text;
}
