// One load for wrk, for a page every request asks the same way (GET / as a first visit gets it).
// wrk is written in C and costs far less per answer byte than autocannon, which shares the two
// cores with the servers: under autocannon a server sending our 5.7 KB answer (headers
// included) while doing no work at all ran at 0.71× the same server sending 3.3 KB, so the load
// generator, not the server, set the ratio. wrk checks the status and reads each body by its
// length; what the answer holds is checked once before the load, with the same URL and headers.
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import type { Tool } from '../../tools.js';
import { CONNECTIONS, cpuMicros, type LoadFigures, type Target } from './load.js';

export const WRK: Tool = {
  command: 'wrk',
  versionArgs: ['-v'],
  // `wrk -v` prints its version and exits 1.
  versionExitCodes: [0, 1],
  install: 'apt-get install -y wrk',
};

export interface PageLoad {
  path: string;
  headers: Record<string, string>;
  /** Whether an answer is the one the measure is about. */
  good(status: number, body: string): boolean;
}

const UNIT_SECONDS: Record<string, number> = { us: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** The figures of wrk's summary; throws when the summary is not there. */
export function parseWrkSummary(output: string): Omit<LoadFigures, 'serverCpuMicros'> {
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m|h),/.exec(output);
  if (!total) throw new Error(`wrk printed no summary:\n${output}`);
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const connectionErrors = sockets ? sockets.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const other = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  return {
    good: Number(total[1]) - other,
    other,
    seconds: Number(total[2]) * (UNIT_SECONDS[total[3] as string] ?? 1),
    otherStatuses: other > 0 ? { 'not 2xx or 3xx': other } : {},
    connectionErrors,
  };
}

/**
 * One GET on a connection of its own. wrk runs synchronously, so while it runs this process does
 * not see a server close the kept-alive connection of an earlier check, and fetch would reuse it.
 */
function getOnce(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers, agent: false }, (answer) => {
      let body = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        body += chunk;
      });
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body }));
      answer.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

async function checkAnswer(target: Target, load: PageLoad): Promise<void> {
  const { status, body } = await getOnce(`${target.url}${load.path}`, load.headers);
  if (!load.good(status, body)) {
    throw new Error(`${target.url}${load.path} answered ${status}, not the page the load is about`);
  }
}

/** One thread, the same connections as the autocannon loads, for `seconds`. */
export async function runWrk(target: Target, load: PageLoad, seconds: number): Promise<LoadFigures> {
  await checkAnswer(target, load);
  const headerArgs = Object.entries(load.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const cpuBefore = cpuMicros(target.pid);
  // Synchronous, as dnsperf is run: the servers are processes of their own, and this one has
  // nothing else to do meanwhile.
  const result = spawnSync(
    WRK.command,
    [
      '-t1',
      `-c${CONNECTIONS}`,
      `-d${seconds}s`,
      '--timeout',
      '10s',
      ...headerArgs,
      `${target.url}${load.path}`,
    ],
    { encoding: 'utf8' },
  );
  const cpuAfter = cpuMicros(target.pid);
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`wrk exited with ${result.status}:\n${output}`);
  return {
    ...parseWrkSummary(output),
    serverCpuMicros: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
  };
}
