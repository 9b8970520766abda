// The processes the DNSBL benchmark runs: our server (as `npm start` runs it), rbldnsd and
// dnsperf, each on loopback, each stopped when its part is done.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../src/paths.js';
import { SERVER_NODE_FLAGS } from '../../../src/server-flags.js';

export interface Running {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Resident memory of a process in bytes, as the kernel counts it. */
export function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** Resolves once the server at the port answers a question (an SOA at the zone's apex). */
export async function waitForAnswer(port: number, zone: string, timeoutMs = 120_000): Promise<void> {
  const labels = zone
    .split('.')
    .map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)]));
  const question = Buffer.concat([
    Buffer.from([0x12, 0x34, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
    ...labels,
    Buffer.from([0, 0, 6, 0, 1]),
  ]);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      const timer = setTimeout(() => {
        socket.close();
        resolve(false);
      }, 250);
      socket.once('message', () => {
        clearTimeout(timer);
        socket.close();
        resolve(true);
      });
      socket.send(question, port, '127.0.0.1');
    });
    if (answered) return;
  }
  throw new Error(`nothing answered on 127.0.0.1:${port} within ${timeoutMs / 1000} s`);
}

/** CPU time (user + system) a process and its children have used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);
  let ticks = 0;
  for (const one of [pid, ...children]) {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${one}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

/** The compiled server with the DNSBL on `dnsPort`, over the database at `databasePath`. */
export async function startServer(
  dir: string,
  databasePath: string,
  ports: { dns: number; http: number },
  workers = 1,
) {
  const { dns: dnsPort, http: httpPort } = ports;
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(packageRoot, 'dist/src/server.js')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(httpPort),
      DATABASE_PATH: databasePath,
      MAIL_CAPTURE_DIR: join(dir, 'mail'),
      DNSBL_ZONE: 'bl.example.net',
      DNSBL_PORT: String(dnsPort),
      DNSBL_WORKERS: String(workers),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForAnswer(dnsPort, 'bl.example.net');
  return { child, stop: stopper(child) };
}

export async function startRbldnsd(dir: string, port: number, zone: string): Promise<Running> {
  // rbldnsd drops root for its own user, which must be able to read the zone files.
  const child = spawn(
    'rbldnsd',
    [
      '-n',
      '-q',
      '-b',
      `127.0.0.1/${port}`,
      '-w',
      dir,
      `${zone}:ip4set:delist4.zone`,
      `${zone}:ip6trie:delist6.zone`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { PATH: `${process.env.PATH ?? ''}:/usr/sbin` } },
  );
  await waitForAnswer(port, zone);
  return { child, stop: stopper(child) };
}

export interface DnsperfFigures {
  qps: number;
  completed: number;
  lost: number;
  rcodes: string;
  /** The server's CPU time per answer in microseconds, when its pid was given. */
  cpuMicros: number;
}

export function dnsperf(
  port: number,
  queryFile: string,
  seconds: number,
  serverPid?: number,
): DnsperfFigures {
  const cpuBefore = serverPid ? cpuSeconds(serverPid) : 0;
  const result = spawnSync(
    'dnsperf',
    // A large socket buffer on dnsperf's side too, so answers are not dropped while it waits for a core.
    [
      '-s',
      '127.0.0.1',
      '-p',
      String(port),
      '-d',
      queryFile,
      '-l',
      String(seconds),
      '-q',
      '200',
      '-t',
      '2',
      '-b',
      '4096',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`dnsperf exited ${result.status}: ${result.stderr}`);
  const figure = (label: string) =>
    Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(result.stdout)?.[1] ?? Number.NaN);
  const completed = figure('Queries completed');
  return {
    qps: figure('Queries per second'),
    completed,
    cpuMicros: serverPid ? ((cpuSeconds(serverPid) - cpuBefore) / completed) * 1e6 : Number.NaN,
    lost: figure('Queries lost'),
    rcodes: /Response codes:\s+(.*)/.exec(result.stdout)?.[1]?.trim() ?? '',
  };
}
