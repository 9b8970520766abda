// One load for autocannon: the same connections and duration for the portal and its baseline,
// the same checks on every answer, and only the answers that are what the measure says (a 200
// form page, an accepted 303) counted as done; anything else is counted as an error.
import { readFileSync } from 'node:fs';
import autocannon, { type RequestSpec } from 'autocannon';

export interface Load {
  /** The request to send next; undefined when there is nothing left to send. */
  next():
    | { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }
    | undefined;
  /** Whether an answer is the one the measure is about. */
  good(status: number, headers: Record<string, string>, body: string): boolean;
}

export interface LoadFigures {
  good: number;
  other: number;
  seconds: number;
  /** Status codes of the answers that were not good, with counts. */
  otherStatuses: Record<string, number>;
  connectionErrors: number;
  /** CPU time the server process used during the load, in µs (Linux), or undefined. */
  serverCpuMicros: number | undefined;
}

/** User + system CPU time of a process so far, in µs, from /proc (Linux only). */
function cpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks of (almost always) 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

export const CONNECTIONS = 10;

export interface Target {
  url: string;
  /** The server's process, to read the CPU time it spends. */
  pid?: number | undefined;
}

export async function runLoad(
  target: Target,
  load: Load,
  seconds: number,
  limit?: number,
): Promise<LoadFigures> {
  const figures: LoadFigures = {
    good: 0,
    other: 0,
    seconds: 0,
    otherStatuses: {},
    connectionErrors: 0,
    serverCpuMicros: undefined,
  };
  const cpuBefore = cpuMicros(target.pid);
  const request: RequestSpec = {
    setupRequest(current) {
      const next = load.next();
      if (!next) return current;
      return { ...current, ...next, headers: { ...next.headers } };
    },
    onResponse(status, body, _context, headers) {
      if (load.good(status, headers, body)) {
        figures.good++;
        return;
      }
      figures.other++;
      figures.otherStatuses[status] = (figures.otherStatuses[status] ?? 0) + 1;
    },
  };
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    ...(limit === undefined ? {} : { maxOverallRequests: Math.max(limit, CONNECTIONS) }),
    timeout: 10,
    requests: [request],
  });
  figures.seconds = result.duration;
  figures.connectionErrors = result.errors;
  const cpuAfter = cpuMicros(target.pid);
  if (cpuBefore !== undefined && cpuAfter !== undefined) figures.serverCpuMicros = cpuAfter - cpuBefore;
  return figures;
}

export const perSecond = (figures: LoadFigures[]) =>
  figures.reduce((sum, f) => sum + f.good, 0) / figures.reduce((sum, f) => sum + f.seconds, 0);

/** The server's CPU time per counted answer, in µs, when it could be read. */
export function cpuPerAnswer(figures: LoadFigures[]): number | undefined {
  let micros = 0;
  for (const f of figures) {
    if (f.serverCpuMicros === undefined) return undefined;
    micros += f.serverCpuMicros;
  }
  return micros / figures.reduce((sum, f) => sum + f.good, 0);
}

export function describeOthers(figures: LoadFigures[]): string {
  const statuses: Record<string, number> = {};
  let errors = 0;
  for (const f of figures) {
    errors += f.connectionErrors;
    for (const [status, count] of Object.entries(f.otherStatuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  }
  const parts = Object.entries(statuses).map(([status, count]) => `${count} × ${status}`);
  if (errors > 0) parts.push(`${errors} connection errors`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
