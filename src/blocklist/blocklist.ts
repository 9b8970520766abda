// Owns blocked_senders and blocklist_history: the only code that writes either. Every change
// to the list writes its history row in the same transaction.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import { networksContaining, type SenderAddress } from './ip.js';

export interface Listing {
  network: string;
  reason: string;
  listedBy: string;
  listedAt: string;
  delistAt: string | null;
  delistRequestId: number | null;
}

export type HistoryAction =
  | 'listed'
  | 'reason_changed'
  | 'removal_scheduled'
  | 'removal_cancelled'
  | 'removed'
  | 'unlisted';

export type BlockOutcome =
  | { outcome: 'listed' | 'reason-changed' | 'unchanged' }
  | { outcome: 'removal-cancelled'; cancelledRequestId: number | null };

export type ScheduleOutcome =
  | { outcome: 'scheduled' | 'already-scheduled'; delistAt: string }
  | { outcome: 'not-listed' };

const COLUMNS = `network, reason, listed_by AS listedBy, listed_at AS listedAt,
  delist_at AS delistAt, delist_request_id AS delistRequestId`;
// The one definition of "counts as listed at :at", shared by every reader.
const COUNTS_AT = '(delist_at IS NULL OR delist_at > :at)';

export function createBlocklist(db: Db, clock: Clock) {
  const statements = {
    covering: db.prepare<{ networks: string; at: string }, Listing>(
      `SELECT ${COLUMNS} FROM blocked_senders
       WHERE network IN (SELECT value FROM json_each(:networks)) AND ${COUNTS_AT}`,
    ),
    find: db.prepare<[string], Listing>(`SELECT ${COLUMNS} FROM blocked_senders WHERE network = ?`),
    active: db.prepare<{ at: string }, Listing>(
      `SELECT ${COLUMNS} FROM blocked_senders WHERE ${COUNTS_AT} ORDER BY listed_at, network`,
    ),
    due: db.prepare<{ at: string }, Listing>(
      `SELECT ${COLUMNS} FROM blocked_senders WHERE delist_at IS NOT NULL AND delist_at <= :at ORDER BY delist_at`,
    ),
    insert: db.prepare(
      'INSERT INTO blocked_senders (network, reason, listed_by, listed_at) VALUES (:network, :reason, :actor, :at)',
    ),
    setReason: db.prepare('UPDATE blocked_senders SET reason = :reason WHERE network = :network'),
    setRemoval: db.prepare(
      'UPDATE blocked_senders SET delist_at = :delistAt, delist_request_id = :requestId WHERE network = :network',
    ),
    delete: db.prepare('DELETE FROM blocked_senders WHERE network = ?'),
    history: db.prepare(
      `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor, reason, delist_request_id)
       VALUES (:recordedAt, :effectiveAt, :network, :action, :actor, :reason, :requestId)`,
    ),
  };

  function writeHistory(entry: {
    network: string;
    action: HistoryAction;
    actor: string;
    effectiveAt?: string;
    reason?: string | null;
    requestId?: number | null;
  }): void {
    const recordedAt = isoUtc(clock.now());
    statements.history.run({
      recordedAt,
      effectiveAt: entry.effectiveAt ?? recordedAt,
      network: entry.network,
      action: entry.action,
      actor: entry.actor,
      reason: entry.reason ?? null,
      requestId: entry.requestId ?? null,
    });
  }

  /** Moves one row whose removal time has come out of the list; true when it did. */
  function removeIfDue(listing: Listing | undefined, at: string): boolean {
    if (!listing?.delistAt || listing.delistAt > at) return false;
    statements.delete.run(listing.network);
    writeHistory({
      network: listing.network,
      action: 'removed',
      actor: 'sweeper',
      effectiveAt: listing.delistAt,
      requestId: listing.delistRequestId,
    });
    return true;
  }

  /** The listings that cover an address and count at `at`, narrowest first. */
  function listingsCovering(address: SenderAddress, at = clock.now()): Listing[] {
    const networks = networksContaining(address);
    const rows = statements.covering.all({ networks: JSON.stringify(networks), at: isoUtc(at) });
    return rows.sort((a, b) => networks.indexOf(a.network) - networks.indexOf(b.network));
  }

  return {
    listingsCovering,

    isListed(address: SenderAddress, at = clock.now()): boolean {
      return listingsCovering(address, at).length > 0;
    },

    /** The row for a network as stored, whether or not it still counts. */
    find(network: string): Listing | undefined {
      return statements.find.get(network);
    },

    listActive(at = clock.now()): Listing[] {
      return statements.active.all({ at: isoUtc(at) });
    },

    block: writeTransaction(db, (entry: { network: string; reason: string; actor: string }): BlockOutcome => {
      const at = isoUtc(clock.now());
      let existing = statements.find.get(entry.network);
      if (removeIfDue(existing, at)) existing = undefined;
      if (!existing) {
        statements.insert.run({ ...entry, at });
        writeHistory({ network: entry.network, action: 'listed', actor: entry.actor, reason: entry.reason });
        return { outcome: 'listed' };
      }
      if (existing.delistAt) {
        statements.setRemoval.run({ network: entry.network, delistAt: null, requestId: null });
        statements.setReason.run({ network: entry.network, reason: entry.reason });
        writeHistory({
          network: entry.network,
          action: 'removal_cancelled',
          actor: entry.actor,
          reason: entry.reason,
          requestId: existing.delistRequestId,
        });
        return { outcome: 'removal-cancelled', cancelledRequestId: existing.delistRequestId };
      }
      if (existing.reason === entry.reason) return { outcome: 'unchanged' };
      statements.setReason.run({ network: entry.network, reason: entry.reason });
      writeHistory({
        network: entry.network,
        action: 'reason_changed',
        actor: entry.actor,
        reason: entry.reason,
      });
      return { outcome: 'reason-changed' };
    }),

    unblock: writeTransaction(
      db,
      (entry: {
        network: string;
        actor: string;
        reason?: string;
      }): { outcome: 'unlisted' | 'not-listed' } => {
        const at = isoUtc(clock.now());
        const existing = statements.find.get(entry.network);
        if (!existing || removeIfDue(existing, at)) return { outcome: 'not-listed' };
        statements.delete.run(entry.network);
        writeHistory({
          network: entry.network,
          action: 'unlisted',
          actor: entry.actor,
          reason: entry.reason ?? null,
          requestId: existing.delistRequestId,
        });
        return { outcome: 'unlisted' };
      },
    ),

    /** Schedules a listing's removal; an earlier schedule already in place stands. */
    scheduleRemoval: writeTransaction(
      db,
      (entry: { network: string; delistAt: number; requestId: number; actor: string }): ScheduleOutcome => {
        const at = isoUtc(clock.now());
        const existing = statements.find.get(entry.network);
        if (!existing || removeIfDue(existing, at)) return { outcome: 'not-listed' };
        if (existing.delistAt) return { outcome: 'already-scheduled', delistAt: existing.delistAt };
        const delistAt = isoUtc(entry.delistAt);
        statements.setRemoval.run({ network: entry.network, delistAt, requestId: entry.requestId });
        writeHistory({
          network: entry.network,
          action: 'removal_scheduled',
          actor: entry.actor,
          effectiveAt: delistAt,
          requestId: entry.requestId,
        });
        return { outcome: 'scheduled', delistAt };
      },
    ),

    /** Tidies: moves every row whose removal time has come into the history. */
    removeDue: writeTransaction(db, (): Listing[] => {
      const at = isoUtc(clock.now());
      const due = statements.due.all({ at });
      for (const listing of due) removeIfDue(listing, at);
      return due;
    }),
  };
}

export type Blocklist = ReturnType<typeof createBlocklist>;
