// Chooses each request's language (?lang=, the language cookie, Accept-Language, English) and
// gives the request, and every page it renders, the translate function, the date and duration
// formats of that language, and the links of the language switcher.
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  chooseLocale,
  formatDuration,
  formatUtc,
  LOCALES,
  type Locale,
  localeForTag,
  type Translate,
  translator,
} from '../../i18n/index.js';
import { cookieValue } from '../cookie-value.js';
import { languageLinks } from '../language-switcher.js';

export const LANGUAGE_COOKIE = 'lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export interface PageHelpers {
  locale: Locale;
  t: Translate;
  /** "Nov 24, 2026, 9:30:00 AM UTC" for an ISO time. */
  utc: (iso: string) => string;
  /** "24 hours"; an empty string for no time at all. */
  duration: (ms: number) => string;
  /** The bot-check widget's own text, in this language. */
  botCheckStrings: Record<string, string>;
}

// The widget's text keys and the catalogue keys that fill them.
const WIDGET_TEXT = {
  label: 'botCheck.widget.label',
  verifying: 'botCheck.widget.verifying',
  verified: 'botCheck.widget.verified',
  waitAlert: 'botCheck.widget.waitAlert',
  verificationRequired: 'botCheck.widget.verificationRequired',
  error: 'botCheck.widget.error',
  expired: 'botCheck.widget.expired',
  loading: 'botCheck.widget.loading',
  reload: 'botCheck.widget.reload',
  verify: 'botCheck.widget.verify',
  cancel: 'botCheck.widget.cancel',
} as const;

declare module 'fastify' {
  interface FastifyRequest {
    page: PageHelpers;
  }
  // @fastify/view merges reply.locals into every template's data but does not declare it.
  interface FastifyReply {
    locals?: Record<string, unknown>;
  }
}

export function pageHelpers(locale: Locale): PageHelpers {
  const t = translator(locale);
  return {
    locale,
    t,
    utc: (iso) => t('time.utc', { time: formatUtc(locale, Date.parse(iso)) }),
    duration: (ms) => (ms > 0 ? formatDuration(locale, ms) : ''),
    botCheckStrings: Object.fromEntries(Object.entries(WIDGET_TEXT).map(([name, key]) => [name, t(key)])),
  };
}

const helpersByLocale = new Map<Locale, PageHelpers>(LOCALES.map((locale) => [locale, pageHelpers(locale)]));

/** The language of a request, from its query, cookie and headers (works before any hook ran). */
export function localeOf(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  return localeOfHeaders(request.headers, query?.lang);
}

/** The same, from the headers and the query's `lang` alone (for answers given before routing). */
export function localeOfHeaders(headers: IncomingHttpHeaders, asked?: unknown): Locale {
  return chooseLocale({
    query: asked,
    cookie: cookieValue(headers.cookie, LANGUAGE_COOKIE),
    acceptLanguage: headers['accept-language'],
  });
}

/** Gives the request its language's helpers and every template this reply renders the same. */
export function usePageLocale(
  request: FastifyRequest,
  reply: FastifyReply,
  locale = localeOf(request),
): void {
  request.page = helpersByLocale.get(locale) ?? pageHelpers(locale);
  // Whatever a template had been given is made again, for this language.
  (reply as RepliesLocals)[kLocals] = undefined;
}

// @fastify/view merges reply.locals into the data of every render. They are made only when a
// page is rendered: an answer from the page cache renders nothing, and making them cost it more
// than the rest of the language's work.
const kLocals = Symbol('page locals');
type RepliesLocals = FastifyReply & { [kLocals]?: Record<string, unknown> };

function pageLocals(this: FastifyReply): Record<string, unknown> | undefined {
  const reply = this as RepliesLocals;
  const made = reply[kLocals];
  if (made !== undefined) return made;
  const { request } = reply;
  const page = request.page;
  if (!page) return undefined;
  // A function, so a POST page's links see the parsed form (its token) when the page renders.
  const locals = { ...page, languages: () => languageLinks(request, page.locale) };
  reply[kLocals] = locals;
  return locals;
}

function setPageLocals(this: FastifyReply, value: Record<string, unknown> | undefined): void {
  (this as RepliesLocals)[kLocals] = value;
}

const VARY = 'Accept-Language, Cookie';

function addVary(reply: FastifyReply): void {
  const before = reply.getHeader('vary');
  if (before === undefined) {
    reply.header('Vary', VARY);
    return;
  }
  const existing = String(before);
  const names = new Set(
    existing
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
  for (const name of ['Accept-Language', 'Cookie']) names.add(name);
  reply.header('Vary', [...names].join(', '));
}

export default fp(
  async (app: FastifyInstance, options: { secureCookies: boolean }) => {
    // A locale is a plain tag ("zh-TW"), a cookie value as it is: nothing to encode on each answer.
    const cookieAttributes = `; Max-Age=${YEAR_SECONDS}; Path=/; HttpOnly; SameSite=Lax${options.secureCookies ? '; Secure' : ''}`;
    app.decorateRequest('page', null as unknown as PageHelpers);
    // Before @fastify/view is registered, which otherwise gives every reply empty locals in a
    // hook of its own.
    app.decorateReply('locals', { getter: pageLocals, setter: setPageLocals });
    // Callback hooks, not async ones: every answer runs these, and a promise each cost a few µs.
    app.addHook('onRequest', (request, reply, done) => {
      const locale = localeOf(request);
      usePageLocale(request, reply, locale);
      // A language picked by a link (the switcher, an email's link) is remembered for the
      // pages that follow. Lax, so it also arrives when the reader comes from their mailbox.
      const asked = (request.query as Record<string, unknown> | undefined)?.lang;
      if (typeof asked === 'string' && asked.length < 36 && localeForTag(asked) === locale) {
        reply.header('Set-Cookie', `${LANGUAGE_COOKIE}=${locale}${cookieAttributes}`);
      }
      done();
    });
    // Pages and API answers are written in the chosen language, so caches must keep them apart.
    app.addHook('onSend', (request, reply, payload, done) => {
      const type = String(reply.getHeader('content-type') ?? '');
      const html = type.startsWith('text/html');
      if (html || type.startsWith('application/json')) addVary(reply);
      if (html) reply.header('Content-Language', request.page?.locale ?? localeOf(request));
      done(null, payload);
    });
  },
  { name: 'locale' },
);
