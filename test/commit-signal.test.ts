// The commit signal against real SQLite files: a commit by another connection or another process
// always shows, reads and rolled-back transactions never do, and a database without a -shm file
// always says "maybe", so the caller asks SQLite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { type CommitSignal, createCommitSignal, readingCommitsOnce } from '../src/db/commit-signal.js';
import { type Db, openDatabase } from '../src/db/open.js';

let dir: string;
let db: Db;
let signal: CommitSignal;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'delist-commit-signal-'));
  db = openDatabase(join(dir, 'delist.db'), systemClock);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
  signal = createCommitSignal(db);
});
afterEach(() => {
  signal.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Looks, and settles as a caller that read everything would; returns what the look said. */
function look(): boolean {
  const changed = signal.mayHaveChanged();
  signal.caughtUp();
  return changed;
}

it('says nothing changed until a commit, and sees commits of other connections', () => {
  expect(look()).toBe(true); // the first look has nothing to compare with
  expect(look()).toBe(false);
  db.prepare('SELECT count(*) FROM notes').get();
  expect(look()).toBe(false);

  const other = new Database(db.name);
  other.prepare("INSERT INTO notes (text) VALUES ('from another connection')").run();
  expect(look()).toBe(true);
  expect(look()).toBe(false);
  other.close();

  db.prepare("INSERT INTO notes (text) VALUES ('from this connection')").run();
  expect(look()).toBe(true);
});

it('sees a commit made by another process', () => {
  look();
  const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const script = `const D = require(${JSON.stringify(betterSqlite)}); const d = new D(${JSON.stringify(db.name)});
    d.prepare("INSERT INTO notes (text) VALUES ('from a process')").run(); d.close();`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  expect(look()).toBe(true);
});

it('keeps saying "maybe" until the caller has caught up', () => {
  look();
  db.prepare("INSERT INTO notes (text) VALUES ('one')").run();
  expect(signal.mayHaveChanged()).toBe(true);
  // A caller whose query failed does not settle, so the next look asks again.
  expect(signal.mayHaveChanged()).toBe(true);
  signal.caughtUp();
  expect(signal.mayHaveChanged()).toBe(false);
});

it('ignores a transaction that was rolled back', () => {
  look();
  const failing = db.transaction(() => {
    db.prepare("INSERT INTO notes (text) VALUES ('undone')").run();
    throw new Error('rolled back');
  });
  expect(() => failing()).toThrow('rolled back');
  expect(look()).toBe(false);
  expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
});

it('always says "maybe" for an in-memory database', () => {
  const memory = openDatabase(':memory:', systemClock);
  const inMemory = createCommitSignal(memory);
  for (let i = 0; i < 3; i++) {
    expect(inMemory.mayHaveChanged()).toBe(true);
    inMemory.caughtUp();
  }
  memory.close();
});

it('lets every signal of a database answer from one read inside readingCommitsOnce', () => {
  const second = createCommitSignal(db);
  look();
  second.mayHaveChanged();
  second.caughtUp();
  const other = new Database(db.name);
  try {
    readingCommitsOnce(db, () => {
      expect(signal.mayHaveChanged()).toBe(false);
      // Committed after the one read: the other signal answers from that read, as if it had
      // looked at the same moment.
      other.prepare("INSERT INTO notes (text) VALUES ('after the read')").run();
      expect(second.mayHaveChanged()).toBe(false);
    });
    // Outside it, each look reads the header again.
    expect(second.mayHaveChanged()).toBe(true);
    expect(signal.mayHaveChanged()).toBe(true);
    signal.caughtUp();
    second.caughtUp();

    // One signal closed, the other still reads the shared file.
    second.close();
    other.prepare("INSERT INTO notes (text) VALUES ('after a close')").run();
    expect(look()).toBe(true);
    expect(look()).toBe(false);
  } finally {
    other.close();
    second.close();
  }
});
