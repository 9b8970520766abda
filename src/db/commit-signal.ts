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
//
// Several readers watch the same database (the listed index, the self-delist times), each with a
// signal of its own; they share one open -shm file, and inside readingCommitsOnce() one read of
// it: a lookup that asks both costs one pread, not two.
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

/** The -shm file of one database, read for all of its signals. */
interface HeaderReader {
  /** The header as last read, and whether it was whole and settled. */
  bytes: Buffer;
  readable: boolean;
  /** Depth of readingCommitsOnce() calls now running, and whether one of them read already. */
  holds: number;
  heldRead: boolean;
  users: number;
  fd: number | undefined;
}

const readers = new WeakMap<Db, HeaderReader>();

function readHeader(db: Db, reader: HeaderReader): void {
  if (reader.holds > 0 && reader.heldRead) return;
  reader.heldRead = reader.holds > 0;
  reader.readable = false;
  try {
    reader.fd ??= openSync(`${db.name}-shm`, 'r');
    if (readSync(reader.fd, reader.bytes, 0, reader.bytes.length, 0) !== reader.bytes.length) return;
  } catch {
    // Not created yet (no connection has read the database in WAL mode), or gone: ask SQLite.
    return;
  }
  const { bytes } = reader;
  reader.readable =
    bytes[IS_INIT] !== 0 && bytes.subarray(0, HEADER_BYTES).equals(bytes.subarray(HEADER_BYTES));
}

/**
 * Runs `work` with the -shm header read at most once by all of this database's signals. Only for
 * work that commits nothing itself, such as answering a lookup: a commit of its own after the
 * read would otherwise go unseen by a signal that looks later in the same call.
 */
export function readingCommitsOnce<T>(db: Db, work: () => T): T {
  const reader = readers.get(db);
  if (!reader) return work();
  reader.holds++;
  try {
    return work();
  } finally {
    reader.holds--;
    if (reader.holds === 0) reader.heldRead = false;
  }
}

function readerFor(db: Db): HeaderReader {
  let reader = readers.get(db);
  if (!reader) {
    reader = {
      bytes: Buffer.alloc(2 * HEADER_BYTES),
      readable: false,
      holds: 0,
      heldRead: false,
      users: 0,
      fd: undefined,
    };
    readers.set(db, reader);
  }
  return reader;
}

export function createCommitSignal(db: Db): CommitSignal {
  if (db.memory) return { mayHaveChanged: () => true, caughtUp: () => {}, close: () => {} };
  const shared = readerFor(db);
  shared.users++;
  // This signal's own copy of the header it last looked at, so that a later read for another
  // signal cannot change what its caughtUp() settles on.
  const read = Buffer.alloc(2 * HEADER_BYTES);
  const seen = Buffer.alloc(2 * HEADER_BYTES);
  // Whether `read` holds a whole, settled header, and whether `seen` holds one at all.
  let readable = false;
  let primed = false;
  let closed = false;

  return {
    mayHaveChanged(): boolean {
      readHeader(db, shared);
      readable = shared.readable;
      if (readable) shared.bytes.copy(read);
      return !(readable && primed && read.equals(seen));
    },
    caughtUp(): void {
      // The header was read before the caller's query, so that query saw at least its commits.
      if (!readable) return;
      read.copy(seen);
      primed = true;
    },
    close(): void {
      if (closed) return;
      closed = true;
      shared.users--;
      if (shared.users > 0) return;
      if (shared.fd !== undefined) closeSync(shared.fd);
      shared.fd = undefined;
      readers.delete(db);
    },
  };
}
