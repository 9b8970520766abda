// Pages are Eta templates in views/pages, each rendered inside views/layout.eta. Pages that many
// people open (the form) can be answered from a cache of rendered pages: see page-cache.ts.
import view from '@fastify/view';
import { Eta } from 'eta';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { BoundedCache } from '../../bounded-cache.js';
import { viewsDir } from '../../paths.js';
import {
  buildSplicedPage,
  type SplicedBytes,
  spliceBytes,
  toBytes,
  valueAt,
  withValueAt,
} from '../page-cache.js';

// Pages per language, template and settings; a few dozen at most in practice.
const CACHED_PAGES = 200;

declare module 'fastify' {
  interface FastifyReply {
    /**
     * reply.view for a page whose only per-request parts are the string `fields` (dotted paths
     * into data, printed with <%= %>): rendered once per language and data, then spliced.
     * `key`, when given, names everything else the page is made of (the caller knows it: the
     * form's is its language and URL), so an answer need not work that out from the data.
     */
    cachedView(
      page: string,
      data: Record<string, unknown>,
      fields: readonly string[],
      key?: string,
    ): Promise<FastifyReply>;
  }
}

export interface ViewsOptions {
  /** false: every page is rendered afresh (the reference the cache is tested against). */
  cachePages?: boolean;
}

/**
 * Everything a page is made of but its fields: the data, the locals (the language's helpers) and
 * the language switcher's links, which carry this page's own query.
 */
function dataKey(
  reply: FastifyReply,
  page: string,
  data: Record<string, unknown>,
  fields: readonly string[],
  present: readonly boolean[],
): string {
  let keyData = data;
  fields.forEach((field, slot) => {
    keyData = withValueAt(keyData, field, present[slot]);
  });
  const languages = reply.locals?.languages;
  const links = typeof languages === 'function' ? languages() : undefined;
  return JSON.stringify([page, reply.locals, links, keyData]);
}

export default fp(
  async (app: FastifyInstance, options: ViewsOptions) => {
    const eta = new Eta({ autoEscape: true });
    // The escaping <%= %> applies, so a spliced field reads exactly as a rendered one.
    const escapeText = (text: string) => String(eta.config.escapeFunction(text));
    await app.register(view, {
      engine: { eta },
      templates: viewsDir,
      layout: 'layout.eta',
      // Compile each template once; without it every request recompiles.
      production: true,
    });

    // A page that cannot be spliced is remembered as null and always rendered.
    const pages = new BoundedCache<SplicedBytes | null>(CACHED_PAGES);
    const seen = new BoundedCache<true>(CACHED_PAGES);
    app.decorateReply(
      'cachedView',
      async function cachedView(
        this: FastifyReply,
        page: string,
        data: Record<string, unknown>,
        fields,
        callerKey?: string,
      ) {
        if (options.cachePages === false) return this.view(page, data);
        const values = fields.map((field) => valueAt(data, field));
        if (!values.every((value): value is string => typeof value === 'string'))
          return this.view(page, data);
        // An empty field can change what a template shows, so emptiness is part of the key.
        const present = values.map((value) => value !== '');
        const presence = present.map((value) => (value ? '1' : '0')).join('');
        const key =
          callerKey === undefined
            ? dataKey(this, page, data, fields, present)
            : `${page}\n${presence}\n${callerKey}`;
        let spliced = pages.get(key);
        if (spliced === undefined) {
          // Built the second time a key is asked for: building renders twice, which a key seen
          // only once (data that varies with every request) would never pay back.
          if (!seen.has(key)) {
            seen.set(key, true);
            return this.view(page, data);
          }
          const render = (marked: Record<string, unknown>) => this.viewAsync(page, marked);
          const built = await buildSplicedPage(render, data, fields, present, escapeText);
          spliced = built ? toBytes(built) : null;
          pages.set(key, spliced);
        }
        if (spliced === null) return this.view(page, data);
        return this.type('text/html; charset=utf-8').send(spliceBytes(spliced, values.map(escapeText)));
      },
    );
  },
  { name: 'views' },
);
