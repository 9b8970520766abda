// Every refusal and failure is a page that says what happened and what to do: 404 for unknown
// addresses, 405 for a method an address does not take, 4xx for requests we could not read, and
// for our own faults a 500 that leaks nothing.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { MessageKey } from '../../i18n/index.js';
import { languageLinks } from '../language-switcher.js';
import { sendMessagePage } from '../message-page.js';
import { PageError } from '../page-error.js';
import { sendTooManyRequests, TooManyRequestsError } from '../too-many-requests.js';
import { localeOf, pageHelpers, usePageLocale } from './locale.js';

const PROBLEMS: Record<number, [MessageKey, MessageKey]> = {
  403: ['problem.forbidden.title', 'problem.forbidden.body'],
  404: ['problem.notFound.title', 'problem.notFound.body'],
  405: ['problem.methodNotAllowed.title', 'problem.methodNotAllowed.body'],
  413: ['problem.tooLarge.title', 'problem.tooLarge.body'],
  415: ['problem.unsupported.title', 'problem.unsupported.body'],
  500: ['problem.server.title', 'problem.server.body'],
  503: ['problem.unavailable.title', 'problem.unavailable.body'],
};

// SQLite failures that are the machine's state, not a bug: the disk is full, the file is locked
// by another process or read-only, or the disk failed. The request changed nothing (its
// transaction rolled back), so the answer is "try again later", not "something broke".
const UNAVAILABLE = /^SQLITE_(FULL|BUSY|LOCKED|READONLY|IOERR|CANTOPEN|NOMEM)/;

function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, keys = PROBLEMS[status]) {
  // An error before the locale hook ran (the per-client limit, say) still gets its language.
  if (!request.page) usePageLocale(request, reply);
  const { t } = request.page;
  const [title, body] = keys ?? ['problem.badRequest.title', 'problem.badRequest.body'];
  if (isApiRequest(request.url)) return reply.code(status).send(problemJson(status, t(title), t(body)));
  return sendMessagePage(request, reply, status, {
    title: t(title),
    paragraphs: [t(body)],
    link: { href: '/', text: t('problem.home') },
  });
}

const API_CODES: Record<number, string> = { 404: 'not-found', 405: 'method-not-allowed' };

/** The JSON API answers its errors in JSON: { error: { code, message } }. */
export function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

export function problemJson(status: number, title: string, body: string) {
  const code = API_CODES[status] ?? (status >= 500 ? 'unavailable' : 'bad-request');
  return { error: { code, message: `${title}. ${body}` } };
}

/**
 * The problem page as HTML, for errors the router meets before any request hook or decorator
 * is in place (an overlong path segment, a malformed URL): rendered by the app, in the
 * language the request asks for.
 */
export function problemPageHtml(
  app: FastifyInstance,
  request: FastifyRequest,
  status: number,
): Promise<string> {
  const locale = localeOf(request);
  const helpers = pageHelpers(locale);
  const [title, body] = PROBLEMS[status] ?? ['problem.badRequest.title', 'problem.badRequest.body'];
  return app.view('pages/message.eta', {
    ...helpers,
    languages: () => languageLinks(request, locale),
    title: helpers.t(title),
    paragraphs: [helpers.t(body)],
    link: { href: '/', text: helpers.t('problem.home') },
  });
}

export default fp(
  async (app: FastifyInstance, options: { allowedMethods: (url: string) => readonly string[] }) => {
    app.setNotFoundHandler((request, reply) => {
      // A path that exists, asked with a method it does not take (a POST to a page, say).
      const allowed = options.allowedMethods(request.url);
      if (allowed.length === 0 || allowed.includes(request.method)) return sendProblem(request, reply, 404);
      reply.header('Allow', allowed.join(', '));
      return sendProblem(request, reply, 405);
    });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof TooManyRequestsError) {
        if (!request.page) usePageLocale(request, reply);
        request.log.info({ reason: error.reason }, 'request refused: too many');
        return sendTooManyRequests(request, reply, error.reason, error.retryAt, Date.now());
      }
      if (error instanceof PageError) {
        request.log.info({ code: error.code, status: error.statusCode }, 'request refused');
        return sendProblem(request, reply, error.statusCode, [error.title, error.body]);
      }
      if (typeof error.code === 'string' && UNAVAILABLE.test(error.code)) {
        request.log.error(
          { code: error.code, err: error },
          'database unavailable; request refused, nothing written',
        );
        reply.header('Retry-After', '60');
        return sendProblem(request, reply, 503);
      }
      const status =
        error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: error.code, status }, 'request refused');
      return sendProblem(request, reply, status);
    });
  },
  { name: 'problem-pages', dependencies: ['views', 'locale'] },
);
