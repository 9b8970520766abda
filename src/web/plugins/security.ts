// Headers for every answer and the cross-site check of every post: on pages a strict
// Content-Security-Policy (our own scripts and styles only, nothing inline) and no Referer ever
// sent (confirmation pages carry a token in their URL); API answers may not be framed, sniffed or
// loaded by another site; and a form posted from a page of another site is refused before its
// body is read (cross-origin-posts.ts says how it is told).
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { crossOriginProblem } from '../cross-origin-posts.js';
import { PageError } from '../page-error.js';
import { addPostHook } from './post-route-hooks.js';
import { isApiRequest } from './problem-pages.js';

export interface SecurityOptions {
  /** PUBLIC_URL: its origin is where forms are posted from; https adds HSTS to every answer. */
  publicUrl: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** What the onRequest hook sets; for answers no hook runs for (the router's own errors). */
    setSecurityHeaders(url: string, reply: FastifyReply): void;
  }
}

/** The directives every page's Content-Security-Policy has. */
const PAGE_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
};

/**
 * Helmet's options for one kind of answer. Left out everywhere: headers only browsers that are
 * gone obeyed (X-XSS-Protection for the XSS auditors, X-Download-Options for Internet Explorer 8,
 * X-Permitted-Cross-Domain-Policies for Flash and old Acrobat), and X-DNS-Prefetch-Control (our
 * pages link to our own host only). Strict-Transport-Security only over https: a browser ignores
 * it on a plain-http answer (RFC 6797, 8.1). Each header costs every answer its validation and
 * its bytes (bench/http-notes.md, round seven).
 */
function helmetOptions(kind: 'page' | 'api', https: boolean): FastifyHelmetOptions {
  const common: FastifyHelmetOptions = {
    crossOriginEmbedderPolicy: false,
    xXssProtection: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xDnsPrefetchControl: false,
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
  if (kind === 'page') {
    return {
      ...common,
      contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP },
      referrerPolicy: { policy: 'no-referrer' },
    };
  }
  // JSON is never rendered, so what an API answer needs is what the OWASP REST Security Cheat
  // Sheet lists: nothing may frame or sniff it. Cross-Origin-Resource-Policy stays, so no other
  // site can load it as a script or an image either.
  return {
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
  };
}

/** The headers helmet sets with these options, read from one request to a throwaway server. */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Array<[string, string]>> {
  const probe = Fastify();
  let headers: Array<[string, string]> = [];
  await probe.register(helmet, options);
  probe.get('/', (_request, reply) => {
    // Only helmet has set anything on the raw answer yet.
    headers = Object.entries(reply.raw.getHeaders()).map(([name, value]) => [name, String(value)]);
    return '';
  });
  await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  return headers;
}

export default fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    const publicOrigin = new URL(options.publicUrl).origin;
    const https = publicOrigin.startsWith('https:');
    // Helmet's headers are the same for every answer, but @fastify/helmet works them out again on
    // each request (5 % of the form page's time); they are worked out once here, by helmet
    // itself, and set on each answer as helmet would set them.
    const pageHeaders = await helmetHeaders(helmetOptions('page', https));
    const apiHeaders = await helmetHeaders(helmetOptions('api', https));
    function setSecurityHeaders(url: string, reply: FastifyReply): void {
      for (const [name, value] of isApiRequest(url) ? apiHeaders : pageHeaders) reply.header(name, value);
    }
    app.decorate('setSecurityHeaders', setSecurityHeaders);
    app.addHook('onRequest', (request, reply, done) => {
      setSecurityHeaders(request.url, reply);
      done();
    });
    // A form posted from another site's page is refused before anything reads its body.
    addPostHook(app, {
      name: 'onRequest',
      hook: (request, _reply, done) => {
        if (request.method !== 'POST') return done();
        const problem = crossOriginProblem(request.headers, { publicOrigin, protocol: request.protocol });
        if (problem === null) return done();
        done(new PageError(403, 'problem.forbidden.title', 'problem.forbidden.body', problem));
      },
    });
  },
  { name: 'security' },
);
