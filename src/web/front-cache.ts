// Answers the pages that are the same for everyone in a language (the delist form as most visitors
// first see it) from memory, before Fastify routes the request. Fastify's own work for an answer
// (its request and reply, the hooks, the headers merged and checked) cost the form page about a
// quarter of its time, more than everything the page itself needs (bench/http-notes.md, round ten).
//
// What is sent is what Fastify sent: the first time such a page is answered, its status, headers
// and body are kept as they were about to be written (plugins/front-cache.ts), and later requests
// for the same path in the same language get those bytes again. Only plain requests are answered
// here: a GET with no query and no body, for a path kept before; everything else, and every
// request once the server is closing, goes to Fastify as usual. A hook a later change adds to
// every request does not run for these answers: such a hook must make the page unkept
// (reply.sameForEveryone stays false) or stop the front cache.
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Locale } from '../i18n/index.js';

/** A kept answer, and the route (its URL pattern) Fastify answered it with. */
interface KeptAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  route: string;
}

export interface FrontCacheDeps {
  /** The language Fastify would give a request with these headers and no query. */
  localeOf(headers: IncomingHttpHeaders): Locale;
  /** Called once an answer is written: logs and counts it as Fastify's answers are. */
  answered(request: IncomingMessage, route: string, status: number, ms: number): void;
}

export function createFrontCache(deps: FrontCacheDeps) {
  // Path, then language. Only paths a route chose to keep, each in a handful of languages.
  const kept = new Map<string, Map<Locale, KeptAnswer>>();
  let open = true;

  return {
    /** Keeps an answer Fastify is about to send, for the requests of its path in its language. */
    keep(path: string, locale: Locale, answer: KeptAnswer): void {
      if (!open) return;
      let byLocale = kept.get(path);
      if (!byLocale) {
        byLocale = new Map();
        kept.set(path, byLocale);
      }
      if (!byLocale.has(locale)) byLocale.set(locale, answer);
    },

    /** Answers the request from memory and says true, or says false and leaves it to Fastify. */
    answer(request: IncomingMessage, response: ServerResponse): boolean {
      const started = performance.now();
      if (request.method !== 'GET' || !open) return false;
      const byLocale = kept.get(request.url ?? '');
      if (byLocale === undefined) return false;
      const { headers } = request;
      // A GET with a body is unusual enough to be Fastify's to judge.
      if (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
      const answer = byLocale.get(deps.localeOf(headers));
      if (answer === undefined) return false;
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
      deps.answered(request, answer.route, answer.status, performance.now() - started);
      return true;
    },

    /** From now on every request goes to Fastify (which answers 503 while it closes). */
    stop(): void {
      open = false;
      kept.clear();
    },

    /** How many answers are kept (for /metrics and tests). */
    size(): number {
      let count = 0;
      for (const byLocale of kept.values()) count += byLocale.size;
      return count;
    },
  };
}

export type FrontCache = ReturnType<typeof createFrontCache>;
