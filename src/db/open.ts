// Opens the one SQLite database with the pragmas every caller relies on, and brings its
// schema up to date before anyone reads it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Clock } from '../clock.js';
import { applyMigrations } from './migrate.js';

export type Db = Database.Database;

export function openDatabase(path: string, clock: Clock, options: { busyTimeoutMs?: number } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Other processes (the CLI, a backup) write too; wait for them instead of failing at once.
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  // WAL + NORMAL never corrupts the database; at worst the last commit before a power cut is lost.
  db.pragma('synchronous = NORMAL');
  applyMigrations(db, clock);
  return db;
}
