// An import's lines before they are listed: kept in the connection's own temporary database
// (never the portal's file, so staging takes no lock the portal waits on), then sorted by
// network inside SQLite. Listing in that order appends to the network indexes of
// blocked_senders and blocklist_history instead of writing all over them, and SQLite sorts a
// million rows far faster than JavaScript does.
import type { Db } from '../db/open.js';

export interface ImportEntry {
  network: string;
  reason: string;
}

export function createImportStaging(db: Db) {
  for (const sql of [
    'DROP TABLE IF EXISTS temp.import_lines',
    'DROP TABLE IF EXISTS temp.import_sorted',
    'CREATE TEMP TABLE import_lines (network TEXT NOT NULL, reason TEXT NOT NULL)',
    'CREATE TEMP TABLE import_sorted (network TEXT NOT NULL, reason TEXT NOT NULL)',
  ]) {
    db.prepare(sql).run();
  }
  // One statement per batch of lines: the batch goes in as one JSON text.
  const add = db.prepare<[string]>(
    'INSERT INTO temp.import_lines (network, reason) SELECT value ->> 0, value ->> 1 FROM json_each(?)',
  );

  // Into an empty table, so the rowids count up from 1 in the order of the SELECT.
  const sortLines = db.prepare(
    'INSERT INTO temp.import_sorted (network, reason) SELECT network, reason FROM temp.import_lines ORDER BY network, rowid',
  );
  const clearLines = db.prepare('DELETE FROM temp.import_lines');
  const clearSorted = db.prepare('DELETE FROM temp.import_sorted');
  const discard = () => {
    clearLines.run();
    clearSorted.run();
  };

  return {
    add(entries: readonly ImportEntry[]): void {
      if (entries.length > 0) add.run(JSON.stringify(entries.map((entry) => [entry.network, entry.reason])));
    },

    /**
     * Sorts what was added into temp.import_sorted, whose rowids 1..count follow the networks'
     * order and, for a network given twice, the order of the lines (the first one wins). The lines
     * stay until discard(), so a listing that failed half-way (the database busy too long) can
     * sort and list them all again: what was listed already is left as it is.
     */
    sort(): number {
      clearSorted.run();
      return sortLines.run().changes;
    },

    discard,
  };
}
