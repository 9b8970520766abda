// When an address removed itself lately, for the self-delist limit, kept in memory while nobody
// commits. A listed address's lookup asked SQLite for these on every answer (about a tenth of its
// CPU, the statement and its read lock), though they change only when a request is confirmed,
// cancelled or purged. Whether anyone (any connection, any process) committed since the last
// look is the -shm header's to say (src/db/commit-signal.ts): on any commit all of it is dropped,
// so what is kept is what SQLite holds. Inside a transaction of this process SQLite is asked
// every time, since its own writes are not committed yet.
import { BoundedCache } from '../bounded-cache.js';
import { createCommitSignal } from '../db/commit-signal.js';
import type { Db } from '../db/open.js';
import type { DelistRequests } from './requests.js';

/** Addresses kept: a few dozen bytes each when, as usual, they have no self-delists. */
const ADDRESSES_KEPT = 16_384;

export function createSelfDelistTimes(db: Db, requests: Pick<DelistRequests, 'selfDelistsSince'>) {
  const commits = createCommitSignal(db);
  // Per address: the times after `since`, as SQLite gave them.
  const kept = new BoundedCache<{ since: string; times: readonly string[] }>(ADDRESSES_KEPT);
  return {
    /** The confirmed self-service removals of this IP after `since` (ISO times, oldest first). */
    selfDelistsSince(ip: string, since: string): readonly string[] {
      if (db.inTransaction) return requests.selfDelistsSince(ip, since);
      if (commits.mayHaveChanged()) {
        kept.clear();
        // Everything kept from here on is read after this header, so it holds at least its commits.
        commits.caughtUp();
      }
      const entry = kept.get(ip);
      // The window only moves forward, so a later `since` is a filter of what is kept.
      if (entry && entry.since <= since) {
        // Oldest first: usually none at all, or none yet outside the window.
        const first = entry.times[0];
        return first === undefined || first > since
          ? entry.times
          : entry.times.filter((time) => time > since);
      }
      const times = requests.selfDelistsSince(ip, since);
      kept.set(ip, { since, times });
      return times;
    },
    close(): void {
      commits.close();
    },
  };
}

export type SelfDelistTimes = ReturnType<typeof createSelfDelistTimes>;
