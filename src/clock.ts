// Every rule that depends on time asks a Clock, so tests can move time forward
// instead of sleeping, and the delay can be checked to the millisecond.
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** The one text form of an instant we store and show: ISO-8601 UTC with milliseconds. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}
