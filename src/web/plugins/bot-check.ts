// The proof-of-work bot check on every POST form, by default: the widget (ALTCHA, served from our
// own origin) solves a puzzle from /bot-check/challenge and posts the solution in the "altcha"
// field. A route can say `config: { botCheck: 'report' }` to show a failure beside its form
// instead of on an error page, or `botCheck: false` when it has a stronger proof of its own.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { BotCheck, BotCheckResult } from '../../bot-check/proof-of-work.js';
import { PageError } from '../page-error.js';
import { addPostPreValidation } from './post-route-hooks.js';

export const BOT_CHECK_FIELD = 'altcha';
type BotCheckProblem = Extract<BotCheckResult, { ok: false }>['problem'];

declare module 'fastify' {
  interface FastifyContextConfig {
    botCheck?: boolean | 'report';
  }
  interface FastifyRequest {
    /** Set on routes with botCheck: 'report' when the check failed. */
    botCheckProblem: BotCheckProblem | null;
  }
}

// The widget's strict-CSP build (no inline styles, no blob workers) and its SHA worker.
const WIDGET_FILES = new Set(['external/altcha.js', 'external/altcha.css', 'workers/sha.js']);
const widgetRoot = dirname(dirname(createRequire(import.meta.url).resolve('altcha/external')));

export default fp(
  async (app: FastifyInstance, options: { botCheck: BotCheck }) => {
    await app.register(fastifyStatic, {
      root: join(widgetRoot),
      prefix: '/vendor/altcha/',
      decorateReply: false,
      index: false,
      allowedPath: (path) => WIDGET_FILES.has(path.replace(/^\//, '')),
    });

    app.get('/bot-check/challenge', { schema: {} }, (_request, reply) =>
      reply.header('Cache-Control', 'no-store').send(options.botCheck.challenge()),
    );

    app.decorateRequest('botCheckProblem', null);
    // Before validation, which strips fields the route's schema does not name.
    addPostPreValidation(app, async (request: FastifyRequest) => {
      const mode = request.routeOptions.config.botCheck ?? true;
      if (request.method !== 'POST' || mode === false) return;
      const body = request.body as Record<string, unknown> | undefined;
      const result = await options.botCheck.verify(body?.[BOT_CHECK_FIELD]);
      if (result.ok) return;
      request.log.info({ problem: result.problem }, 'bot check failed');
      if (mode === 'report') {
        request.botCheckProblem = result.problem;
        return;
      }
      throw new PageError(400, 'botCheck.failed.title', `botCheck.${result.problem}`, 'BOT_CHECK_FAILED');
    });
  },
  { name: 'bot-check' },
);
