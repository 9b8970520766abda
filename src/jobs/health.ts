// What /healthz, /metrics and `delist-portal stats` report: the database answers, its
// migrations are all applied, the list, the requests, the escalations, the abuse reports and the
// outbox. Read when asked.
import type { AbuseReports } from '../abuse/index.js';
import type { Blocklist } from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import { readMigrations } from '../db/migrate.js';
import type { Db } from '../db/open.js';
import type { DelistRequests } from '../delist/index.js';
import type { Escalations } from '../escalation/index.js';
import type { Outbox } from '../mail/index.js';

export interface Health {
  ok: boolean;
  database: 'ok' | 'unreachable';
  migrations: { applied: number; known: number };
  list: { listed: number; leaving: number; removalsDone: number };
  requests: Record<string, number>;
  escalations: Record<string, number>;
  abuseReports: Record<string, number>;
  outbox: { queued: number; oldestQueuedSeconds: number | null; byState: Record<string, number> };
}

export function createHealth(deps: {
  db: Db;
  clock: Clock;
  blocklist: Blocklist;
  requests: DelistRequests;
  escalations: Escalations;
  abuseReports: AbuseReports;
  outbox: Outbox;
}) {
  const known = readMigrations().length;
  const applied = deps.db.prepare('SELECT count(*) FROM schema_migrations').pluck();
  return (): Health => {
    try {
      const now = deps.clock.now();
      const migrations = { applied: Number(applied.get()), known };
      const waiting = deps.outbox.waiting();
      return {
        ok: migrations.applied === known,
        database: 'ok',
        migrations,
        list: { ...deps.blocklist.counts(now), removalsDone: deps.blocklist.removalsDone() },
        requests: deps.requests.countByState(),
        escalations: deps.escalations.countByState(),
        abuseReports: deps.abuseReports.countByState(),
        outbox: {
          queued: waiting.queued,
          oldestQueuedSeconds: waiting.oldest ? Math.round((now - Date.parse(waiting.oldest)) / 1000) : null,
          byState: deps.outbox.countByState(),
        },
      };
    } catch {
      return {
        ok: false,
        database: 'unreachable',
        migrations: { applied: 0, known },
        list: { listed: 0, leaving: 0, removalsDone: 0 },
        requests: {},
        escalations: {},
        abuseReports: {},
        outbox: { queued: 0, oldestQueuedSeconds: null, byState: {} },
      };
    }
  };
}

export type HealthCheck = ReturnType<typeof createHealth>;
