// Chooses each request's language and gives the request, and every page it renders, the
// translate function and the date and duration formats of that language.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  chooseLocale,
  formatDuration,
  formatUtc,
  type Locale,
  type Translate,
  translator,
} from '../../i18n/index.js';

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

const helpersByLocale = new Map<Locale, PageHelpers>();
function helpersFor(locale: Locale): PageHelpers {
  let helpers = helpersByLocale.get(locale);
  if (!helpers) {
    helpers = pageHelpers(locale);
    helpersByLocale.set(locale, helpers);
  }
  return helpers;
}

export default fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('page', null as unknown as PageHelpers);
    app.addHook('onRequest', async (request, reply) => {
      const query = request.query as Record<string, unknown> | undefined;
      const locale = chooseLocale({
        query: query?.lang,
        acceptLanguage: request.headers['accept-language'],
      });
      request.page = helpersFor(locale);
      reply.locals = { ...request.page };
    });
  },
  { name: 'locale' },
);
