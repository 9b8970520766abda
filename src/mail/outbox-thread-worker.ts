// The outbox sender's own thread (see outbox-thread.ts): a connection of its own to the same
// database, the same wiring as the server's (createPortal), and only the sender running. It
// sends when told a request was accepted and every OUTBOX_INTERVAL, and stops when told to,
// after the email in hand. Its log lines go to the server's thread, which writes them with its own.
import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { systemClock } from '../clock.js';
import type { TokenKey } from '../config.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { every } from '../jobs/every.js';
import { loggerOptions } from '../logging.js';
import { createPortal } from '../portal.js';
import type { FromSenderThread, ToSenderThread } from './outbox-thread.js';

const port = parentPort;
if (!port) throw new Error('outbox-thread-worker runs as a worker thread of the server');
const tell = (message: FromSenderThread) => port.postMessage(message);

const config = loadConfig();
// createPortal names the module in its sender's lines.
const log = pino(loggerOptions(config.logLevel), { write: (line: string) => tell({ log: line }) });
const db = openDatabase(config.databasePath, systemClock, { busyTimeoutMs: config.databaseBusyTimeoutMs });
const { tokenKeys } = workerData as { tokenKeys: TokenKey[] };
const portal = createPortal({ config, db, clock: systemClock, tokenKeys, log });
const sender = portal.outboxSender;
const stopJob = every(config.outboxIntervalMs, 'outbox', () => sender.flush(), log);

port.on('message', (message: ToSenderThread) => {
  if (message.kind === 'kick') sender.kick();
  else if (message.kind === 'flush') {
    sender.flush().then(
      () => tell({ flushed: message.id }),
      (error: unknown) => {
        log.error({ err: error }, 'outbox flush failed');
        tell({ flushed: message.id });
      },
    );
  } else if (message.kind === 'stop') {
    stopJob();
    void sender.idle().then(() => {
      portal.transport.close();
      db.close();
      tell({ stopped: true });
      port.close();
    });
  }
});
// Anything due while the server was down goes out now.
sender.kick();
