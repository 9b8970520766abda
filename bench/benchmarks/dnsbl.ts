// The DNSBL under dnsperf against rbldnsd, on the same 1,000,000-entry list in the same run:
// the list goes in through `delist-portal import`, out through `export --format rbldnsd` for
// rbldnsd, and both servers answer the same question file on loopback, alternating, for a
// bounded time: our server in one process and with 2 workers. Also the memory the list costs
// our server: its resident size over that list against the same server over an empty one.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import type { Benchmark, BenchResult } from '../benchmark.js';
import { requireTool, type Tool } from '../tools.js';
import { ENTRIES, writeBenchList, ZONE } from './dnsbl/bench-list.js';
import { type DnsperfFigures, dnsperf, residentBytes, startRbldnsd, startServer } from './dnsbl/processes.js';

const SECONDS = 10; // per dnsperf run
const ROUNDS = 2; // each server runs this many times, alternating; the better run counts
const GOAL_RATIO = 0.5;
const GOAL_GROWTH_MB = 64;
const PORTS = { rbldnsd: 25353, ours: 25354, workers: 25355, http: 25380 };
const cliPath = join(packageRoot, 'dist/src/cli/main.js');
const INSTALL = 'apt-get install -y dnsperf rbldnsd';
const DNSPERF: Tool = { command: 'dnsperf', versionArgs: ['-h'], install: INSTALL };
const RBLDNSD: Tool = { command: 'rbldnsd', versionArgs: ['-h'], install: INSTALL };

