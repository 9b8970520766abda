// GET /api/v1/lookup/:ip of the running portal (as a process, on 127.0.0.1) on a list of
// 1,000,000 networks, against a bare Fastify 5 route of the same path answering without any
// lookup; and the p99 latency of the same requests on a 10,000-network list against a
// 10,000,000-network one, in microseconds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { packageRoot } from '../../src/paths.js';
import { SERVER_NODE_FLAGS } from '../../src/server-flags.js';
import type { Benchmark, BenchResult } from '../benchmark.js';
import { writeFeed } from '../import-feed.js';
import { type Latency, measureLatency } from '../latency.js';
import { freePort, type RunningServer, startServer } from '../server-process.js';
import { cpuMicros } from './http/load.js';

const LARGE = 1_000_000;
const HUGE = 10_000_000;
const SMALL = 10_000;
const SECONDS = 10; // each load run; three in all
const WARM_UP_SECONDS = 2; // before each
const CONNECTIONS = 10;
// The latency runs: a few connections, so answers are timed rather than queues. Both servers
// run at once and take turns, several short runs each: a burst of other work on the machine
// then spoils one run of one list, not the whole measure (the median run counts).
const LATENCY_SECONDS = 4;
const LATENCY_ROUNDS = 5;
const LATENCY_CONNECTIONS = 2;
const cliPath = join(packageRoot, 'dist/src/cli/main.js');

/** Half addresses listed on both lists (the feed's first lines), half pseudo-random ones. */
function lookupPaths(feedPath: string): string[] {
  const listed = readFileSync(feedPath, 'utf8')
    .split('\n')
    .slice(0, SMALL)
    .map((line) => line.split(';')[0] ?? '')
    .filter((text) => text !== '' && !text.includes('/'));
  let state = 7;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state;
  };
  const other = listed.map(
    () => `${40 + (random() % 50)}.${random() % 256}.${random() % 256}.${random() % 256}`,
  );
  return listed.flatMap((address, i) => [address, other[i] as string]).map((ip) => `/api/v1/lookup/${ip}`);
}

