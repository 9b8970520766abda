// GET /healthz for load balancers and monitors (503 when the database is unreachable or behind
// its migrations); GET /metrics in Prometheus text format, from prom-client.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Registry } from 'prom-client';
import type { Db } from '../../db/open.js';
import type { HealthCheck } from '../../jobs/health.js';

// A plugin at the root, so the response counter sees every route.
export default fp(
  async (app: FastifyInstance, { health, db }: { health: HealthCheck; db: Db }) => {
    const totals = (table: 'delist_requests' | 'outbox') =>
      Object.fromEntries(
        (
          db.prepare(`SELECT state, count(*) AS n FROM ${table} GROUP BY state`).all() as Array<{
            state: string;
            n: number;
          }>
        ).map((row) => [row.state, row.n]),
      );
    const removalsDone = () =>
      Number(db.prepare("SELECT count(*) FROM blocklist_history WHERE action = 'removed'").pluck().get());
    const registry = new Registry();
    const gauge = (name: string, help: string, read: (now: ReturnType<HealthCheck>) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read(health()));
        },
      });
    gauge('delist_blocklist_listed', 'Networks that count as listed now', (h) => h.list.listed);
    gauge(
      'delist_removals_scheduled',
      'Listings with a confirmed removal still ahead',
      (h) => h.list.leaving,
    );
    gauge('delist_outbox_queued', 'Emails waiting for the mail server', (h) => h.outbox.queued);
    gauge('delist_outbox_failed', 'Emails given up after OUTBOX_MAX_AGE', (h) => h.outbox.failed);
    gauge(
      'delist_outbox_oldest_queued_seconds',
      'Age of the oldest email still waiting',
      (h) => h.outbox.oldestQueuedSeconds ?? 0,
    );
    // Totals kept in SQLite, so they survive restarts: read at each scrape.
    const byState = (name: string, help: string, table: 'delist_requests' | 'outbox') =>
      new Gauge({
        name,
        help,
        labelNames: ['state'],
        registers: [registry],
        collect() {
          this.reset();
          for (const [state, count] of Object.entries(totals(table))) this.set({ state }, count);
        },
      });
    byState('delist_requests', 'Delist requests by state', 'delist_requests');
    byState('delist_emails', 'Emails by state: queued, sent, failed', 'outbox');
    gauge('delist_removals_done', 'Self-service removals that took effect', () => removalsDone());
    const responses = new Counter({
      name: 'delist_http_responses_total',
      help: 'Answers by route and status class',
      labelNames: ['route', 'status'],
      registers: [registry],
    });
    app.addHook('onResponse', async (request, reply) => {
      responses.inc({
        route: request.routeOptions.url ?? 'unknown',
        status: `${Math.floor(reply.statusCode / 100)}xx`,
      });
    });

    app.get('/healthz', { schema: {} }, (_request, reply) => {
      const state = health();
      return reply
        .code(state.ok ? 200 : 503)
        .header('Cache-Control', 'no-store')
        .send(state);
    });

    app.get('/metrics', { schema: {} }, async (_request, reply) => {
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  },
  { name: 'health' },
);
