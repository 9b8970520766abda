// Limits that keep the portal from being used to mail-bomb a stranger or to hammer one listing:
// confirmation emails per recipient per hour and per day, whoever asks, and requests per IP per
// day. They count rows already in the database, so they hold across restarts and processes.
import { type Clock, isoUtc } from '../clock.js';
import type { Outbox } from '../mail/index.js';
import type { DelistRequests } from './requests.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type LimitReason = 'recipient-hour' | 'recipient-day' | 'ip-day';

export interface SendLimitSettings {
  emailsPerAddressPerHour: number;
  emailsPerAddressPerDay: number;
  requestsPerIpPerDay: number;
}

export interface LimitHit {
  reason: LimitReason;
  /** When the request would be accepted again, in ms since the epoch. */
  retryAt: number;
}

export function createSendLimits(deps: {
  clock: Clock;
  outbox: Outbox;
  requests: DelistRequests;
  settings: SendLimitSettings;
}) {
  const { settings } = deps;
  return function check(email: string, ip: string): LimitHit | undefined {
    const now = deps.clock.now();
    const rules: Array<{
      reason: LimitReason;
      window: number;
      max: number;
      times: (since: string) => string[];
    }> = [
      {
        reason: 'recipient-hour',
        window: HOUR,
        max: settings.emailsPerAddressPerHour,
        times: (since) => deps.outbox.sentToSince(email, since),
      },
      {
        reason: 'recipient-day',
        window: DAY,
        max: settings.emailsPerAddressPerDay,
        times: (since) => deps.outbox.sentToSince(email, since),
      },
      {
        reason: 'ip-day',
        window: DAY,
        max: settings.requestsPerIpPerDay,
        times: (since) => deps.requests.createdForIpSince(ip, since),
      },
    ];
    let hit: LimitHit | undefined;
    for (const rule of rules) {
      const times = rule.times(isoUtc(now - rule.window));
      if (times.length < rule.max) continue;
      // Accepted again once enough of the counted rows have left the window.
      const retryAt = Date.parse(times[times.length - rule.max] as string) + rule.window;
      if (!hit || retryAt > hit.retryAt) hit = { reason: rule.reason, retryAt };
    }
    return hit;
  };
}

export type SendLimitCheck = ReturnType<typeof createSendLimits>;
