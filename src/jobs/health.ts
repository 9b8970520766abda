// What /healthz and /metrics report: the database answers, its migrations are all applied, and
// how deep and how old the outbox is. Read from SQLite at the moment of asking.
import type { Clock } from '../clock.js';
import { readMigrations } from '../db/migrate.js';
import type { Db } from '../db/open.js';

export interface Health {
  ok: boolean;
  database: 'ok' | 'unreachable';
  migrations: { applied: number; known: number };
  outbox: { queued: number; oldestQueuedSeconds: number | null; failed: number };
  list: { listed: number; leaving: number };
}

export function createHealth(db: Db, clock: Clock) {
  const known = readMigrations().length;
  const statements = {
    migrations: db.prepare('SELECT count(*) FROM schema_migrations').pluck(),
    queued: db.prepare<[], { queued: number; oldest: string | null }>(
      "SELECT count(*) AS queued, min(created_at) AS oldest FROM outbox WHERE state = 'queued'",
    ),
    failed: db.prepare("SELECT count(*) FROM outbox WHERE state = 'failed'").pluck(),
    list: db.prepare<{ now: string }, { listed: number; leaving: number }>(
      `SELECT count(*) AS listed, count(delist_at) AS leaving FROM blocked_senders
       WHERE (delist_at IS NULL OR delist_at > :now) AND (expires_at IS NULL OR expires_at > :now)`,
    ),
  };
  return (): Health => {
    try {
      const now = clock.now();
      const applied = Number(statements.migrations.get());
      const queued = statements.queued.get() ?? { queued: 0, oldest: null };
      const list = statements.list.get({ now: new Date(now).toISOString() }) ?? { listed: 0, leaving: 0 };
      return {
        ok: applied === known,
        database: 'ok',
        migrations: { applied, known },
        outbox: {
          queued: queued.queued,
          oldestQueuedSeconds: queued.oldest ? Math.round((now - Date.parse(queued.oldest)) / 1000) : null,
          failed: Number(statements.failed.get()),
        },
        list,
      };
    } catch {
      return {
        ok: false,
        database: 'unreachable',
        migrations: { applied: 0, known },
        outbox: { queued: 0, oldestQueuedSeconds: null, failed: 0 },
        list: { listed: 0, leaving: 0 },
      };
    }
  };
}

export type HealthCheck = ReturnType<typeof createHealth>;
