// Compares builds of the portal side by side, for deciding whether a change made an answer
// cheaper: each build runs as a server of its own, all at once, and each is loaded in turn for a
// second, round after round, while its CPU time per answer is read from /proc. Where `taskset`
// works, the servers share the last core and this process (autocannon) the others, so two
// processes of one build agree within a few µs; rates from such short loads say little, the CPU
// time per answer is the figure (bench/http-notes.md, rounds four and five).
//
//   npm run bench:compare -- form 8 . ../other bare
//   npm run bench:compare -- lookup 8 . .+--no-single-threaded-gc
//   npm run bench:compare -- post 4 . ../other
//
// A post's figure includes its email: after each load the server is given time to send (here,
// capture) every email the posts queued, and that CPU time counts too.
//
// A build is a package folder with dist/ built (`npm run build` there); `folder+flag+flag` adds
// node flags after SERVER_NODE_FLAGS; `bare` (form only) is the bare Fastify static page.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { formPoster, outboxDrained, postLoad } from './benchmarks/http/form-posts.js';
import { cpuMicros, type Load, runLoad } from './benchmarks/http/load.js';
import {
  type Listener,
  type PortalProcess,
  startBaseline,
  startPortal,
} from './benchmarks/http/processes.js';

type Mode = 'form' | 'lookup' | 'post';
const MODES: readonly string[] = ['form', 'lookup', 'post'];

/** Posts prepared per server and round: more than one second of posting takes here. */
const POSTS_PER_ROUND = 3000;

interface Target {
  name: string;
  server: Listener | PortalProcess;
  /** The load each round continues (posts are used up, so one load for all rounds). */
  load: Load;
  cpu: number[];
  rates: number[];
}

/** Addresses for the lookup: half listed (imported into every build's list), half not. */
const LISTED = Array.from({ length: 2000 }, (_, n) => `45.${n >> 8}.${n & 255}.9`);
const NOT_LISTED = Array.from(
  { length: 2000 },
  (_, n) => `${11 + (n % 80)}.${(n * 7) & 255}.${(n * 13) & 255}.7`,
);
const LOOKUP_PATHS = LISTED.flatMap((ip, n) => [`/api/v1/lookup/${ip}`, `/api/v1/lookup/${NOT_LISTED[n]}`]);

function readLoad(mode: 'form' | 'lookup'): Load {
  let next = 0;
  if (mode === 'form') {
    return {
      next: () => ({ method: 'GET', path: '/', headers: { 'accept-language': 'en-GB,en;q=0.8' } }),
      good: (status, _headers, body) => status === 200 && body.includes('</html>'),
    };
  }
  return {
    next: () => ({ method: 'GET', path: LOOKUP_PATHS[next++ % LOOKUP_PATHS.length] as string }),
    good: (status) => status === 200,
  };
}

/** Servers on the last core, this process on the rest; nothing when taskset is missing. */
function pinning(wanted: boolean): string[] | undefined {
  const cores = availableParallelism();
  if (!wanted || cores < 2) return undefined;
  const self = spawnSync('taskset', ['-a', '-p', '-c', `0-${cores - 2}`, String(process.pid)]);
  if (self.status !== 0) return undefined;
  return ['taskset', '-c', String(cores - 1)];
}

async function startTarget(
  spec: string,
  mode: Mode,
  rounds: number,
  prefix: string[] | undefined,
): Promise<Target> {
  if (spec === 'bare') {
    if (mode !== 'form') throw new Error('bare is the static page: compare it in form mode only');
    return {
      name: spec,
      server: await startBaseline(undefined, prefix),
      load: readLoad(mode),
      cpu: [],
      rates: [],
    };
  }
  const [folder = '.', ...nodeArgs] = spec.split('+');
  const portal = await startPortal({
    root: resolve(folder),
    nodeArgs,
    ...(prefix ? { prefix } : {}),
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  });
  if (mode === 'lookup') await portal.importList(LISTED);
  if (mode !== 'post') return { name: spec, server: portal, load: readLoad(mode), cpu: [], rates: [] };
  const count = POSTS_PER_ROUND * (rounds + 1);
  const posts = await (await formPoster(portal)).batch(count);
  return { name: spec, server: portal, load: postLoad(portal.url, posts, false), cpu: [], rates: [] };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

async function main(args: string[]): Promise<void> {
  const pin = !args.includes('--no-pin');
  const [mode, roundsText, ...specs] = args.filter((arg) => arg !== '--no-pin');
  const rounds = Number(roundsText);
  if (!MODES.includes(mode ?? '') || !(rounds > 0) || specs.length === 0) {
    process.stderr.write(
      'usage: compare-builds <form|lookup|post> <rounds> <build folder[+node flag…]|bare>… [--no-pin]\n',
    );
    process.exitCode = 2;
    return;
  }
  const chosen = mode as Mode;
  const prefix = pinning(pin);
  process.stdout.write(prefix ? `servers pinned: ${prefix.join(' ')}\n` : 'not pinned\n');
  const targets: Target[] = [];
  // One load of a second; for posts, until every email they queued is sent, which counts too.
  const once = async (target: Target) => {
    const before = cpuMicros(target.server.pid);
    const figures = await runLoad(
      target.server,
      target.load,
      1,
      chosen === 'post' ? POSTS_PER_ROUND : undefined,
    );
    if (chosen === 'post') await outboxDrained(target.server.url);
    const after = cpuMicros(target.server.pid);
    if (figures.other > 0)
      throw new Error(`${target.name}: ${figures.other} answers were not ${mode} answers`);
    return { figures, cpu: before === undefined || after === undefined ? undefined : after - before };
  };
  try {
    for (const spec of specs) targets.push(await startTarget(spec, chosen, rounds, prefix));
    for (const target of targets) await once(target);
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        const { figures, cpu } = await once(target);
        if (cpu !== undefined) target.cpu.push(cpu / figures.good);
        target.rates.push(figures.good / figures.seconds);
      }
    }
  } finally {
    await Promise.all(targets.map((target) => target.server.stop()));
  }
  for (const { name, cpu, rates } of targets) {
    const each = cpu.map((micros) => micros.toFixed(0)).join(' ');
    process.stdout.write(
      `${name}: CPU per answer p25 ${percentile(cpu, 0.25).toFixed(1)} µs, median ${percentile(cpu, 0.5).toFixed(1)} µs ` +
        `(${each}); ${Math.round(percentile(rates, 0.5))} answers/s (median)\n`,
    );
  }
}

// Read once so an unreadable /proc says so before any server starts.
if (cpuMicros(process.pid) === undefined) process.stderr.write('no /proc here: CPU times cannot be read\n');
await main(process.argv.slice(2));
