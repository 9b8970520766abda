// Pages are Eta templates in views/pages, each rendered inside views/layout.eta. Pages that many
// people open (the form) can be answered from a cache of rendered pages: see page-cache.ts.
import view from '@fastify/view';
import { Eta } from 'eta';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { BoundedCache } from '../../bounded-cache.js';
import { viewsDir } from '../../paths.js';
import { buildSplicedPage, type SplicedBytes, spliceBytes, toBytes, valueAt } from '../page-cache.js';

// Pages per language, template and settings; a few dozen at most in practice.
const CACHED_PAGES = 200;

declare module 'fastify' {
  interface FastifyReply {
    /**
     * reply.view for a page whose only per-request parts are the string `fields` (dotted paths
     * into its data, printed with <%= %>): rendered once per `key` and then answered by splicing
     * `values` (the fields' values, in the same order) into it. `key` names everything else the
     * page is made of (the caller knows it: the form's is its language and URL). `data` is only
     * called when the page has to be rendered, so an answer from the cache builds none of it.
     */
    cachedView(
      page: string,
      key: string,
      fields: readonly string[],
      values: readonly string[],
      data: () => Record<string, unknown>,
    ): FastifyReply | Promise<FastifyReply>;
  }
}

export interface ViewsOptions {
  /** false: every page is rendered afresh (the reference the cache is tested against). */
  cachePages?: boolean;
}

/** The data a caller gave for a page, checked against the values it says the fields have. */
function checkedData(
  data: Record<string, unknown>,
  fields: readonly string[],
  values: readonly string[],
): Record<string, unknown> {
  fields.forEach((field, slot) => {
    if (valueAt(data, field) !== values[slot])
      throw new Error(`cachedView: the value given for ${field} is not the one in the page's data`);
  });
  return data;
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
      function cachedView(
        this: FastifyReply,
        page: string,
        callerKey: string,
        fields: readonly string[],
        values: readonly string[],
        data: () => Record<string, unknown>,
      ) {
        if (options.cachePages === false) return this.view(page, data());
        // An empty field can change what a template shows, so emptiness is part of the key.
        let presence = '';
        for (const value of values) presence += value === '' ? '0' : '1';
        const key = `${page}\n${presence}\n${callerKey}`;
        const spliced = pages.get(key);
        if (spliced === undefined) return renderAndRemember(this, key, page, fields, values, data);
        if (spliced === null) return this.view(page, data());
        return sendSpliced(this, spliced, values);
      },
    );

    /** The cut page with these values, escaped as <%= %> escapes them, in their places. */
    function sendSpliced(reply: FastifyReply, spliced: SplicedBytes, values: readonly string[]) {
      return reply.type('text/html; charset=utf-8').send(spliceBytes(spliced, values.map(escapeText)));
    }

    async function renderAndRemember(
      reply: FastifyReply,
      key: string,
      page: string,
      fields: readonly string[],
      values: readonly string[],
      data: () => Record<string, unknown>,
    ): Promise<FastifyReply> {
      const full = checkedData(data(), fields, values);
      // Built the second time a key is asked for: building renders twice, which a key seen only
      // once (a prefilled address nobody else comes with) would never pay back.
      if (!seen.has(key)) {
        seen.set(key, true);
        return reply.view(page, full);
      }
      const present = values.map((value) => value !== '');
      const render = (marked: Record<string, unknown>) => reply.viewAsync(page, marked);
      const built = await buildSplicedPage(render, full, fields, present, escapeText);
      const spliced = built ? toBytes(built) : null;
      pages.set(key, spliced);
      if (spliced === null) return reply.view(page, full);
      return sendSpliced(reply, spliced, values);
    }
  },
  { name: 'views' },
);
