// `delist-portal import` of 1,000,000 lines into a fresh database, run as the operator runs it
// (the compiled CLI as a process), against the sqlite3 CLI loading the same rows, with their
// history rows, into the same migrated schema in one transaction.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot } from '../../src/paths.js';
import type { Benchmark, BenchResult } from '../benchmark.js';
import { writeFeed } from '../import-feed.js';
import { requireTool, SQLITE3 } from '../tools.js';

const LINES = 1_000_000;
const RUNS = 2; // each side runs twice, alternating, into fresh databases; the faster run counts
const cliPath = join(packageRoot, 'dist/src/cli/main.js');

function timed(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  }
  return { seconds, out: result.stdout };
}

function counts(path: string): { listed: number; history: number } {
  const db = new Database(path, { readonly: true });
  try {
    const count = (table: string) =>
      db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { listed: count('blocked_senders'), history: count('blocklist_history') };
  } finally {
    db.close();
  }
}

function expectCounts(path: string, expected: { listed: number; history: number }, what: string): void {
  const found = counts(path);
  if (found.listed !== expected.listed || found.history !== expected.history) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)} rows, found ${JSON.stringify(found)}`);
  }
}

const seconds = (value: number) => `${value.toFixed(2)} s`;

export default {
  name: 'import',
  description: `\`delist-portal import\` of a ${LINES.toLocaleString('en')}-line feed into a fresh database, against the \`sqlite3\` CLI inserting the same rows.`,
  async run(): Promise<BenchResult[]> {
    const sqliteVersion = requireTool(SQLITE3);
    const dir = mkdtempSync(join(tmpdir(), 'delist-bench-import-'));
    try {
      const feedPath = join(dir, 'feed.txt');
      const csvPath = join(dir, 'rows.csv');
      const feed = await writeFeed(feedPath, csvPath, LINES);
      const env = (db: string) => ({ PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, db) });
      // A migrated, empty database: `stats` opens it, which applies every migration.
      const freshDatabase = (name: string) => {
        rmSync(join(dir, name), { force: true });
        rmSync(join(dir, `${name}-wal`), { force: true });
        rmSync(join(dir, `${name}-shm`), { force: true });
        timed(process.execPath, [cliPath, 'stats'], { cwd: dir, env: env(name) });
        return join(dir, name);
      };
      const at = new Date().toISOString();
      const script = [
        '.bail on',
        'PRAGMA synchronous = NORMAL;', // as the portal and the CLI open it
        'BEGIN;',
        'CREATE TEMP TABLE feed (network TEXT NOT NULL, reason TEXT NOT NULL);',
        `.import --csv ${csvPath} feed`,
        `INSERT INTO blocked_senders (network, reason, category, self_service, listed_by, listed_at)
           SELECT network, reason, 'spam', 1, 'cli:bench', '${at}' FROM feed ORDER BY rowid;`,
        `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor, reason)
           SELECT '${at}', '${at}', network, 'listed', 'cli:bench', reason FROM feed ORDER BY rowid;`,
        'COMMIT;',
      ].join('\n');
      writeFileSync(join(dir, 'baseline.sql'), `${script}\n`);

      const ours: number[] = [];
      const base: number[] = [];
      let again = 0;
      for (let run = 0; run < RUNS; run++) {
        const baseDb = freshDatabase('baseline.db');
        base.push(
          timed(SQLITE3.command, [baseDb, '.read baseline.sql'], { cwd: dir, env: process.env }).seconds,
        );
        expectCounts(baseDb, { listed: LINES, history: LINES }, 'sqlite3 baseline');

        const ourDb = freshDatabase('ours.db');
        const first = timed(process.execPath, [cliPath, 'import', 'feed.txt', '--by', 'bench'], {
          cwd: dir,
          env: env('ours.db'),
        });
        ours.push(first.seconds);
        if (!first.out.includes(`${LINES} listed, 0 already listed, 0 bad lines`)) {
          throw new Error(`unexpected import summary: ${first.out}`);
        }
        expectCounts(ourDb, { listed: LINES, history: LINES }, 'import');
        const second = timed(process.execPath, [cliPath, 'import', 'feed.txt', '--by', 'bench'], {
          cwd: dir,
          env: env('ours.db'),
        });
        if (!second.out.includes(`0 listed, ${LINES} already listed`)) {
          throw new Error(`re-import changed something: ${second.out}`);
        }
        expectCounts(ourDb, { listed: LINES, history: LINES }, 're-import');
        again = Math.max(again, second.seconds);
      }
      const best = Math.min(...ours);
      const baseline = Math.min(...base);
      const measure = `import of ${LINES.toLocaleString('en')} lines`;
      return [
        {
          measure,
          baseline: 'sqlite3 CLI, same rows and history rows, one transaction',
          ours: seconds(best),
          base: seconds(baseline),
          ratio: best / baseline,
          goal: '≤ 3×',
          met: best / baseline <= 3,
          notes: NOTES(sqliteVersion, feed.defaultReason, ours, base, again),
        },
        {
          measure: `${measure}, absolute`,
          baseline: 'the issue’s goal',
          ours: seconds(best),
          base: seconds(10),
          ratio: best / 10,
          goal: '< 10 s',
          met: best < 10,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies Benchmark;

function NOTES(
  sqliteVersion: string,
  defaultReason: string,
  ours: number[],
  base: number[],
  again: number,
): string {
  return `Runs (s): ours ${ours.map((s) => s.toFixed(2)).join(', ')}; baseline ${base.map((s) => s.toFixed(2)).join(', ')}. Re-import of the same file: ${again.toFixed(2)} s, nothing changed. sqlite3 ${sqliteVersion}. Default reason "${defaultReason}".`;
}
