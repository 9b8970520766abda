// The DNSBL as one process runs it: the listed index over the database, the responder and its
// sockets, started together and stopped together.
import { createListedIndex, type ListedIndex } from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { type ListenerLog, startDnsblListener } from './listener.js';
import { createDnsblResponder } from './responder.js';

export type DnsblSettings = NonNullable<Config['dnsbl']>;

export interface DnsblService {
  port: number;
  index: ListedIndex;
  close(): Promise<void>;
}

export async function startDnsbl(deps: {
  settings: DnsblSettings;
  publicUrl: string;
  db: Db;
  clock: Clock;
  log: ListenerLog;
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
  return {
    port: listener.port,
    index,
    async close() {
      await listener.close();
      if (!deps.index) index.close();
    },
  };
}
