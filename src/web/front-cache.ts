// Answers, before Fastify routes the request, the requests whose answer Fastify has already shown
// how to give: the pages that are the same for everyone in a language (the delist form as most
// visitors first see it), sent from memory, and the answers of a route that differ only in their
// body (the lookup API), whose status and headers are kept and whose body the route makes.
// Fastify's own work for an answer (its request and reply, the hooks, the headers merged and
// checked) cost the form page about a quarter of its time, more than everything the page itself
// needs (bench/http-notes.md, round ten).
//
// What is sent is what Fastify sent: the first time such an answer is given, its status and
// headers (and for a page its body) are kept as they were about to be written
// (plugins/front-cache.ts), and later requests in the same language get the same bytes again.
// Only plain requests are answered here: a GET with no query and no body, for a path kept before
// or one a route said it can answer here (an address in the path, nothing to decode), and only
// when the route gives a body; everything else, and every request once the server is closing,
// goes to Fastify as usual, as does a request whose body throws (Fastify then answers it, error
// page and all). A hook a later change adds to every request does not run for these answers:
// such a hook must leave the answer unkept (reply.sameForEveryone and
// reply.sameHeadersForEveryone stay false) or stop the front cache.
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Locale } from '../i18n/index.js';

/** A kept answer, and the route (its URL pattern) Fastify answered it with. */
interface KeptAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  route: string;
}

/** A route's answers that differ only in the body the route makes from the rest of the path. */
export interface FrontRoute {
  /** The route's URL pattern, as Fastify names it in logs and metrics. */
  route: string;
  /** What the path starts with; the rest is the route's one parameter. */
  prefix: string;
  /** Which rests need no decoding and are answered here; any other goes to Fastify. */
  rest: RegExp;
  /** The body for a rest, or undefined to leave the request to Fastify. */
  body(rest: string): string | undefined;
}

/** A front route's kept status and headers, as a flat list for writeHead, content-length last. */
interface KeptHead {
  status: number;
  headers: string[];
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
  const routes: FrontRoute[] = [];
  // Route pattern, then language.
  const heads = new Map<string, Map<Locale, KeptHead>>();
  let open = true;

  /** Answers from a front route and names the route, or names none and leaves it to Fastify. */
  function answerFromRoute(
    request: IncomingMessage,
    response: ServerResponse,
    url: string,
  ): string | undefined {
    for (const front of routes) {
      if (!url.startsWith(front.prefix)) continue;
      const head = heads.get(front.route)?.get(deps.localeOf(request.headers));
      const rest = url.slice(front.prefix.length);
      if (head === undefined || !front.rest.test(rest)) return undefined;
      let body: string | undefined;
      try {
        body = front.body(rest);
      } catch {
        // Fastify answers it again and gives the error its answer.
        return undefined;
      }
      if (body === undefined) return undefined;
      head.headers[head.headers.length - 1] = String(Buffer.byteLength(body));
      response.writeHead(head.status, head.headers);
      response.end(body);
      return front.route;
    }
    return undefined;
  }

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

    /** Lets a route's answers be given here once Fastify has given one (see keepHead). */
    route(front: FrontRoute): void {
      routes.push(front);
    },

    /** Keeps the status and headers of an answer of a front route, for its requests in its language. */
    keepHead(
      route: string,
      locale: Locale,
      status: number,
      headers: Record<string, string | number | string[] | undefined>,
    ): void {
      if (!open || !routes.some((front) => front.route === route)) return;
      let byLocale = heads.get(route);
      if (!byLocale) {
        byLocale = new Map();
        heads.set(route, byLocale);
      }
      if (byLocale.has(locale)) return;
      const flat: string[] = [];
      for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || name === 'content-length') continue;
        for (const one of Array.isArray(value) ? value : [value]) flat.push(name, String(one));
      }
      flat.push('content-length', '0');
      byLocale.set(locale, { status, headers: flat });
    },

    /** Answers the request here and says true, or says false and leaves it to Fastify. */
    answer(request: IncomingMessage, response: ServerResponse): boolean {
      const started = performance.now();
      if (request.method !== 'GET' || !open) return false;
      const { headers } = request;
      // A GET with a body is unusual enough to be Fastify's to judge.
      if (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
      const url = request.url ?? '';
      const byLocale = kept.get(url);
      if (byLocale === undefined) {
        const route = answerFromRoute(request, response, url);
        if (route === undefined) return false;
        deps.answered(request, route, response.statusCode, performance.now() - started);
        return true;
      }
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
      heads.clear();
    },
  };
}

export type FrontCache = ReturnType<typeof createFrontCache>;
