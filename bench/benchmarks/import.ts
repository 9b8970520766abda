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
const RUNS = 3; // each side runs three times, alternating, into fresh databases; the fastest run counts
const cliPath = join(packageRoot, 'dist/src/cli/main.js');

/** Runs a command to completion; wall time, and the CPU time it used (bash's `time`, user + sys). */
function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const quoted = [command, ...args].map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
  const started = process.hrtime.bigint();
  const result = spawnSync('bash', ['-c', `TIMEFORMAT='cpu %U %S'; time ${quoted}`], {
    ...options,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  }
  const cpuLine = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  const cpu = cpuLine ? Number(cpuLine[1]) + Number(cpuLine[2]) : Number.NaN;
  return { seconds, cpu, out: result.stdout };
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

const secs = (value: number) => `${value.toFixed(2)} s`;
const list = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');

export default {
  name: 'import',
  description: `\`delist-portal import\` of a ${LINES.toLocaleString('en')}-line feed into a fresh database, against the \`sqlite3\` CLI inserting the same rows.`,
  async run(): Promise<BenchResult[]> {
    const sqliteVersion = requireTool(SQLITE3);
    requireTool({ command: 'bash', versionArgs: ['--version'], install: 'apt-get install -y bash' });
    const dir = mkdtempSync(join(tmpdir(), 'delist-bench-import-'));
    try {
      const feed = await writeFeed(join(dir, 'feed.txt'), join(dir, 'rows.csv'), LINES);
      const env = (db: string) => ({ PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, db) });
      // A migrated, empty database: `stats` opens it, which applies every migration.
      const freshDatabase = (name: string) => {
        for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `${name}${suffix}`), { force: true });
        timed(process.execPath, [cliPath, 'stats'], { cwd: dir, env: env(name) });
        return join(dir, name);
      };
      const baselineScript = (order: string) => {
        const at = new Date().toISOString();
        const script = [
          '.bail on',
          'PRAGMA synchronous = NORMAL;', // as the portal and the CLI open it
          'BEGIN;',
          'CREATE TEMP TABLE feed (network TEXT NOT NULL, reason TEXT NOT NULL);',
          `.import --csv ${join(dir, 'rows.csv')} feed`,
          `INSERT INTO blocked_senders (network, reason, category, self_service, listed_by, listed_at)
             SELECT network, reason, 'spam', 1, 'cli:bench', '${at}' FROM feed ORDER BY ${order};`,
          `INSERT INTO blocklist_history (recorded_at, effective_at, network, action, actor, reason)
             SELECT '${at}', '${at}', network, 'listed', 'cli:bench', reason FROM feed ORDER BY ${order};`,
          'COMMIT;',
        ];
        const path = join(dir, `baseline-${order}.sql`);
        writeFileSync(path, `${script.join('\n')}\n`);
        return path;
      };
      const runBaseline = (order: string) => {
        const db = freshDatabase('baseline.db');
        const run = timed(SQLITE3.command, [db, `.read ${baselineScript(order)}`], {
          cwd: dir,
          env: process.env,
        });
        expectCounts(db, { listed: LINES, history: LINES }, 'sqlite3 baseline');
        return run;
      };
      const runImport = (expected: string) => {
        const run = timed(process.execPath, [cliPath, 'import', 'feed.txt', '--by', 'bench'], {
          cwd: dir,
          env: env('ours.db'),
        });
        if (!run.out.includes(expected)) throw new Error(`unexpected import summary: ${run.out}`);
        expectCounts(join(dir, 'ours.db'), { listed: LINES, history: LINES }, 'import');
        return run;
      };

      const base: Array<{ seconds: number; cpu: number }> = [];
      const ours: Array<{ seconds: number; cpu: number }> = [];
      const again: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        base.push(runBaseline('rowid'));
        freshDatabase('ours.db');
        ours.push(runImport(`${LINES} listed, 0 already listed, 0 bad lines`));
        again.push(runImport(`0 listed, ${LINES} already listed`).seconds);
      }
      const sorted = runBaseline('network');
      const best = (runs: Array<{ seconds: number; cpu: number }>, key: 'seconds' | 'cpu') =>
        Math.min(...runs.map((run) => run[key]));
      const [oursWall, baseWall, oursCpu, baseCpu] = [
        best(ours, 'seconds'),
        best(base, 'seconds'),
        best(ours, 'cpu'),
        best(base, 'cpu'),
      ];
      const measure = `import of ${LINES.toLocaleString('en')} lines`;
      const baseline = 'sqlite3 CLI, same rows and history rows, one transaction';
      return [
        {
          measure,
          baseline,
          ours: secs(oursWall),
          base: secs(baseWall),
          ratio: oursWall / baseWall,
          goal: '≤ 3×',
          met: oursWall / baseWall <= 3,
          notes: notes({ sqliteVersion, defaultReason: feed.defaultReason, ours, base, again, sorted }),
        },
        {
          measure: `${measure}, CPU time (user + sys)`,
          baseline,
          ours: secs(oursCpu),
          base: secs(baseCpu),
          ratio: oursCpu / baseCpu,
          goal: '≤ 3×',
          met: oursCpu / baseCpu <= 3,
        },
        {
          measure: `${measure}, wall time`,
          baseline: 'an absolute 10 s, for reference (machine-dependent)',
          ours: secs(oursWall),
          base: secs(10),
          ratio: oursWall / 10,
          goal: '< 10 s',
          met: oursWall < 10,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies Benchmark;

interface Figures {
  sqliteVersion: string;
  defaultReason: string;
  ours: Array<{ seconds: number; cpu: number }>;
  base: Array<{ seconds: number; cpu: number }>;
  again: number[];
  sorted: { seconds: number; cpu: number };
}

function notes(f: Figures): string {
  return [
    `Each side ran ${RUNS} times, alternating, each time into a fresh database that \`delist-portal stats\` had migrated; the fastest run counts.`,
    '',
    `- Wall times (s): ours ${list(f.ours.map((r) => r.seconds))}; baseline ${list(f.base.map((r) => r.seconds))}.`,
    `- CPU times (s): ours ${list(f.ours.map((r) => r.cpu))}; baseline ${list(f.base.map((r) => r.cpu))}.`,
    `- Re-importing the same file: ${list(f.again)} s, and nothing changed (the rows of both tables were counted after each run: ${LINES.toLocaleString('en')} listings, ${LINES.toLocaleString('en')} history rows).`,
    '',
    `Ours: \`node dist/src/cli/main.js import feed.txt --by bench\` as a process, stdout and stderr piped (no progress bar), process start included.`,
    'The feed: deterministic pseudo-random distinct public networks, about 88% IPv4 addresses, 6% IPv4 CIDRs',
    `(/16 to /31, host bits set, so they are canonicalised), 6% IPv6 addresses and CIDRs; one line in ten has its own \`;reason\`, the rest get "${f.defaultReason}".`,
    `Baseline: ${f.sqliteVersion.split(' ')[0]} \`sqlite3\` CLI, \`.read\` of a script that sets \`synchronous = NORMAL\` (as our connection does), and in one transaction`,
    'loads the canonical rows (network, reason; written by the benchmark beforehand, not timed) with `.import --csv` into a TEMP table, then',
    '`INSERT INTO blocked_senders … SELECT` and `INSERT INTO blocklist_history … SELECT` (action `listed`) in file order, into the same migrated schema,',
    'with its default page cache. It does no parsing, no validation, no duplicate or takeover checks.',
    `The same script with the rows ordered by network took ${secs(f.sorted.seconds)} (CPU ${secs(f.sorted.cpu)}): that is about the least SQLite itself needs for these rows.`,
    '',
    PROFILE,
  ].join('\n');
}

// What profiling (node --cpu-prof, and CPU time per phase) found on this machine, Dec 2026.
const PROFILE = [
  'Profiling (`node --cpu-prof dist/src/cli/main.js import feed.txt`, CPU seconds, machine load 9-10 on 2 cores):',
  '- Before: about 17 s CPU (25-40 s wall). 70-80% in the SQLite statements: per line an upsert into blocked_senders and an insert into',
  '  blocklist_history, with each 50,000-line batch sorted in JavaScript; plus a full scan of the history for earlier removals per batch.',
  '- Sorting each batch is not enough: the two network indexes are still written all over once they outgrow the page cache (sys time).',
  '  Sorting the whole feed first makes every B-tree an append, but sorting 1M rows in JavaScript costs 2-3 s CPU (string comparisons);',
  "  SQLite sorts them in about 1 s. So the lines are staged in the connection's TEMP database and sorted there.",
  '- Per-row statements from JavaScript cost about twice what SQLite does for the same rows. Each batch is now three set statements',
  '  (INSERT … SELECT … ON CONFLICT DO NOTHING; history rows for the ids that insert added; a join for rows whose end has passed, run',
  '  only when some lines were already there), so the listing phase is about 2 s CPU for 1M rows.',
  '- Reading: readline plus ipaddr.js took about 2.8 s CPU; splitting chunks ourselves and reading four-part decimal IPv4 in one pass',
  '  (ipaddr.js had parsed each address three times) brings it to about 2 s, a quarter of it garbage collection.',
  '- A larger cache_size (64 and 256 MiB) changed nothing measurable once the rows are sorted, so the import keeps the default;',
  '  temp_store = MEMORY and a larger wal_autocheckpoint did not help either.',
  '- Migration 008 adds a partial index of the history\'s removals, so "was it removed by a sender before" (relisted or listed) is one',
  '  probe of a small index per row.',
  '- Batches are 25,000 rows: about 0.05 s CPU each here, so a portal write waits at most a fraction of a second for the import.',
  "- Wall time follows the machine's load far more than CPU time does: at a quiet moment (load below 5) reading, sorting and listing took 5.9 s wall",
  '  for 5.4 s CPU; at load 8-10 a whole import took 10-16 s. fsync is not the cause: synchronous = OFF, and fewer checkpoints',
  '  (wal_autocheckpoint = 20000), left the listing phase as it was.',
  '- The `< 10 s` row is an absolute time, so it moves with the machine: the same code took 7.4 s (5.6 s CPU; sqlite3 11.6 s) on a',
  '  2-core Intel Xeon, and 8.5 to 11.5 s (sqlite3 15.5 to 18.7 s) in three runs on a 2-core AMD EPYC, in Dec 2026. The ratios are the figures to compare.',
].join('\n');
