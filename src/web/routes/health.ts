// GET /healthz for load balancers and monitors (503 when the database is unreachable or behind
// its migrations); GET /metrics in Prometheus text format, from prom-client.
import type { FastifyInstance, onResponseHookHandler, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Registry } from 'prom-client';
import type { Health, HealthCheck } from '../../jobs/health.js';
import '../form-outcome.js';
import { withHookAfter } from '../route-hooks.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts an answer the front cache gave, as its route's answers are counted. */
    countFrontAnswer(route: string, status: number): void;
  }
}

// A plugin at the root, registered before any route, so the response counter sees every route.
export default fp(
  async (app: FastifyInstance, { health }: { health: HealthCheck }) => {
    const registry = new Registry();
    // One reading of the database per scrape, shared by every gauge.
    let reading: Health = health();
    const gauge = (name: string, help: string, read: (health: Health) => number | Record<string, number>) =>
      new Gauge({
        name,
        help,
        labelNames: ['state'],
        registers: [registry],
        collect() {
          const value = read(reading);
          if (typeof value === 'number') {
            this.set(value);
            return;
          }
          this.reset();
          for (const [state, count] of Object.entries(value)) this.set({ state }, count);
        },
      });
    gauge('delist_blocklist_listed', 'Networks that count as listed now', (h) => h.list.listed);
    gauge(
      'delist_removals_scheduled',
      'Listings with a confirmed removal still ahead',
      (h) => h.list.leaving,
    );
    gauge('delist_removals_done', 'Self-service removals that took effect', (h) => h.list.removalsDone);
    gauge('delist_outbox_queued', 'Emails waiting for the mail server', (h) => h.outbox.queued);
    gauge(
      'delist_outbox_failed',
      'Emails given up after OUTBOX_MAX_AGE',
      (h) => h.outbox.byState.failed ?? 0,
    );
    gauge(
      'delist_outbox_oldest_queued_seconds',
      'Age of the oldest email still waiting',
      (h) => h.outbox.oldestQueuedSeconds ?? 0,
    );
    // Totals kept in SQLite, so they survive restarts.
    gauge('delist_requests', 'Delist requests by state', (h) => h.requests);
    gauge('delist_emails', 'Emails by state: queued, sent, failed', (h) => h.outbox.byState);
    gauge('delist_escalations', 'Escalation requests by state', (h) => h.escalations);
    gauge('delist_abuse_reports', 'Abuse reports by state: new, reviewed, dismissed', (h) => h.abuseReports);
    // Answers are counted in plain arrays, per route and status class (1xx to 5xx), and handed to
    // the counter when it is scraped: this runs on every answer, and a labelled inc() worked its
    // labels into a key each time.
    const answered = new Map<string, number[]>();
    new Counter({
      name: 'delist_http_responses_total',
      help: 'Answers by route and status class',
      labelNames: ['route', 'status'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [route, counts] of answered)
          counts.forEach((count, statusClass) => {
            if (count > 0) this.inc({ route, status: `${statusClass}xx` }, count);
          });
      },
    });
    const outcomes = new Counter({
      name: 'delist_form_outcomes_total',
      help: 'What forms and buttons led to: delist request queued, not-listed, limited, scheduled...',
      labelNames: ['action', 'outcome'],
      registers: [registry],
    });
    app.decorateRequest('formOutcome', null);
    function counter(route: string): number[] {
      let counts = answered.get(route);
      if (counts === undefined) {
        counts = [0, 0, 0, 0, 0, 0];
        answered.set(route, counts);
      }
      return counts;
    }
    const count = (counts: number[], status: number) => {
      const statusClass = Math.floor(status / 100);
      counts[statusClass] = (counts[statusClass] ?? 0) + 1;
    };
    // Each route counts its answers with a hook of its own that knows its path: asking a request
    // for its route's options builds an object of a dozen of them on every answer.
    app.addHook('onRoute', (route) => {
      const counts = counter(route.url);
      const countAnswer: onResponseHookHandler = (_request, reply, done) => {
        count(counts, reply.statusCode);
        done();
      };
      route.onResponse = withHookAfter<unknown>(route.onResponse, countAnswer) as RouteOptions['onResponse'];
    });
    // Answers given before routing (web/front-cache.ts) are counted with their route's, and here.
    let fromMemory = 0;
    new Counter({
      name: 'delist_http_front_cache_answers_total',
      help: 'Answers given before routing: the kept form page, the lookup API (also in delist_http_responses_total)',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(fromMemory);
      },
    });
    app.decorate('countFrontAnswer', (route: string, status: number) => {
      count(counter(route), status);
      fromMemory += 1;
    });
    // Answers of no route (not found, or refused by the router) are counted as "unknown".
    const unrouted = counter('unknown');
    app.addHook('onResponse', (request, reply, done) => {
      if (request.formOutcome) outcomes.inc(request.formOutcome);
      if (request.is404) count(unrouted, reply.statusCode);
      done();
    });

    app.get('/healthz', { schema: {} }, (_request, reply) => {
      const state = health();
      return reply
        .code(state.ok ? 200 : 503)
        .header('Cache-Control', 'no-store')
        .send(state);
    });

    app.get('/metrics', { schema: {} }, async (_request, reply) => {
      reading = health();
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  },
  { name: 'health' },
);
