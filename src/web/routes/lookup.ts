// "Is my IP listed?": GET /lookup (a page), GET /api/v1/lookup/:ip (JSON), and the API's
// OpenAPI document at /api/openapi.json.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseSenderAddress } from '../../blocklist/index.js';
import type { LookupAnswer } from '../../delist/index.js';
import type { Portal } from '../../portal.js';
import { lookupAnswerJson } from '../api/lookup-answer-json.js';
import { openApiDocument } from '../api/openapi.js';
import { LOOKUP_ROUTE } from '../api/schemas.js';

const LookupQuery = z.object({ ip: z.string().max(100).optional() }).catch({});

type Checked = { ok: true; answer: LookupAnswer } | { ok: false; message: string };

export default async function lookupRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  function check(request: FastifyRequest, ip: string): Checked {
    const parsed = parseSenderAddress(ip);
    if (!parsed.ok) return { ok: false, message: request.page.t(`error.ip.${parsed.problem}`) };
    return { ok: true, answer: portal.lookup(parsed.value) };
  }

  app.get('/lookup', { schema: { querystring: LookupQuery } }, (request, reply) => {
    const { t, utc } = request.page;
    const { ip } = request.query as { ip?: string };
    const result = ip === undefined ? undefined : check(request, ip);
    const answer = result?.ok ? result.answer : undefined;
    const listing = answer?.listing;
    return reply.code(result && !result.ok ? 400 : 200).view('pages/lookup.eta', {
      title: t('lookup.title'),
      ip: ip ?? '',
      error: result && !result.ok ? result.message : undefined,
      answer,
      details: listing && {
        since: utc(listing.listedSince),
        category: t(`category.${listing.category}` as Parameters<typeof t>[0]),
        removal: listing.removalScheduledAt ? utc(listing.removalScheduledAt) : undefined,
        expires: listing.expiresAt ? utc(listing.expiresAt) : undefined,
      },
    });
  });

  // The API's answers differ only in their body: after Fastify's first, the next are given before
  // routing (web/front-cache.ts), for a path with nothing in it to decode. Anything this does
  // not answer, a malformed address included, is the route's below.
  app.frontRoute({
    route: LOOKUP_ROUTE.path,
    prefix: LOOKUP_ROUTE.path.slice(0, LOOKUP_ROUTE.path.indexOf(':')),
    rest: /^[0-9A-Fa-f.:]{1,100}$/,
    body(ip) {
      const parsed = parseSenderAddress(ip);
      return parsed.ok ? lookupAnswerJson(portal.lookup(parsed.value)) : undefined;
    },
  });

  app.get(
    LOOKUP_ROUTE.path,
    { schema: { params: LOOKUP_ROUTE.params }, attachValidation: true },
    (request, reply) => {
      const { ip } = request.params as { ip: string };
      const result = request.validationError
        ? ({ ok: false, message: request.page.t('error.ip.not-an-ip') } as const)
        : check(request, ip);
      if (!result.ok)
        return reply.code(400).send({ error: { code: 'invalid-ip', message: result.message, field: 'ip' } });
      reply.sameHeadersForEveryone = true;
      return reply
        .header('Cache-Control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(lookupAnswerJson(result.answer));
    },
  );

  const document = openApiDocument(portal.config.publicUrl);
  app.get('/api/openapi.json', { schema: {} }, () => document);
}
