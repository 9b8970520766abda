// Latency of single requests, in microseconds: a few keep-alive connections, each sending its next
// request when the answer to the last one has arrived, so the server is busy but never queued.
// autocannon counts latency in whole milliseconds, too coarse for answers that take a fraction
// of one.
import { Agent, request } from 'node:http';

export interface Latency {
  requests: number;
  p50: number;
  p99: number;
}

export async function measureLatency(
  url: string,
  paths: readonly string[],
  options: { connections: number; seconds: number },
): Promise<Latency> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const { hostname, port } = new URL(url);
  const micros: number[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  let next = 0;
  const once = (path: string) =>
    new Promise<void>((resolve, reject) => {
      const started = process.hrtime.bigint();
      const asked = request({ agent, hostname, port, path }, (answer) => {
        answer.resume();
        answer.on('end', () => {
          if (answer.statusCode !== 200) reject(new Error(`${path}: ${answer.statusCode}`));
          micros.push(Number(process.hrtime.bigint() - started) / 1000);
          resolve();
        });
      });
      asked.on('error', reject);
      asked.end();
    });
  const connection = async () => {
    while (Date.now() < deadline) await once(paths[next++ % paths.length] as string);
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  agent.destroy();
  micros.sort((a, b) => a - b);
  const at = (share: number) => micros[Math.min(micros.length - 1, Math.floor(share * micros.length))] ?? 0;
  return { requests: micros.length, p50: at(0.5), p99: at(0.99) };
}
