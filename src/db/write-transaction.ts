// Writes take SQLite's write lock at BEGIN (IMMEDIATE): a transaction that read first and then
// tried to write could otherwise fail with SQLITE_BUSY when the CLI writes at the same moment.
// Inside another transaction the same function runs as a savepoint of that one.
import type { Db } from './open.js';

// biome-ignore lint/suspicious/noExplicitAny: mirrors better-sqlite3's own signature for db.transaction
type AnyFunction = (...args: any[]) => any;

export function writeTransaction<F extends AnyFunction>(db: Db, fn: F): F {
  const transaction = db.transaction(fn as AnyFunction);
  return ((...args: Parameters<F>) => transaction.immediate(...args)) as F;
}
