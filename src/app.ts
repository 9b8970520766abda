// buildApp(deps): the portal as a Fastify instance, never listening. server.ts listens; tests
// call this with their own database file, clock, keys and mail transport.
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import { type Clock, systemClock } from './clock.js';
import type { Config, TokenKey } from './config.js';
import type { Db } from './db/open.js';
import { translator } from './i18n/index.js';
import { OneLinePerRequest } from './logging.js';
import type { MailTransport } from './mail/index.js';
import { publicDir } from './paths.js';
import { createPortal, type Portal } from './portal.js';
import { allowedMethods } from './web/allowed-methods.js';
import { proxyTrust } from './web/client-address.js';
import { httpServerWithFrontCache } from './web/http-server.js';
import botCheck from './web/plugins/bot-check.js';
import frontCache, { type FrontDoor } from './web/plugins/front-cache.js';
import locale, { localeOf } from './web/plugins/locale.js';
import multipartForm from './web/plugins/multipart-form.js';
import problemPages, { isApiRequest, problemJson, problemPageHtml } from './web/plugins/problem-pages.js';
import rateLimit from './web/plugins/rate-limit.js';
import security from './web/plugins/security.js';
import views from './web/plugins/views.js';
import { nextRequestId } from './web/request-ids.js';
import abuseReportRoutes from './web/routes/abuse-report.js';
import confirmRoutes from './web/routes/confirm.js';
import declineRoutes from './web/routes/decline.js';
import delistFormRoutes from './web/routes/delist-form.js';
import devMailboxRoutes from './web/routes/dev-mailbox.js';
import escalationFormRoutes from './web/routes/escalation-form.js';
import escalationLinkRoutes from './web/routes/escalation-link.js';
import healthRoutes from './web/routes/health.js';
import helpRoutes from './web/routes/help.js';
import lookupRoutes from './web/routes/lookup.js';
import requestStatusRoutes from './web/routes/request-status.js';
import { useZodValidation } from './web/validation.js';

declare module 'fastify' {
  interface FastifyInstance {
    portal: Portal;
  }
}

export interface AppDeps {
  config: Config;
  db: Db;
  tokenKeys: readonly TokenKey[];
  clock?: Clock;
  transport?: MailTransport;
  logger?: FastifyServerOptions['logger'];
  /** false: no page comes from the rendered-page cache (see web/page-cache.ts). */
  cachePages?: boolean;
}

// Path parameters long enough to reach the routes' own validation, which says what is wrong.
const MAX_PARAM_LENGTH = 500;

export async function buildApp(deps: AppDeps) {
  const { config } = deps;
  const trust = proxyTrust(config.trustProxy);
  const frontDoor: FrontDoor = {};
  const app = Fastify({
    serverFactory: httpServerWithFrontCache(frontDoor),
    genReqId: nextRequestId,
    logger: deps.logger ?? false,
    logController: new OneLinePerRequest(),
    // The forms are a few short fields; nothing larger is ever needed.
    bodyLimit: 64 * 1024,
    // A client must send its headers, and then its whole request, in bounded time, so slow
    // clients (slowloris) cannot hold connections; idle keep-alive connections close soon.
    http: {
      maxHeaderSize: 8 * 1024,
      headersTimeout: config.headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: 2 * config.requestTimeoutMs,
    keepAliveTimeout: 5_000,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Errors the router finds before any route (a malformed URL, an overlong path segment) go
    // through the same error handler as every other error, so they get a page too.
    frameworkErrors: (error, request, reply) => {
      const status = error.statusCode ?? 400;
      const locale = localeOf(request);
      // No hook runs for these answers, so they say their language themselves.
      const answer = (reply as FastifyReply).header('Vary', 'Accept-Language, Cookie');
      app.setSecurityHeaders(request.url, answer);
      if (isApiRequest(request.url)) {
        const t = translator(locale);
        answer
          .code(status)
          .send(problemJson(status, t('problem.badRequest.title'), t('problem.badRequest.body')));
        return;
      }
      void problemPageHtml(app, request, status).then((html) =>
        answer.code(status).header('Content-Language', locale).type('text/html; charset=utf-8').send(html),
      );
    },
    trustProxy: trust,
  });
  useZodValidation(app);
  // Before any plugin adds a route, so that every route is known to it.
  const methodsOf = allowedMethods(app, { maxParamLength: MAX_PARAM_LENGTH });

  const portal = createPortal({ ...deps, clock: deps.clock ?? systemClock, log: app.log });
  app.decorate('portal', portal);
  app.addHook('onClose', async () => {
    await portal.outboxSender.idle();
    portal.transport.close();
    portal.listedIndex.close();
    portal.selfDelistTimes.close();
  });

  // First, so that its answer counter sees every route added after it.
  await app.register(healthRoutes, { health: portal.health });
  await app.register(rateLimit, { postsPerMinute: deps.config.limits.postsPerMinute });
  await app.register(formbody);
  // Reads upload forms' fields before the bot-check hook looks for its own.
  await app.register(multipartForm);
  await app.register(security, { publicUrl: config.publicUrl });
  await app.register(fastifyStatic, { root: publicDir, prefix: '/static/', index: false });
  await app.register(botCheck, { botCheck: portal.botCheck });
  await app.register(locale, { secureCookies: config.publicUrl.startsWith('https:') });
  await app.register(views, { cachePages: deps.cachePages ?? true });
  await app.register(frontCache, { door: frontDoor, trust, enabled: deps.cachePages ?? true });
  await app.register(problemPages, { allowedMethods: methodsOf });

  await app.register(delistFormRoutes, { portal });
  await app.register(requestStatusRoutes, { portal });
  await app.register(confirmRoutes, { portal });
  await app.register(declineRoutes, { portal });
  await app.register(escalationFormRoutes, { portal });
  await app.register(escalationLinkRoutes, { portal });
  await app.register(lookupRoutes, { portal });
  await app.register(helpRoutes, { portal });
  await app.register(abuseReportRoutes, { portal });
  if (portal.transport.mode === 'capture') await app.register(devMailboxRoutes, { portal });

  return app;
}
