// The DNSBL on several cores: the server forks DNSBL_WORKERS processes with node:cluster, all
// answering on the same UDP socket and TCP port, each with its own listed index. A worker that
// dies is replaced; stopping the server stops them all.
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import type { WorkerMessage } from './worker.js';

export interface DnsblWorkers {
  port: number;
  networks: number;
  close(): Promise<void>;
}

export function startDnsblWorkers(count: number, log: FastifyBaseLogger): Promise<DnsblWorkers> {
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./worker.js', import.meta.url)), silent: false });
  const workers = new Set<Worker>();
  let stopping = false;

  return new Promise((resolve, reject) => {
    let ready = 0;
    const fork = (first: boolean) => {
      const worker = cluster.fork();
      workers.add(worker);
      let served = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') served = true;
        if (message.type === 'warn') log.warn({ worker: worker.id, ...message.details }, message.message);
        if (message.type === 'failed') {
          log.error({ worker: worker.id }, `dnsbl worker failed: ${message.message}`);
          if (first) reject(new Error(`a DNSBL worker could not start: ${message.message}`));
        }
        if (message.type === 'ready' && first && ++ready === count) {
          resolve({
            port: message.port,
            networks: message.networks,
            close: () => stopAll(),
          });
        }
      });
      worker.on('exit', (code, signal) => {
        workers.delete(worker);
        // Only a worker that was answering is replaced, so a broken start cannot loop.
        if (stopping || !served) return;
        log.error({ worker: worker.id, code, signal }, 'dnsbl worker stopped unexpectedly; starting another');
        fork(false);
      });
    };
    for (let i = 0; i < count; i++) fork(true);
  });

  function stopAll(): Promise<void> {
    stopping = true;
    return Promise.all(
      [...workers].map(
        (worker) =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => worker.process.kill('SIGKILL'), 5000);
            worker.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            worker.send({ type: 'stop' });
          }),
      ),
    ).then(() => undefined);
  }
}
