// What every route behind a signed link shares: how the token arrives, the headers such pages
// need, and the page for a link that leads nowhere (broken, forged, expired, unknown, finished).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LinkProblem } from '../delist/index.js';
import type { MessageKey } from '../i18n/index.js';
import { sendMessagePage, startAgainLink } from './message-page.js';

// Anything else (a missing or repeated token, a token of absurd length) reads as a broken link.
export const TokenQuery = z.object({ token: z.string().max(512) });
export const TokenBody = z.object({ token: z.string().max(512) });

/** The token of a request whose schema check failed is "": the signer calls that malformed. */
export function tokenOf(request: FastifyRequest, source: unknown): string {
  return request.validationError ? '' : (source as { token: string }).token;
}

/** The token is in these pages' URLs: no cache keeps them and no Referer carries them away. */
export function protectTokenPages(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
  });
}

export type DeadEnd = LinkProblem | 'cancelled' | 'declined';

const DEAD_ENDS: Record<DeadEnd, [number, MessageKey, MessageKey]> = {
  cancelled: [410, 'token.cancelled.title', 'token.cancelled.body'],
  declined: [410, 'token.declined.title', 'token.declined.body'],
  expired: [410, 'token.expired.title', 'token.expired.body'],
  unknown: [404, 'token.unknown.title', 'token.unknown.body'],
  invalid: [400, 'token.invalid.title', 'token.invalid.body'],
  malformed: [400, 'token.malformed.title', 'token.malformed.body'],
};

/** A link that leads nowhere: say why, and offer a fresh start. */
export function sendDeadEnd(
  request: FastifyRequest,
  reply: FastifyReply,
  kind: DeadEnd,
  details: { ip?: string; tokenTtlMs: number },
) {
  const { t, duration } = request.page;
  const [status, title, body] = DEAD_ENDS[kind];
  return sendMessagePage(request, reply, status, {
    title: t(title),
    paragraphs: [t(body, { ttl: duration(details.tokenTtlMs), ip: details.ip ?? '' })],
    link: startAgainLink(request),
  });
}
