// What the server starts when DNSBL_ZONE and DNSBL_PORT are set: the DNSBL in the server's own
// process, or in DNSBL_WORKERS forked processes; either way one "dnsbl ready" line and one close().
import type { FastifyBaseLogger } from 'fastify';
import type { ListedIndex } from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { type DnsblSettings, startDnsbl } from './dnsbl-service.js';
import { startDnsblWorkers } from './dnsbl-workers.js';

export async function serveDnsbl(deps: {
  settings: DnsblSettings;
  config: Config;
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  /** An index the server already keeps for other readers; the DNSBL in this process uses it. */
  index?: ListedIndex;
}): Promise<{ close(): Promise<void> }> {
  const { settings, log } = deps;
  let service: { port: number; networks: number; close(): Promise<void> };
  if (settings.workers > 1) {
    service = await startDnsblWorkers(settings.workers, log);
  } else {
    const one = await startDnsbl({ ...deps, publicUrl: deps.config.publicUrl });
    service = { ...one, networks: one.index.stats().networks };
  }
  log.info(
    {
      zone: settings.zone,
      host: settings.host,
      port: service.port,
      networks: service.networks,
      workers: settings.workers,
    },
    `dnsbl ready: ${settings.zone} on ${settings.host}:${service.port} (udp and tcp)`,
  );
  return service;
}
