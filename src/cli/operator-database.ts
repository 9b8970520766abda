// The CLI opens the portal's own database (DATABASE_PATH, also from .env), so its changes take
// effect for a running portal at once; each command opens it, does its work and closes it.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createBlocklist } from '../blocklist/index.js';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { type Db, openDatabase } from '../db/open.js';
import { createDelistRequests } from '../delist/index.js';
import { createListOperations, type ListOperations } from '../operator/list-operations.js';

export async function withDatabase<T>(run: (db: Db) => T | Promise<T>): Promise<T> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const db = openDatabase(config.databasePath, systemClock, { busyTimeoutMs: config.databaseBusyTimeoutMs });
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

export function withOperations<T>(run: (operations: ListOperations) => T): Promise<T> {
  return withDatabase((db) => {
    const blocklist = createBlocklist(db, systemClock);
    const requests = createDelistRequests(db, systemClock);
    return run(createListOperations({ db, blocklist, requests }));
  });
}

/** Who the history names for a change: --by, or the operating-system user. */
export const actor = (by: string | undefined) => `cli:${by ?? userInfo().username}`;
