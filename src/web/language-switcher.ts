// The language switcher on every page: this page in each language, named in itself. The links
// keep the path and query (a confirmation page keeps its token; Referrer-Policy no-referrer keeps
// it on this portal) and set lang, which the locale plugin turns into the language cookie.
import type { FastifyRequest } from 'fastify';
import { catalogs, LOCALES, type Locale } from '../i18n/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * For a POST route: the GET page that shows the same thing, which its language links open
     * (with the token of the form, if any). By default the same path.
     */
    languagePage?: string;
  }
}

/** One entry of the language switcher: the language named in itself, and this page in it. */
export interface LanguageLink {
  locale: Locale;
  name: string;
  href: string;
  current: boolean;
}

/**
 * This page in every language: the same path and query with lang set, so a confirmation page
 * keeps its token. A POST answer links to the GET page that shows the same thing.
 */
export function languageLinks(request: FastifyRequest, current: Locale): LanguageLink[] {
  let url: URL;
  try {
    url = new URL(request.url, 'http://portal.invalid');
  } catch {
    url = new URL('/', 'http://portal.invalid');
  }
  // A path that starts with "//" would be a link to another site.
  let path = url.pathname.replace(/^\/+/, '/');
  let query = url.searchParams;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    path = request.routeOptions.config?.languagePage ?? path;
    query = new URLSearchParams();
    const token = (request.body as Record<string, unknown> | undefined)?.token;
    if (typeof token === 'string' && token.length <= 512) query.set('token', token);
  }
  return LOCALES.map((locale) => {
    query.set('lang', locale);
    return {
      locale,
      name: catalogs[locale]['language.name'],
      href: `${path}?${query}`,
      current: locale === current,
    };
  });
}
