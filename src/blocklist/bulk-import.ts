// Listing many networks at once (the CLI's import): one transaction per batch, one insert per
// line, and a history row for each network that was not listed yet, so importing the same file
// twice changes nothing the second time.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';

export interface ImportEntry {
  network: string;
  reason: string;
}

export interface ImportCounts {
  listed: number;
  unchanged: number;
}

export function createBulkImport(db: Db, clock: Clock) {
  const insert = db.prepare(
    `INSERT INTO blocked_senders (network, reason, category, self_service, listed_by, listed_at)
     VALUES (:network, :reason, :category, :selfService, :actor, :at)
     ON CONFLICT (network) DO NOTHING`,
  );
  // A row that is there but no longer counts (its removal or expiry passed, not yet swept) is
  // taken over by the import as a fresh listing, with its end recorded first.
  const ended = db.prepare<
    { network: string; at: string },
    { delistAt: string | null; expiresAt: string | null; requestId: number | null }
  >(
    `SELECT delist_at AS delistAt, expires_at AS expiresAt, delist_request_id AS requestId FROM blocked_senders
     WHERE network = :network AND ((delist_at IS NOT NULL AND delist_at <= :at) OR (expires_at IS NOT NULL AND expires_at <= :at))`,
  );
  const remove = db.prepare('DELETE FROM blocked_senders WHERE network = ?');
  const selfRemoved = db
    .prepare<[], string>("SELECT DISTINCT network FROM blocklist_history WHERE action = 'removed'")
    .pluck();
  const history = db.prepare(
    `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor, reason, delist_request_id)
     VALUES (:at, :effectiveAt, :network, :action, :actor, :reason, :requestId)`,
  );

  return writeTransaction(
    db,
    (
      entries: ImportEntry[],
      options: { actor: string; category: string; selfService: boolean },
    ): ImportCounts => {
      const at = isoUtc(clock.now());
      const counts: ImportCounts = { listed: 0, unchanged: 0 };
      // Networks a sender removed before are few; one read per batch instead of one per line.
      const relisting = new Set(selfRemoved.all());
      const row = {
        at,
        actor: options.actor,
        category: options.category,
        selfService: options.selfService ? 1 : 0,
      };
      // In index order, so the B-tree pages a batch touches stay in the cache (about twice as fast).
      const sorted = [...entries].sort((a, b) =>
        a.network < b.network ? -1 : a.network > b.network ? 1 : 0,
      );
      for (const entry of sorted) {
        if (insert.run({ ...row, ...entry }).changes === 0) {
          const previous = ended.get({ network: entry.network, at });
          if (!previous) {
            counts.unchanged++;
            continue;
          }
          remove.run(entry.network);
          const end = [previous.delistAt, previous.expiresAt]
            .filter((time): time is string => time !== null && time <= at)
            .sort()[0];
          const removed = previous.delistAt !== null && previous.delistAt === end;
          history.run({
            at,
            effectiveAt: end ?? at,
            network: entry.network,
            action: removed ? 'removed' : 'expired',
            actor: 'sweeper',
            reason: null,
            requestId: removed ? previous.requestId : null,
          });
          insert.run({ ...row, ...entry });
        }
        const action = relisting.has(entry.network) ? 'relisted' : 'listed';
        history.run({
          at,
          effectiveAt: at,
          network: entry.network,
          action,
          actor: options.actor,
          reason: entry.reason,
          requestId: null,
        });
        counts.listed++;
      }
      return counts;
    },
  );
}

export type BulkImport = ReturnType<typeof createBulkImport>;
