// Listing many networks at once (the CLI's import). The lines are staged and sorted first
// (import-staging.ts); then each batch of sorted rows is listed in one short transaction by a
// few statements that do the per-row work inside SQLite: insert what is not listed yet, write a
// history row for each row that insert added, and take over rows whose end has come. Importing
// the same lines twice changes nothing the second time.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import { createImportStaging, type ImportEntry } from './import-staging.js';

export type { ImportEntry };

export interface ImportCounts {
  listed: number;
  unchanged: number;
}

export interface ImportSettings {
  actor: string;
  category: string;
  selfService: boolean;
}

// Rows per transaction: about a tenth of a second of work here, so the portal's own writes
// (a sender's Delist IP click) wait at most that long, and commits stay few.
export const IMPORT_BATCH = 25_000;

interface Range {
  from: number;
  to: number;
}

export function createBulkImport(db: Db, clock: Clock) {
  const staging = createImportStaging(db);
  const lastId = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM blocked_senders').pluck();
  const insert = db.prepare<Range & { category: string; selfService: number; actor: string; at: string }>(
    `INSERT INTO blocked_senders (network, reason, category, self_service, listed_by, listed_at)
     SELECT network, reason, :category, :selfService, :actor, :at FROM temp.import_sorted
     WHERE rowid BETWEEN :from AND :to ORDER BY rowid
     ON CONFLICT (network) DO NOTHING`,
  );
  // The rows the insert just added have the ids after the largest one before it (SQLite gives a
  // new row the largest id plus one, and the transaction keeps other writers out meanwhile).
  const historyOfAdded = db.prepare<{ after: number; upTo: number; actor: string; at: string }>(
    `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor, reason)
     SELECT :at, :at, network,
            CASE WHEN EXISTS (SELECT 1 FROM blocklist_history h WHERE h.network = b.network AND h.action = 'removed')
                 THEN 'relisted' ELSE 'listed' END,
            :actor, reason
     FROM blocked_senders b WHERE id > :after AND id <= :upTo ORDER BY id`,
  );
  // Lines whose network is there but no longer counts (its removal or expiry passed, not yet
  // swept); a network given twice comes twice, the first line first.
  const ended = db.prepare<
    Range & { at: string },
    {
      network: string;
      reason: string;
      delistAt: string | null;
      expiresAt: string | null;
      requestId: number | null;
    }
  >(
    `SELECT s.network, s.reason, b.delist_at AS delistAt, b.expires_at AS expiresAt, b.delist_request_id AS requestId
     FROM temp.import_sorted s JOIN blocked_senders b ON b.network = s.network
     WHERE s.rowid BETWEEN :from AND :to
       AND ((b.delist_at IS NOT NULL AND b.delist_at <= :at) OR (b.expires_at IS NOT NULL AND b.expires_at <= :at))
     ORDER BY s.rowid`,
  );
  const remove = db.prepare<[string]>('DELETE FROM blocked_senders WHERE network = ?');
  const insertOne = db.prepare(
    `INSERT INTO blocked_senders (network, reason, category, self_service, listed_by, listed_at)
     VALUES (:network, :reason, :category, :selfService, :actor, :at)`,
  );
  const removedBefore = db.prepare<[string], number>(
    "SELECT 1 FROM blocklist_history WHERE network = ? AND action = 'removed' LIMIT 1",
  );
  const history = db.prepare(
    `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor, reason, delist_request_id)
     VALUES (:at, :effectiveAt, :network, :action, :actor, :reason, :requestId)`,
  );

  const listRange = writeTransaction(db, (range: Range, settings: ImportSettings): ImportCounts => {
    const at = isoUtc(clock.now());
    const row = {
      at,
      actor: settings.actor,
      category: settings.category,
      selfService: settings.selfService ? 1 : 0,
    };
    const after = lastId.get() ?? 0;
    const added = insert.run({ ...range, ...row }).changes;
    historyOfAdded.run({ after, upTo: lastId.get() ?? 0, actor: settings.actor, at });
    let listed = added;
    const size = range.to - range.from + 1;
    if (added < size) {
      const taken = new Set<string>();
      for (const previous of ended.all({ ...range, at })) {
        if (taken.has(previous.network)) continue;
        taken.add(previous.network);
        // Its end is recorded first, as the sweeper would have, then the fresh listing.
        const end = [previous.delistAt, previous.expiresAt]
          .filter((time): time is string => time !== null && time <= at)
          .sort()[0];
        const removed = previous.delistAt !== null && previous.delistAt === end;
        remove.run(previous.network);
        history.run({
          at,
          effectiveAt: end ?? at,
          network: previous.network,
          action: removed ? 'removed' : 'expired',
          actor: 'sweeper',
          reason: null,
          requestId: removed ? previous.requestId : null,
        });
        insertOne.run({ ...row, network: previous.network, reason: previous.reason });
        history.run({
          at,
          effectiveAt: at,
          network: previous.network,
          action: removedBefore.get(previous.network) ? 'relisted' : 'listed',
          actor: settings.actor,
          reason: previous.reason,
          requestId: null,
        });
        listed++;
      }
    }
    return { listed, unchanged: size - listed };
  });

  return {
    /** Stages lines to list; nothing is written to the list yet. */
    add: staging.add,

    /**
     * Lists everything added, in network order, IMPORT_BATCH rows per transaction, and calls
     * `onBatch` after each commit with the rows done so far and the total.
     */
    commit(
      settings: ImportSettings,
      onBatch: (done: number, total: number) => void = () => {},
    ): ImportCounts {
      const total = staging.sort();
      const counts: ImportCounts = { listed: 0, unchanged: 0 };
      onBatch(0, total);
      for (let from = 1; from <= total; from += IMPORT_BATCH) {
        const to = Math.min(total, from + IMPORT_BATCH - 1);
        const batch = listRange({ from, to }, settings);
        counts.listed += batch.listed;
        counts.unchanged += batch.unchanged;
        onBatch(to, total);
      }
      staging.discard();
      return counts;
    },

    /** Drops what was added without listing it (an import refused under --strict). */
    discard: staging.discard,
  };
}

export type BulkImport = ReturnType<typeof createBulkImport>;