const mb = (bytes: number) => bytes / 2 ** 20;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function cli(dir: string, databasePath: string, args: string[]): string {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: databasePath },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0)
    throw new Error(`delist-portal ${args[0]} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const best = (runs: DnsperfFigures[]) => runs.reduce((a, b) => (b.qps > a.qps ? b : a));
const describe = (runs: DnsperfFigures[]) =>
  runs.map((run) => `${Math.round(run.qps)} (${run.lost} lost)`).join(', ');
// CPU time per answer is steadier than answers per second on a machine shared with other work.
const cpu = (runs: DnsperfFigures[]) =>
  `CPU per answer ${runs.map((run) => `${run.cpuMicros.toFixed(2)} µs`).join(', ')}`;

export default {
  name: 'dnsbl',
  description: `The DNSBL answering dnsperf over a ${ENTRIES.toLocaleString('en')}-entry list, against rbldnsd serving the same list exported with \`export --format rbldnsd\`.`,
  async run(): Promise<BenchResult[]> {
    requireTool(DNSPERF);
    const rbldnsdVersion = requireTool(RBLDNSD);
    const dir = mkdtempSync(join(tmpdir(), 'delist-bench-dnsbl-'));
    // rbldnsd reads its files after dropping root for its own user.
    chmodSync(dir, 0o755);
    const stops: Array<() => Promise<void>> = [];
    try {
      const listPath = join(dir, 'list.txt');
      const queryPath = join(dir, 'queries.txt');
      await writeBenchList(listPath, queryPath);
      const databasePath = join(dir, 'delist.db');
      const importStarted = Date.now();
      cli(dir, databasePath, ['import', listPath, '--reason', 'bench']);
      const importSeconds = (Date.now() - importStarted) / 1000;
      writeFileSync(join(dir, 'delist4.zone'), cli(dir, databasePath, ['export', '--format', 'rbldnsd']));
      writeFileSync(
        join(dir, 'delist6.zone'),
        cli(dir, databasePath, ['export', '--format', 'rbldnsd', '--family', '6']),
      );

      const rbldnsd = await startRbldnsd(dir, PORTS.rbldnsd, ZONE);
      stops.push(rbldnsd.stop);
      const loadStarted = Date.now();
      const single = await startServer(dir, databasePath, { dns: PORTS.ours, http: PORTS.http });
      const loadSeconds = (Date.now() - loadStarted) / 1000;
      stops.push(single.stop);
      const cluster = await startServer(dir, databasePath, { dns: PORTS.workers, http: PORTS.http + 1 }, 2);
      stops.push(cluster.stop);
      await settle(2000);
      const fullRss = residentBytes(single.child.pid as number);
      const rbldnsdRss = residentBytes(rbldnsd.child.pid as number);

      const servers = {
        rbldnsd: { port: PORTS.rbldnsd, pid: rbldnsd.child.pid as number, runs: [] as DnsperfFigures[] },
        single: { port: PORTS.ours, pid: single.child.pid as number, runs: [] as DnsperfFigures[] },
        cluster: { port: PORTS.workers, pid: cluster.child.pid as number, runs: [] as DnsperfFigures[] },
      };
      // A short warm-up each (JIT, caches), then the measured rounds, alternating.
      for (const server of Object.values(servers)) dnsperf(server.port, queryPath, 2);
      for (let round = 0; round < ROUNDS; round++) {
        for (const server of Object.values(servers))
          server.runs.push(dnsperf(server.port, queryPath, SECONDS, server.pid));
      }
      await single.stop();
      await cluster.stop();

      // The same server over an empty list: the baseline the list's memory is counted from.
      const emptyPath = join(dir, 'empty.db');
      cli(dir, emptyPath, ['stats']);
      const empty = await startServer(dir, emptyPath, { dns: PORTS.ours, http: PORTS.http });
      stops.push(empty.stop);
      await settle(2000);
      const emptyRss = residentBytes(empty.child.pid as number);
      await empty.stop();

      const base = best(servers.rbldnsd.runs);
      const common =
        `dnsperf -q 200 -t 2 -b 4096, ${SECONDS} s a run, ${ROUNDS} runs each, alternating, after a 2 s warm-up; ` +
        `rbldnsd q/s per run: ${describe(servers.rbldnsd.runs)}, ${cpu(servers.rbldnsd.runs)}. `;
      const throughput = (what: string, runs: DnsperfFigures[], setup: string): BenchResult => {
        const ours = best(runs);
        const lost = runs.reduce((sum, run) => sum + run.lost, 0);
        const ratio = ours.qps / base.qps;
        return {
          measure: `DNSBL queries per second, ${ENTRIES.toLocaleString('en')} entries, ${what}`,
          baseline: 'rbldnsd (one process), same list and questions',
          ours: `${Math.round(ours.qps).toLocaleString('en')} q/s, ${lost} lost`,
          base: `${Math.round(base.qps).toLocaleString('en')} q/s, ${base.lost} lost`,
          ratio,
          goal: `≥ ${GOAL_RATIO}× with no lost queries`,
          met: ratio >= GOAL_RATIO && lost === 0,
          notes:
            `${setup}: q/s per run ${describe(runs)}, ${cpu(runs)}. ${common}` +
            `Answers: ours ${ours.rcodes}; rbldnsd ${base.rcodes} (ours adds the SOA to negative answers). ` +
            'dnsperf shares the 2 cores with the server, and the machine with other work.',
        };
      };
      const growth = mb(fullRss - emptyRss);
      return [
        throughput('one process', servers.single.runs, '`npm start` with DNSBL_WORKERS=1'),
        throughput('2 workers', servers.cluster.runs, '`npm start` with DNSBL_WORKERS=2'),
        {
          measure: `DNSBL memory for ${ENTRIES.toLocaleString('en')} entries`,
          baseline: 'the same server over an empty list',
          ours: `${mb(fullRss).toFixed(0)} MB (+${growth.toFixed(1)} MB)`,
          base: `${mb(emptyRss).toFixed(0)} MB`,
          ratio: fullRss / emptyRss,
          goal: `≤ +${GOAL_GROWTH_MB} MB`,
          met: growth <= GOAL_GROWTH_MB,
          notes:
            `Resident memory (VmRSS) of \`npm start\` (portal and DNSBL in one process) 2 s after start. ` +
            `Import of the list: ${importSeconds.toFixed(1)} s; the server's start over it: ${loadSeconds.toFixed(1)} s. ` +
            `rbldnsd over the same list: ${mb(rbldnsdRss).toFixed(0)} MB (${rbldnsdVersion.replace(/^rbldnsd: /, '')}).`,
        },
      ];
    } finally {
      for (const stop of stops.reverse()) await stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies Benchmark;
