// Owns blocked_senders and blocklist_history: the only code that writes either. Every change
// to the list writes its history row in the same transaction.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import { networksContaining, type SenderAddress } from './ip.js';

export interface Listing {
  network: string;
  /** Internal: why an operator listed it. Never shown to senders. */
  reason: string;
  /** What a sender may be told: spam, malware, phishing, policy... */
  category: string;
  /** 1 when the sender may remove it through the portal, 0 when only an operator may. */
  selfService: 0 | 1;
  listedBy: string;
  listedAt: string;
  delistAt: string | null;
  delistRequestId: number | null;
  expiresAt: string | null;
}

/** What an operator decides when listing. */
export interface ListingDetails {
  reason: string;
  category?: string;
  selfService?: boolean;
  /** When the listing stops counting by itself (ms since the epoch), or none. */
  expiresAt?: number | null;
}

export type HistoryAction =
  | 'listed'
  | 'relisted'
  | 'reason_changed'
  | 'removal_scheduled'
  | 'removal_cancelled'
  | 'removed'
  | 'expired'
  | 'unlisted';

export interface HistoryEntry {
  recordedAt: string;
  effectiveAt: string;
  network: string;
  action: HistoryAction;
  actor: string;
  reason: string | null;
  delistRequestId: number | null;
}

export type BlockOutcome =
  | { outcome: 'listed' | 'relisted' | 'reason-changed' | 'unchanged' }
  | { outcome: 'removal-cancelled'; cancelledRequestId: number | null };

export type ScheduleOutcome =
  | { outcome: 'scheduled' | 'already-scheduled'; delistAt: string }
  | { outcome: 'not-listed' };

const COLUMNS = `network, reason, category, self_service AS selfService, listed_by AS listedBy,
  listed_at AS listedAt, delist_at AS delistAt, delist_request_id AS delistRequestId, expires_at AS expiresAt`;
// The one definition of "counts as listed at :at", shared by every reader (and the listed_now view).
const COUNTS_AT = '(delist_at IS NULL OR delist_at > :at) AND (expires_at IS NULL OR expires_at > :at)';
const DUE_AT =
  '(delist_at IS NOT NULL AND delist_at <= :at) OR (expires_at IS NOT NULL AND expires_at <= :at)';

