// The DNSBL as the server runs it: the listed index over the database, the responder and its
// sockets, started together and stopped together.
import type { FastifyBaseLogger } from 'fastify';
import { createListedIndex, type ListedIndex } from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { startDnsblListener } from './listener.js';
import { createDnsblResponder } from './responder.js';

export interface DnsblService {
  port: number;
  index: ListedIndex;
  close(): Promise<void>;
}

export async function startDnsbl(deps: {
  settings: NonNullable<Config['dnsbl']>;
  publicUrl: string;
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  /** An index already following the list (shared with other readers); one is made otherwise. */
  index?: ListedIndex;
}): Promise<DnsblService> {
  const { settings, clock, log } = deps;
  const index = deps.index ?? createListedIndex({ db: deps.db, clock });
  if (!deps.index) index.start();
  const responder = createDnsblResponder({
    settings: { ...settings, publicUrl: deps.publicUrl },
    index,
    clock,
  });
  const listener = await startDnsblListener({ responder, host: settings.host, port: settings.port, log });
  log.info(
    { zone: settings.zone, host: settings.host, port: listener.port, ...index.stats() },
    `dnsbl ready: ${settings.zone} on ${settings.host}:${listener.port} (udp and tcp)`,
  );
  return {
    port: listener.port,
    index,
    async close() {
      await listener.close();
      if (!deps.index) index.close();
    },
  };
}
