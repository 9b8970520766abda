// Group commit against a real SQLite file, seen from a second connection as another process
// would see it: work asked for in one turn is committed in one transaction before anyone is
// answered, a failing piece rolls back alone, and a failure of the whole transaction leaves
// nothing and fails everyone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { createGroupCommit, type GroupCommit } from '../src/db/group-commit.js';
import { type Db, openDatabase } from '../src/db/open.js';

let dir: string;
let db: Db;
let other: Database.Database;
let group: GroupCommit;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'delist-group-commit-'));
  db = openDatabase(join(dir, 'delist.db'), systemClock, { busyTimeoutMs: 50 });
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  other = new Database(join(dir, 'delist.db'));
  group = createGroupCommit(db);
});
afterEach(() => {
  other.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (text: string) => () =>
  Number(db.prepare('INSERT INTO notes (text) VALUES (?)').run(text).lastInsertRowid);
const committedNotes = () => other.prepare('SELECT text FROM notes ORDER BY id').pluck().all();

it('commits the work asked for in one turn together, and answers each caller after the commit', async () => {
  const seenByFirstCaller: unknown[] = [];
  const first = group.run(insert('a')).then((id) => {
    seenByFirstCaller.push(...committedNotes());
    return id;
  });
  const rest = [group.run(insert('b')), group.run(insert('c'))];
  // Nothing is written before the current turn is over.
  expect(committedNotes()).toEqual([]);
  expect(await Promise.all([first, ...rest])).toEqual([1, 2, 3]);
  // The first caller, answered first, already saw the others' rows committed. (That they are one
  // transaction shows when it fails: below, rows that fit are rolled back with those that did not.)
  expect(seenByFirstCaller).toEqual(['a', 'b', 'c']);
});

it('starts a new transaction for work asked for after a commit', async () => {
  await group.run(insert('a'));
  await group.run(insert('b'));
  expect(committedNotes()).toEqual(['a', 'b']);
  expect(db.inTransaction).toBe(false);
});

it('rolls back only the work that threw, and rejects only its caller', async () => {
  const failing = group.run(() => {
    insert('half-done')();
    throw new Error('refused');
  });
  const fine = group.run(insert('kept'));
  await expect(failing).rejects.toThrow('refused');
  // Not even its row id is left: the kept row takes the first one.
  await expect(fine).resolves.toBe(1);
  expect(committedNotes()).toEqual(['kept']);
});

it('fails every caller, and keeps nothing, when SQLite ends the whole transaction', async () => {
  // The file may not grow by another page: the first rows fit in the page there is, then the
  // disk is "full" and SQLite rolls back everything in the transaction, those first rows too.
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
  const runs = Array.from({ length: 50 }, (_, n) => group.run(insert(`note ${n} ${'x'.repeat(500)}`)));
  const outcomes = await Promise.allSettled(runs);
  expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
  expect(outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason.code)).toContain('SQLITE_FULL');
  expect(committedNotes()).toEqual([]);
  expect(db.inTransaction).toBe(false);
});

it('fails every caller when the transaction cannot start, and works again once it can', async () => {
  other.exec('BEGIN IMMEDIATE');
  const runs = [group.run(insert('a')), group.run(insert('b'))];
  for (const run of runs) await expect(run).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
  other.exec('ROLLBACK');
  await expect(group.run(insert('c'))).resolves.toBe(1);
  expect(committedNotes()).toEqual(['c']);
});
