// Headers and CSRF for every page: a strict Content-Security-Policy (our own scripts and styles
// only, nothing inline), no Referer ever sent (confirmation pages carry a token in their URL),
// and a CSRF token on every POST form, bound to an HttpOnly, SameSite=Strict cookie.
import { createHmac } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { TokenKey } from '../../config.js';

export interface SecurityOptions {
  /** The cookie-signing secrets derive from the token keys, so they rotate together. */
  tokenKeys: readonly TokenKey[];
  /** Cookies are marked Secure when the portal is served over https. */
  secureCookies: boolean;
}

export const CSRF_FIELD = '_csrf';

const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
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
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
};

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

/** The CSRF token for a form this reply renders (sets the secret cookie when there is none). */
export function formToken(reply: FastifyReply): string {
  return reply.generateCsrf();
}

export default fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    const cookieSecrets = options.tokenKeys.map((key) =>
      createHmac('sha256', key.secret).update('delist-portal cookie signing').digest('base64url'),
    );
    await app.register(cookie, { secret: cookieSecrets });
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: CSRF_FIELD,
      cookieOpts: {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: options.secureCookies,
        signed: true,
      },
      getToken: (request) => {
        const body = request.body as Record<string, unknown> | undefined;
        const token = body?.[CSRF_FIELD];
        return typeof token === 'string' ? token : '';
      },
    });
    // Helmet's headers are the same for every answer, but @fastify/helmet works them out again on
    // each request (5 % of the form page's time); they are worked out once here, by helmet
    // itself, and set on each answer as helmet would set them.
    const headers = await helmetHeaders(HELMET_OPTIONS);
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      done();
    });
    // Every form post proves it came from one of our pages before anything else looks at it.
    app.addHook('preValidation', (request, reply, done) => {
      if (request.method !== 'POST') return done();
      app.csrfProtection(request, reply, done);
    });
  },
  { name: 'security' },
);