async function load(server: RunningServer, paths: string[]) {
  let next = 0;
  const requests = [
    {
      method: 'GET' as const,
      setupRequest: (request: { path: string }) => {
        request.path = paths[next++ % paths.length] as string;
        return request;
      },
    },
  ];
  // Not counted: the first answers of a fresh process run cold code and fill its caches.
  await autocannon({ url: server.url, connections: CONNECTIONS, duration: WARM_UP_SECONDS, requests });
  const cpuBefore = cpuMicros(server.pid);
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors from ${server.url}`);
  }
  const cpuAfter = cpuMicros(server.pid);
  // Server CPU time per answer varies much less than the rate on a shared machine.
  const cpuPerAnswer =
    cpuBefore === undefined || cpuAfter === undefined || result.requests.total === 0
      ? undefined
      : (cpuAfter - cpuBefore) / result.requests.total;
  return {
    perSecond: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    cpuPerAnswer,
  };
}

/** How many of the alike paths are the listed ones (the even places of `paths`). */
function listedShare(alike: string[], paths: string[]): string {
  const listed = new Set(paths.filter((_, i) => i % 2 === 0));
  const count = alike.filter((path) => listed.has(path)).length;
  return `${count.toLocaleString('en')} listed and ${(alike.length - count).toLocaleString('en')} not`;
}

/**
 * The paths both servers answer alike: not listed on either, or listed by the same network. On
 * the large list many "random" addresses fall inside one of its wider networks (its CIDRs include
 * tens of thousands of /16s), and some listed addresses inside a wider one too, so the same path
 * would ask the two lists for different work.
 */
async function pathsAnsweredAlike(servers: RunningServer[], paths: string[]): Promise<string[]> {
  const answerOf = async (server: RunningServer, path: string) => {
    const answer = (await (await fetch(`${server.url}${path}`)).json()) as {
      listed: boolean;
      listing: { network: string } | null;
    };
    return answer.listed ? (answer.listing?.network ?? '?') : '-';
  };
  const alike: string[] = [];
  // A few at a time, in order, so the list of paths keeps its order (listed and not, by turns).
  for (let start = 0; start < paths.length; start += 16) {
    const batch = paths.slice(start, start + 16);
    const answers = await Promise.all(
      batch.map((path) => Promise.all(servers.map((server) => answerOf(server, path)))),
    );
    batch.forEach((path, i) => {
      const [first, ...rest] = answers[i] as string[];
      if (rest.every((answer) => answer === first)) alike.push(path);
    });
  }
  return alike;
}

function importFeed(dir: string, db: string, lines: number): number {
  const started = Date.now();
  const feed = join(dir, `feed-${lines}.txt`);
  const result = spawnSync(process.execPath, [cliPath, 'import', feed, '--by', 'bench'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, db) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
  return (Date.now() - started) / 1000;
}

async function withPortal<T>(
  dir: string,
  db: string,
  run: (server: RunningServer) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const server = await startServer(
    [...SERVER_NODE_FLAGS, join(packageRoot, 'dist/src/server.js')],
    {
      PATH: process.env.PATH ?? '',
      DATABASE_PATH: join(dir, db),
      MAIL_CAPTURE_DIR: join(dir, 'mail'),
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    port,
  );
  try {
    const answer = (await (
      await fetch(`${server.url}${lookupPaths(join(dir, `feed-${SMALL}.txt`))[0]}`)
    ).json()) as {
      listed: boolean;
    };
    if (!answer.listed) throw new Error('the first address of the feed should be listed');
    return await run(server);
  } finally {
    await server.stop();
  }
}

export default {
  name: 'lookup-api',
  description: `\`GET /api/v1/lookup/:ip\` of the portal on a ${LARGE.toLocaleString('en')}-network list, against a bare Fastify 5 JSON route, and its p99 latency on a ${SMALL.toLocaleString('en')}-network list against a ${HUGE.toLocaleString('en')}-network one.`,
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'delist-bench-lookup-'));
    try {
      // The same seed, so every list starts with the same lines: the listed addresses asked about.
      for (const lines of [SMALL, LARGE, HUGE])
        await writeFeed(join(dir, `feed-${lines}.txt`), join(dir, `rows-${lines}.csv`), lines);
      const built = importFeed(dir, 'large.db', LARGE);
      const builtHuge = importFeed(dir, 'huge.db', HUGE);
      importFeed(dir, 'small.db', SMALL);
      rmSync(join(dir, `rows-${HUGE}.csv`));
      const paths = lookupPaths(join(dir, `feed-${SMALL}.txt`));
      const rate = (value: number) => `${Math.round(value).toLocaleString('en')} req/s`;

      const port = await freePort();
      const bare = await startServer(
        [join(packageRoot, 'dist/bench/bare-fastify.js'), String(port)],
        process.env,
        port,
      );
      type Run = Awaited<ReturnType<typeof load>>;
      // Bare, portal, bare, portal: the better of each server's two runs counts, the machine
      // being shared. Each portal run is a fresh process on the same list.
      const bareRuns: Run[] = [];
      const portalRuns: Run[] = [];
      try {
        for (let round = 0; round < 2; round++) {
          bareRuns.push(await load(bare, paths));
          portalRuns.push(await withPortal(dir, 'large.db', (server) => load(server, paths)));
        }
      } finally {
        await bare.stop();
      }
      const better = (runs: Run[]) => runs.reduce((best, r) => (r.perSecond > best.perSecond ? r : best));
      const base = better(bareRuns);
      const large = better(portalRuns);

      // Small, huge, small, huge, ...: each p99 is the median of its runs.
      let latencyPaths: string[] = [];
      const latency = (server: RunningServer) =>
        measureLatency(server.url, latencyPaths, {
          connections: LATENCY_CONNECTIONS,
          seconds: LATENCY_SECONDS,
        });
      const latencies = { small: [] as Latency[], huge: [] as Latency[] };
      let hugeStart = 0;
      await withPortal(dir, 'small.db', async (small) => {
        const started = Date.now();
        await withPortal(dir, 'huge.db', async (huge) => {
          hugeStart = (Date.now() - started) / 1000;
          latencyPaths = await pathsAnsweredAlike([small, huge], paths);
          // A first turn each, not counted: the first answers warm the code and the caches.
          await latency(small);
          await latency(huge);
          for (let round = 0; round < LATENCY_ROUNDS; round++) {
            latencies.small.push(await latency(small));
            latencies.huge.push(await latency(huge));
          }
        });
      });
      const median = (runs: Latency[]) =>
        [...runs].sort((a, b) => a.p99 - b.p99)[Math.floor(runs.length / 2)] as Latency;
      const smallLatency = median(latencies.small);
      const hugeLatency = median(latencies.huge);
      const micros = (value: number) => `${Math.round(value)} µs`;
      const latencyRuns = (runs: Latency[]) =>
        runs
          .map(
            (r) => `p50 ${micros(r.p50)}, p99 ${micros(r.p99)} (${r.requests.toLocaleString('en')} requests)`,
          )
          .join('; ');

      const cpu = (r: Awaited<ReturnType<typeof load>>) =>
        r.cpuPerAnswer === undefined ? '' : `, ${Math.round(r.cpuPerAnswer)} µs server CPU per answer`;
      const run = (r: Awaited<ReturnType<typeof load>>) =>
        `${rate(r.perSecond)} (p50 ${r.p50} ms, p99 ${r.p99} ms${cpu(r)})`;
      const notes = [
        `autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARM_UP_SECONDS} s of warm-up, from the benchmark's own process, against 127.0.0.1; the servers are processes of their own (the portal as \`node ${SERVER_NODE_FLAGS.join(' ')} dist/src/server.js\` with its default LOG_LEVEL=info, so each request is logged in one line, to /dev/null here).`,
        `Requests cycle through ${paths.length.toLocaleString('en')} paths: half addresses listed on every list, half pseudo-random public addresses. Every answer was 2xx.`,
        `Portal: ${portalRuns.map(run).join(', then ')}. Bare Fastify: ${bareRuns.map(run).join(', then ')}. Taking turns, the better run of each counts.`,
        `The list was built with \`delist-portal import\` in ${built.toFixed(1)} s.`,
        '',
        PROFILE,
      ].join('\n');
      const latencyNotes = [
        `${LATENCY_CONNECTIONS} keep-alive connections from the benchmark's process (node:http), each sending its next request when the last answer is in, timed per request in microseconds (client included, the same for both lists). The paths: those of the ${paths.length.toLocaleString('en')} above that both lists answer alike (not listed, or listed by the same network), ${latencyPaths.length.toLocaleString('en')} of them, ${listedShare(latencyPaths, paths)}; on the larger list the others fall inside one of its wider networks, so they would ask it for more work than the smaller one. Both portals run at once and take turns, ${LATENCY_ROUNDS} runs of ${LATENCY_SECONDS} s each after one not counted; the median run's p99 counts.`,
        `${HUGE.toLocaleString('en')} networks (imported in ${builtHuge.toFixed(1)} s; the portal's start over them, index loaded, took about ${hugeStart.toFixed(0)} s): ${latencyRuns(latencies.huge)}.`,
        `${SMALL.toLocaleString('en')} networks: ${latencyRuns(latencies.small)}.`,
        'Both lists answer from the listed index (binary search in sorted typed arrays, one array per prefix length) and, for a listed address, its row and its self-delist times (from SQLite the first time they are asked, from memory after that while they are unchanged); neither grows more than logarithmically with the list.',
      ].join('\n');
      return [
        {
          measure: `lookup API throughput, ${LARGE.toLocaleString('en')}-network list`,
          baseline: 'bare Fastify 5 JSON route, same path',
          ours: rate(large.perSecond),
          base: rate(base.perSecond),
          ratio: large.perSecond / base.perSecond,
          goal: '≥ 0.7×',
          met: large.perSecond / base.perSecond >= 0.7,
          notes,
        },
        {
          measure: `lookup API p99 latency, ${HUGE.toLocaleString('en')} networks`,
          baseline: `the same on ${SMALL.toLocaleString('en')} networks`,
          ours: micros(hugeLatency.p99),
          base: micros(smallLatency.p99),
          ratio: hugeLatency.p99 / smallLatency.p99,
          goal: '≤ 1.2×',
          met: hugeLatency.p99 / smallLatency.p99 <= 1.2,
          notes: latencyNotes,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies Benchmark;

// What CPU profiles of the portal under this load showed (node --cpu-prof dist/src/server.js, Dec 2026).
const PROFILE = [
  'What was found and changed (details in bench/http-notes.md): an address that is not listed is answered from the listed',
  'index, caught up with SQLite before each answer; whether anyone committed since the last answer is now read from the',
  "database's -shm header (96 bytes, src/db/commit-signal.ts) instead of a query. For a listed address the index names the",
  'covering networks; their rows are kept in memory until the index applies a change to them (src/blocklist/listing-rows.ts),',
  "and the address's self-delist times until anyone commits (src/delist/self-delist-times.ts). The paths here repeat, so after",
  "the first pass a listed address costs no SQLite read, where it cost two. The request's log line is written as pino would",
  "write it but without pino's serializers (18-21 µs down to 6-8). API answers carry the OWASP REST set of security headers",
  '(4 instead of 12 over http). Since round ten, once Fastify has answered the route, the next answers are given before',
  'Fastify routes the request (src/web/front-cache.ts): the status and headers Fastify gave, the body from the same lookup,',
  "logged and counted as Fastify's are; a path with anything to decode or check, or a lookup that fails, is still Fastify's.",
  "What remains is Node's HTTP parsing and writing (the socket write alone is about half of a bare answer), the one read",
  'of the -shm header, the log line and garbage collection; nothing here depends on the size of the list.',
].join('\n');
