// Every POST counts against its client address: a few forms a minute is plenty for a person.
// Kept in memory: it only has to slow a script down; the limits that protect people (emails per
// recipient, requests per IP) live in SQLite and survive restarts.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { TooManyRequestsError } from '../too-many-requests.js';
import { takesPost } from './post-route-hooks.js';

export default fp(
  async (app: FastifyInstance, options: { postsPerMinute: number }) => {
    // Routes that take no POST get no limiter hook at all (rateLimit: false), rather than one
    // that runs on every request only to let it through: that was 7 µs of each lookup API answer.
    // Before the plugin's own onRoute hook, which reads the setting.
    app.addHook('onRoute', (route) => {
      if (!takesPost(route)) route.config = { ...route.config, rateLimit: false };
    });
    await app.register(rateLimit, {
      max: options.postsPerMinute,
      timeWindow: 60_000,
      allowList: (request) => request.method !== 'POST',
      errorResponseBuilder: (_request, context) =>
        new TooManyRequestsError('client', Date.now() + context.ttl),
    });
  },
  { name: 'rate-limit' },
);
