// One DNSBL worker process, forked by the server when DNSBL_WORKERS is more than 1 (Node 20's
// dgram has no reusePort, so node:cluster is how a second core answers on the same port). It
// keeps its own listed index over the same database and reports to the server, which logs.
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { startDnsbl } from './dnsbl-service.js';

export type WorkerMessage =
  | { type: 'ready'; port: number; networks: number; unreadable: number }
  | { type: 'warn'; details: object; message: string }
  | { type: 'failed'; message: string };

const report = (message: WorkerMessage) => process.send?.(message);

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.dnsbl) throw new Error('DNSBL_ZONE and DNSBL_PORT are not set');
  const db = openDatabase(config.databasePath, systemClock, { busyTimeoutMs: config.databaseBusyTimeoutMs });
  const dnsbl = await startDnsbl({
    settings: config.dnsbl,
    publicUrl: config.publicUrl,
    db,
    clock: systemClock,
    log: { warn: (details, message) => report({ type: 'warn', details, message }) },
  });
  report({ type: 'ready', port: dnsbl.port, ...dnsbl.index.stats() });
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'stop') return;
    void dnsbl.close().then(() => {
      db.close();
      process.exit(0);
    });
  });
  // The server handles signals for the whole group and tells each worker to stop.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {});
}

main().catch((error: unknown) => {
  report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
