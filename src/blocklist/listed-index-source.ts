// What the listed index reads from the tables this module owns: the whole list with the id of
// the last history row it reflects (one read transaction, so the two agree), the history rows
// written after an id, and one network's row as it is now.
import type { Db } from '../db/open.js';

export interface HistoryChange {
  id: number;
  network: string;
}

export function createListedIndexSource(db: Db) {
  const statements = {
    lastHistoryId: db.prepare<[], number | null>('SELECT max(id) FROM blocklist_history').pluck(),
    count: db.prepare<[], number>('SELECT count(*) FROM blocked_senders').pluck(),
    everything: db
      .prepare<[], [string, string | null, string | null]>(
        'SELECT network, delist_at, expires_at FROM blocked_senders',
      )
      .raw(),
    changesAfter: db.prepare<[number, number], HistoryChange>(
      'SELECT id, network FROM blocklist_history WHERE id > ? ORDER BY id LIMIT ?',
    ),
    current: db.prepare<[string], { delistAt: string | null; expiresAt: string | null }>(
      'SELECT delist_at AS delistAt, expires_at AS expiresAt FROM blocked_senders WHERE network = ?',
    ),
  };

  return {
    /** Calls each with every stored row; returns the last history id the rows reflect. */
    snapshot: db.transaction(
      (each: (network: string, delistAt: string | null, expiresAt: string | null) => void): number => {
        const lastId = statements.lastHistoryId.get() ?? 0;
        for (const [network, delistAt, expiresAt] of statements.everything.iterate()) {
          each(network, delistAt, expiresAt);
        }
        return lastId;
      },
    ),
    /** How many rows there are, to size the load; a count, so it may be stale by the time of the read. */
    count: (): number => statements.count.get() ?? 0,
    changesAfter: (id: number, limit: number): HistoryChange[] => statements.changesAfter.all(id, limit),
    current: (network: string) => statements.current.get(network),
  };
}
