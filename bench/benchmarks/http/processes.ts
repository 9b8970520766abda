// The processes an HTTP benchmark talks to: the portal exactly as `npm start` runs it (the compiled
// server, with a fresh data folder of its own) and the baseline server, each listening on
// 127.0.0.1 only; and the operator's CLI, used to put the addresses the benchmark posts on the list.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../../src/paths.js';
import { SERVER_NODE_FLAGS } from '../../../src/server-flags.js';
import { freePort } from '../../server-process.js';

export interface Listener {
  url: string;
  pid: number | undefined;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Node with these arguments, under `prefix` (e.g. ['taskset', '-c', '1']) when one is given. */
function spawnNode(args: string[], prefix: string[] | undefined, options: SpawnOptions): ChildProcess {
  if (!prefix || prefix.length === 0) return spawn(process.execPath, args, options);
  const [command, ...prefixArgs] = prefix as [string, ...string[]];
  return spawn(command, [...prefixArgs, process.execPath, ...args], options);
}

function stopper(child: ChildProcess, cleanUp = () => {}) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        cleanUp();
        resolve();
        return;
      }
      child.once('exit', () => {
        cleanUp();
        resolve();
      });
      child.kill('SIGTERM');
    });
}

async function waitUntilAnswering(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited before answering: ${stderr()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url} after 30 s: ${stderr()}`);
}

/** Settings that keep the portal's own limits out of the figures; everything else is the default. */
export const BENCH_PORTAL_ENV = {
  LOG_LEVEL: 'silent',
  // The smallest puzzle: the bench solves thousands of them before it measures.
  POW_DIFFICULTY: '2',
  POSTS_PER_MINUTE: '100000000',
  EMAILS_PER_ADDRESS_PER_HOUR: '100000000',
  EMAILS_PER_ADDRESS_PER_DAY: '100000000',
  REQUESTS_PER_IP_PER_DAY: '100000000',
  TOKEN_KEYS: `bench:${'k'.repeat(40)}`,
} as const;

export interface PortalProcess extends Listener {
  env: Record<string, string>;
  /** The portal's data folder, removed when it stops. */
  dir: string;
  /** `delist-portal import -` of these lines, as an operator would run it. */
  importList(lines: string[]): Promise<void>;
}

export interface PortalOptions {
  /** Arguments for node before the script (e.g. --cpu-prof); SERVER_NODE_FLAGS come first. */
  nodeArgs?: string[];
  /** The package folder whose dist/ runs: another build to compare with, say. */
  root?: string;
  /** A command the server runs under, e.g. ['taskset', '-c', '1']. */
  prefix?: string[];
  /** Settings on top of BENCH_PORTAL_ENV. */
  env?: Record<string, string>;
}

/** `node dist/src/server.js` in a fresh folder. */
export async function startPortal(options: PortalOptions = {}): Promise<PortalProcess> {
  const root = options.root ?? packageRoot;
  const dir = mkdtempSync(join(tmpdir(), 'delist-bench-'));
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_PATH: join(dir, 'data/delist.db'),
    MAIL_CAPTURE_DIR: join(dir, 'data/mail'),
    ...BENCH_PORTAL_ENV,
    ...options.env,
  };
  const nodeArgs = [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), join(root, 'dist/src/server.js')];
  const child = spawnNode(nodeArgs, options.prefix, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, () => rmSync(dir, { recursive: true, force: true }));
  try {
    await waitUntilAnswering(`${url}/healthz`, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    pid: child.pid,
    child,
    env,
    dir,
    stop,
    importList: (lines) =>
      new Promise((resolve, reject) => {
        const cli = spawn(process.execPath, [join(root, 'dist/src/cli/main.js'), 'import', '-'], {
          cwd: dir,
          env,
          stdio: ['pipe', 'ignore', 'pipe'],
        });
        let cliErrors = '';
        cli.stderr?.on('data', (chunk: Buffer) => {
          cliErrors += chunk.toString();
        });
        cli.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import failed: ${cliErrors}`))));
        cli.stdin?.end(`${lines.join('\n')}\n`);
      }),
  };
}

/** The bare Fastify baseline (baseline-server.ts, compiled next to this file), with a fresh database. */
export async function startBaseline(replayAnswerFile?: string, prefix?: string[]): Promise<Listener> {
  const dir = mkdtempSync(join(tmpdir(), 'delist-bench-baseline-'));
  const child = spawnNode([join(import.meta.dirname, 'baseline-server.js')], prefix, {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      REPLAY_ANSWER: replayAnswerFile ?? '',
      ROWS_DATABASE: join(dir, 'rows.db'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => {
      cleanUp();
      reject(new Error(`the baseline exited (${code}): ${stderr}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, cleanUp);
  try {
    await waitUntilAnswering(url, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid, child, stop };
}
