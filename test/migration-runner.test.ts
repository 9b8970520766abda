// Migrations: numbered SQL files applied once each, in order, in a transaction, and recorded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { createManualClock } from './support/manual-clock.js';

let dir: string;
const clock = createManualClock();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'delist-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('applies every migration once, in order, records it, and sets the pragmas', () => {
  const path = join(dir, 'nested/folder/delist.db');
  const db = openDatabase(path, clock);
  const migrations = readMigrations();
  expect(migrations.map((migration) => migration.version)).toEqual(
    [...migrations.map((migration) => migration.version)].sort((a, b) => a - b),
  );
  expect(
    db.prepare('SELECT version, name, applied_at AS appliedAt FROM schema_migrations ORDER BY version').all(),
  ).toEqual(
    migrations.map((migration) => ({
      version: migration.version,
      name: migration.name,
      appliedAt: '2026-11-24T09:00:00.000Z',
    })),
  );
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  db.close();

  const again = openDatabase(path, clock);
  expect(applyMigrations(again, clock)).toEqual([]);
  again.close();
});

it('applies only what is new, and rolls back a migration that fails', () => {
  const db = openDatabase(join(dir, 'delist.db'), clock);
  const known = readMigrations();
  expect(
    applyMigrations(db, clock, [...known, { version: 998, name: 'extra', sql: 'CREATE TABLE extra (x)' }]),
  ).toEqual([998]);
  const broken = {
    version: 999,
    name: 'broken',
    sql: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);',
  };
  expect(() => applyMigrations(db, clock, [...known, broken])).toThrow(/no such table: nowhere/);
  expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(998);
  db.close();
});