/** COUNTS_AT for a row already read, `time` being isoUtc(at): ISO times in UTC compare as strings. */
export function countsAt(listing: Listing, time: string): boolean {
  return (
    (listing.delistAt === null || listing.delistAt > time) &&
    (listing.expiresAt === null || listing.expiresAt > time)
  );
}

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
    due: db.prepare<{ at: string }, Listing>(`SELECT ${COLUMNS} FROM blocked_senders WHERE ${DUE_AT}`),
    insert: db.prepare(
      `INSERT INTO blocked_senders (network, reason, category, self_service, expires_at, listed_by, listed_at)
       VALUES (:network, :reason, :category, :selfService, :expiresAt, :actor, :at)`,
    ),
    setDetails: db.prepare(
      `UPDATE blocked_senders SET reason = :reason, category = :category, self_service = :selfService,
       expires_at = :expiresAt WHERE network = :network`,
    ),
    // What counts is every row but those due (DUE_AT is exactly NOT COUNTS_AT): SQLite counts all
    // rows from its smallest index and finds the due ones through the two time indexes, where
    // testing COUNTS_AT row by row read the whole table (146 against 16 ms on 1,000,000 rows,
    // with /healthz and every metrics scrape holding the event loop meanwhile). Leaving: the
    // rows with a removal still ahead, found through the delist_at index.
    counts: db.prepare<{ at: string }, { listed: number; leaving: number }>(
      `SELECT (SELECT count(*) FROM blocked_senders) - (SELECT count(*) FROM blocked_senders WHERE ${DUE_AT}) AS listed,
       (SELECT count(*) FROM blocked_senders WHERE delist_at > :at AND (expires_at IS NULL OR expires_at > :at)) AS leaving`,
    ),
    removalsDone: db.prepare("SELECT count(*) FROM blocklist_history WHERE action = 'removed'").pluck(),
    historyOf: db.prepare<{ networks: string }, HistoryEntry>(
      `SELECT recorded_at AS recordedAt, effective_at AS effectiveAt, network, action, actor, reason,
       delist_request_id AS delistRequestId
       FROM blocklist_history WHERE network IN (SELECT value FROM json_each(:networks)) ORDER BY id`,
    ),
    selfRemovedBefore: db.prepare<[string], number>(
      "SELECT 1 FROM blocklist_history WHERE network = ? AND action = 'removed' LIMIT 1",
    ),
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

  /**
   * Moves one row whose end has come (a scheduled removal, or its own expiry, whichever is
   * first) out of the list into the history; true when it did.
   */
  function removeIfDue(listing: Listing | undefined, at: string): boolean {
    if (!listing) return false;
    const ends = [listing.delistAt, listing.expiresAt].filter(
      (time): time is string => time !== null && time <= at,
    );
    if (ends.length === 0) return false;
    const removedFirst =
      listing.delistAt !== null && ends.every((time) => (listing.delistAt as string) <= time);
    statements.delete.run(listing.network);
    writeHistory({
      network: listing.network,
      action: removedFirst ? 'removed' : 'expired',
      actor: 'sweeper',
      effectiveAt: ends.sort()[0],
      requestId: removedFirst ? listing.delistRequestId : null,
    });
    return true;
  }

  function detailsRow(network: string, details: ListingDetails) {
    return {
      network,
      reason: details.reason,
      category: details.category ?? 'spam',
      selfService: details.selfService === false ? 0 : 1,
      expiresAt: details.expiresAt == null ? null : isoUtc(details.expiresAt),
    };
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

    /** How many networks count as listed at `at`, and how many of them have a removal scheduled. */
    counts(at = clock.now()): { listed: number; leaving: number } {
      return statements.counts.get({ at: isoUtc(at) }) ?? { listed: 0, leaving: 0 };
    },

    /** Self-service removals that took effect, ever. */
    removalsDone(): number {
      return Number(statements.removalsDone.get());
    },

    /** Everything that happened to these networks, oldest first. */
    historyOf(networks: string[]): HistoryEntry[] {
      return statements.historyOf.all({ networks: JSON.stringify(networks) });
    },

    listActive(at = clock.now()): Listing[] {
      return statements.active.all({ at: isoUtc(at) });
    },

    /** Lists a network, or updates its details; listing again cancels a scheduled removal. */
    block: writeTransaction(db, (network: string, details: ListingDetails, actor: string): BlockOutcome => {
      const at = isoUtc(clock.now());
      const row = detailsRow(network, details);
      let existing = statements.find.get(network);
      if (removeIfDue(existing, at)) existing = undefined;
      if (!existing) {
        statements.insert.run({ ...row, actor, at });
        // Listed again after a sender removed it: recorded as such, for the next request to see.
        const action = statements.selfRemovedBefore.get(network) ? 'relisted' : 'listed';
        writeHistory({ network, action, actor, reason: details.reason });
        return { outcome: action };
      }
      const changed =
        existing.reason !== row.reason ||
        existing.category !== row.category ||
        existing.selfService !== row.selfService ||
        existing.expiresAt !== row.expiresAt;
      if (changed) statements.setDetails.run(row);
      if (existing.delistAt) {
        statements.setRemoval.run({ network, delistAt: null, requestId: null });
        writeHistory({
          network,
          action: 'removal_cancelled',
          actor,
          reason: details.reason,
          requestId: existing.delistRequestId,
        });
        return { outcome: 'removal-cancelled', cancelledRequestId: existing.delistRequestId };
      }
      if (!changed) return { outcome: 'unchanged' };
      writeHistory({ network, action: 'reason_changed', actor, reason: details.reason });
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

    /** Tidies: moves every row whose removal or expiry time has come into the history. */
    removeDue: writeTransaction(db, (): Listing[] => {
      const at = isoUtc(clock.now());
      const due = statements.due.all({ at });
      for (const listing of due) removeIfDue(listing, at);
      return due;
    }),
  };
}

export type Blocklist = ReturnType<typeof createBlocklist>;
