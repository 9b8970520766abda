// Whether anyone may have committed to the database since the last look, without a query.
//
// A reader that must see every commit (the listed index, before an exact answer) used to ask
// SQLite for the last history id on every request: a read transaction each time, with its file
// locks, about a sixth of a lookup API answer. In WAL mode every commit, by any connection of any
// process, rewrites the wal-index header at the start of the database's "-shm" file, and that
// header is how SQLite's own readers learn of new commits: two copies of 48 bytes, written one
// after the other, with a change counter that every commit increments
// (https://www.sqlite.org/walformat.html, "The WAL-Index Header"). Reading those 96 bytes is one
// pread of a page that every connection maps. When they are exactly as at the last look, nothing
// was committed in between; anything else (no -shm file yet, an in-memory database, copies that
// differ because a commit is being written, a header not initialised) answers "maybe", and the
// caller runs its query as before. So a "no" is as exact as the query's, and a "maybe" costs
// what the query always did.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Db } from './open.js';

const HEADER_BYTES = 48;
// Offset of isInit in a header copy: 0 until the header has been written once.
const IS_INIT = 12;

export interface CommitSignal {
  /** Reads the header: false only when nothing can have been committed since the last caughtUp(). */
  mayHaveChanged(): boolean;
  /** The caller has read everything committed up to its last mayHaveChanged(). */
  caughtUp(): void;
  close(): void;
}

export function createCommitSignal(db: Db): CommitSignal {
  if (db.memory) return { mayHaveChanged: () => true, caughtUp: () => {}, close: () => {} };
  const shmPath = `${db.name}-shm`;
  let fd: number | undefined;
  const read = Buffer.alloc(2 * HEADER_BYTES);
  const seen = Buffer.alloc(2 * HEADER_BYTES);
  // Whether `read` holds a whole, settled header, and whether `seen` holds one at all.
  let readable = false;
  let primed = false;

  function readHeader(): boolean {
    try {
      fd ??= openSync(shmPath, 'r');
      if (readSync(fd, read, 0, read.length, 0) !== read.length) return false;
    } catch {
      // Not created yet (no connection has read the database in WAL mode), or gone: ask SQLite.
      return false;
    }
    const first = read.subarray(0, HEADER_BYTES);
    return read[IS_INIT] !== 0 && first.equals(read.subarray(HEADER_BYTES));
  }

  return {
    mayHaveChanged(): boolean {
      readable = readHeader();
      return !(readable && primed && read.equals(seen));
    },
    caughtUp(): void {
      // The header was read before the caller's query, so that query saw at least its commits.
      if (!readable) return;
      read.copy(seen);
      primed = true;
    },
    close(): void {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
