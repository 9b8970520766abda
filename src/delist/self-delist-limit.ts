// How often one address may remove itself: SELF_DELIST_MAX times per SELF_DELIST_WINDOW. The
// first removals are granted at once; past the limit a sender is asked to explain, and an
// operator decides (the escalation queue), because an address that keeps coming back is rarely
// fixed. Counted from the requests in SQLite, so it holds across restarts and processes.
import { type Clock, isoUtc } from '../clock.js';

export interface SelfDelistUsage {
  /** Self-service removals confirmed inside the window. */
  used: number;
  max: number;
  windowMs: number;
  /** When the oldest counted removal leaves the window and self-service is possible again. */
  availableAgainAt: number | undefined;
}

export function createSelfDelistLimit(deps: {
  clock: Clock;
  /** The requests, or what keeps their self-delist times (self-delist-times.ts). */
  requests: { selfDelistsSince(ip: string, since: string): readonly string[] };
  settings: { max: number; windowMs: number };
}) {
  const { max, windowMs } = deps.settings;
  return (ip: string): SelfDelistUsage => {
    const now = deps.clock.now();
    const times = deps.requests.selfDelistsSince(ip, isoUtc(now - windowMs));
    const deciding = times.length >= max ? times[times.length - max] : undefined;
    return {
      used: times.length,
      max,
      windowMs,
      availableAgainAt: deciding === undefined ? undefined : Date.parse(deciding) + windowMs,
    };
  };
}

export type SelfDelistLimit = ReturnType<typeof createSelfDelistLimit>;

export const limitReached = (usage: SelfDelistUsage) => usage.used >= usage.max;
