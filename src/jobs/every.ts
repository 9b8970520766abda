// Runs a job at a fixed interval without overlapping itself and without keeping the process alive.
import type { FastifyBaseLogger } from 'fastify';

export function every(
  intervalMs: number,
  name: string,
  job: () => unknown,
  log: FastifyBaseLogger,
): () => void {
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await job();
    } catch (error) {
      log.error({ err: error, job: name }, 'scheduled job failed');
    } finally {
      busy = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
