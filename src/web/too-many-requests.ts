// The one answer to every limit: 429, a Retry-After header, and a page that says which limit
// was reached and from when the request will be accepted again.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LimitReason } from '../delist/index.js';
import { sendMessagePage } from './message-page.js';

export type TooManyReason = LimitReason | 'client' | 'report-client-day';

export class TooManyRequestsError extends Error {
  readonly statusCode = 429;
  constructor(
    readonly reason: TooManyReason,
    readonly retryAt: number,
  ) {
    super('too many requests');
  }
}

export function sendTooManyRequests(
  request: FastifyRequest,
  reply: FastifyReply,
  reason: TooManyReason,
  retryAt: number,
  now: number,
) {
  const { t, utc } = request.page;
  const iso = new Date(retryAt).toISOString();
  reply.header('Retry-After', String(Math.max(1, Math.ceil((retryAt - now) / 1000))));
  return sendMessagePage(request, reply, 429, {
    title: t('limit.title'),
    paragraphs: [t(`limit.${reason}`), t('limit.retry', { time: utc(iso) })],
    time: iso,
  });
}
