// Headers and CSRF for every page: a strict Content-Security-Policy (our own scripts and styles
// only, nothing inline), no Referer ever sent (confirmation pages carry a token in their URL),
// and a CSRF token on every POST form, bound to an HttpOnly, SameSite=Strict cookie (the scheme
// is in csrf-tokens.ts).
import cookie from '@fastify/cookie';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { isSecret, maskedToken, newSecret, tokenMatches } from '../csrf-tokens.js';
import { PageError } from '../page-error.js';
import { addPostPreValidation } from './post-route-hooks.js';

export interface SecurityOptions {
  /** Cookies are marked Secure when the portal is served over https. */
  secureCookies: boolean;
}

/** The form field of the token, and the cookie of the secret. */
export const CSRF_FIELD = '_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    /** The CSRF secret this request's pages use: the cookie's, or one made for it. */
    csrfSecret: string | null;
  }
  interface FastifyReply {
    csrfToken(): string;
  }
}

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
  return reply.csrfToken();
}

/** Why a post's CSRF check failed, for the log (the visitor sees one page for both). */
function csrfProblem(secret: unknown, token: unknown): string | null {
  if (!isSecret(secret)) return 'CSRF_NO_COOKIE';
  return tokenMatches(secret, token) ? null : 'CSRF_TOKEN_MISMATCH';
}

export default fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    await app.register(cookie);
    // The cookie's attributes, written once: the value is base64url, which a cookie may hold as
    // it is, so there is nothing to encode or check on each answer.
    const cookieAttributes = `; Path=/; HttpOnly; SameSite=Strict${options.secureCookies ? '; Secure' : ''}`;
    app.decorateRequest('csrfSecret', null);
    app.decorateReply('csrfToken', function csrfToken(this: FastifyReply) {
      const { request } = this;
      let secret = request.csrfSecret ?? request.cookies[CSRF_FIELD];
      // A visitor without a cookie, or with one we did not make, gets a new secret.
      if (!isSecret(secret)) {
        secret = newSecret();
        this.header('Set-Cookie', `${CSRF_FIELD}=${secret}${cookieAttributes}`);
      }
      request.csrfSecret = secret;
      return maskedToken(secret);
    });
    // Helmet's headers are the same for every answer, but @fastify/helmet works them out again on
    // each request (5 % of the form page's time); they are worked out once here, by helmet
    // itself, and set on each answer as helmet would set them.
    const headers = await helmetHeaders(HELMET_OPTIONS);
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.header(name, value);
      done();
    });
    // Every form post proves it came from one of our pages before anything else looks at it.
    addPostPreValidation(app, (request, _reply, done) => {
      if (request.method !== 'POST') return done();
      const body = request.body as Record<string, unknown> | undefined;
      const problem = csrfProblem(request.cookies[CSRF_FIELD], body?.[CSRF_FIELD]);
      if (problem === null) return done();
      done(new PageError(403, 'problem.forbidden.title', 'problem.forbidden.body', problem));
    });
  },
  { name: 'security' },
);
