// Writes that arrive together are committed together: each piece of work runs in a savepoint of
// one IMMEDIATE transaction, started once the current turn of the event loop is over, and every
// caller is answered only after that transaction has committed. A commit writes every page the
// transaction changed to the WAL, and posts arriving together change many of the same pages (the
// tables, the indexes on times), so under load an accepted post cost about 40 % less CPU
// (bench/http-notes.md, round eleven); alone, a write waits one turn of the event loop more.
// Work that throws is rolled back alone and rejects its own caller; a commit that fails, or an
// error that ends the whole transaction, rejects them all.
import type { Db } from './open.js';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  outcome?: { ok: true; value: unknown } | { ok: false; error: unknown };
}

export function createGroupCommit(db: Db) {
  let queue: Pending[] = [];
  // Inside the batch's transaction, better-sqlite3 runs this as a savepoint.
  const inSavepoint = db.transaction((work: () => unknown) => work());
  const runBatch = db.transaction((batch: Pending[]) => {
    for (const pending of batch) {
      try {
        pending.outcome = { ok: true, value: inSavepoint(pending.work) };
      } catch (error) {
        // SQLite rolled the whole transaction back (a full disk, an I/O error): none of the
        // batch's work stands, so all of it fails with this error.
        if (!db.inTransaction) throw error;
        pending.outcome = { ok: false, error };
      }
    }
  });

  function commitBatch() {
    const batch = queue;
    queue = [];
    try {
      runBatch.immediate(batch);
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const { outcome, resolve, reject } of batch) {
      if (outcome?.ok) resolve(outcome.value);
      else reject(outcome?.error);
    }
  }

  return {
    /** Runs `work` in the next group transaction; resolves with its result once committed. */
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (queue.length === 1) setImmediate(commitBatch);
      });
    },
  };
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
