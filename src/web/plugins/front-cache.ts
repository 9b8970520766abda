// Fills the front cache (web/front-cache.ts) from Fastify's own answers, and logs and counts the
// answers it gives as Fastify's are. A route says an answer may be kept by setting
// reply.sameForEveryone: its status, headers and body then depend on nothing but its path and
// its language (no query, no cookie but the language's, nothing per request). A route registered
// with app.frontRoute() sets reply.sameHeadersForEveryone instead when only its body differs
// from one request to the next: its status and headers are kept, and its body made before routing.
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance, onSendHookHandler, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { logsRequests, writeRequestLine } from '../../logging.js';
import { clientAddress, type ProxyTrust } from '../client-address.js';
import { createFrontCache, type FrontCache, type FrontRoute } from '../front-cache.js';
import { nextRequestId } from '../request-ids.js';
import { withHookAfter } from '../route-hooks.js';
import { localeOfHeaders } from './locale.js';

declare module 'fastify' {
  interface FastifyReply {
    /** Set by a route whose answer is the same for everyone in its language: it may be kept. */
    sameForEveryone: boolean;
    /** Set by a front route when only the body of its answer is particular to the request. */
    sameHeadersForEveryone: boolean;
  }
  interface FastifyInstance {
    /** Lets these answers be given before routing, once the route has given one (a no-op when off). */
    frontRoute(front: FrontRoute): void;
  }
}

/** Where the HTTP server finds the front cache once the app has made it (see http-server.ts). */
export interface FrontDoor {
  cache?: FrontCache;
}

export default fp(
  async (app: FastifyInstance, options: { door: FrontDoor; trust: ProxyTrust; enabled: boolean }) => {
    app.decorateReply('sameForEveryone', false);
    app.decorateReply('sameHeadersForEveryone', false);
    if (!options.enabled) {
      app.decorate('frontRoute', () => {});
      return;
    }
    const front = createFrontCache({
      localeOf: (headers) => localeOfHeaders(headers),
      answered(request, route, status, ms) {
        app.countFrontAnswer(route, status);
        if (!logsRequests(app.log)) return;
        const line = {
          method: 'GET',
          url: request.url ?? '',
          ip: clientAddress(request, options.trust),
          reqId: nextRequestId(),
        };
        if (!writeRequestLine(app.log, line, status, ms)) {
          app.log.info(
            { reqId: line.reqId, req: line, res: { statusCode: status }, responseTime: ms },
            'request completed',
          );
        }
      },
    });
    options.door.cache = front;
    app.decorate('frontRoute', (route: FrontRoute) => front.route(route));

    // Run after every other onSend hook of the route, so what is kept is what is written.
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (!methods.includes('GET')) return;
      const keep: onSendHookHandler = (request, reply, payload, done) => {
        const plain = request.method === 'GET' && reply.statusCode === 200 && !request.url.includes('?');
        if (plain && reply.sameHeadersForEveryone) {
          front.keepHead(route.url, request.page.locale, 200, reply.getHeaders());
        }
        if (plain && reply.sameForEveryone && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
          const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
          // Fastify adds the length after the onSend hooks; Node adds Date and the connection's.
          const headers = {
            ...reply.getHeaders(),
            'content-length': String(body.length),
          } as OutgoingHttpHeaders;
          front.keep(request.url, request.page.locale, { status: 200, headers, body, route: route.url });
        }
        done(null, payload);
      };
      route.onSend = withHookAfter<unknown>(route.onSend, keep) as RouteOptions['onSend'];
    });
    // Closing: Fastify answers 503 and closes the connection; the front cache must not answer.
    app.addHook('preClose', (done) => {
      front.stop();
      done();
    });
  },
  { name: 'front-cache', dependencies: ['health', 'locale'] },
);
