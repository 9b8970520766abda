// The server sends its emails from a thread of its own, so that building a message and talking
// to the mail server never hold up an answer: under a burst of accepted forms the email work
// was two thirds of the server's time per form. The request's thread only writes the outbox
// row (as before) and tells the sender thread to look; nothing is lost if the thread dies, since
// the rows are in SQLite and a new thread (started a second later) sends what is due.
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import type { TokenKey } from '../config.js';
import type { OutboxSender } from './outbox-sender.js';

export type ToSenderThread = { kind: 'kick' } | { kind: 'flush'; id: number } | { kind: 'stop' };
export type FromSenderThread = { log: string } | { flushed: number } | { stopped: true };

const RESTART_DELAY_MS = 1000;

export function startOutboxThread(options: {
  tokenKeys: readonly TokenKey[];
  log: FastifyBaseLogger;
  /** Where the thread's log lines go: the server's own log destination. */
  writeLog: (line: string) => void;
}): OutboxSender {
  // idle() is only called as the server stops: here it lets the email in hand finish and ends the thread.
  let worker: Worker;
  let running = false;
  let stopping: Promise<void> | undefined;
  let kickQueued = false;
  let nextFlush = 0;
  const flushes = new Map<number, () => void>();

  function start(): void {
    worker = new Worker(new URL('./outbox-thread-worker.js', import.meta.url), {
      workerData: { tokenKeys: options.tokenKeys.map((key) => ({ ...key })) },
    });
    worker.on('message', (message: FromSenderThread) => {
      if ('log' in message) options.writeLog(message.log);
      else if ('flushed' in message) {
        flushes.get(message.flushed)?.();
        flushes.delete(message.flushed);
      }
    });
    worker.on('error', (error) => options.log.error({ err: error }, 'the outbox thread failed'));
    running = true;
    worker.on('exit', (code) => {
      running = false;
      // A flush the thread did not answer is over as far as anyone waiting can tell.
      for (const done of flushes.values()) done();
      flushes.clear();
      if (stopping) return;
      options.log.error({ code }, 'the outbox thread stopped; starting another');
      setTimeout(() => {
        if (!stopping) start();
      }, RESTART_DELAY_MS).unref();
    });
  }
  start();

  const tell = (message: ToSenderThread) => worker.postMessage(message);

  return {
    kick() {
      // One message per turn of the event loop however many forms it accepted.
      if (kickQueued || stopping) return;
      kickQueued = true;
      setImmediate(() => {
        kickQueued = false;
        tell({ kind: 'kick' });
      });
    },
    flush() {
      if (stopping) return stopping;
      const id = nextFlush++;
      return new Promise<void>((resolve) => {
        flushes.set(id, resolve);
        tell({ kind: 'flush', id });
      });
    },
    idle() {
      stopping ??= new Promise<void>((resolve) => {
        if (!running) return resolve();
        worker.once('exit', () => resolve());
        tell({ kind: 'stop' });
      });
      return stopping;
    },
  };
}
