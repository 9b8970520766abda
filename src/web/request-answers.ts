// Answers the delist form and the escalation form give alike, about the IP a sender named.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendMessagePage } from './message-page.js';

export function sendNotListed(request: FastifyRequest, reply: FastifyReply, ip: string) {
  const { t } = request.page;
  return sendMessagePage(request, reply, 200, {
    title: t('notListed.title', { ip }),
    paragraphs: [t('notListed.body'), t('notListed.next')],
  });
}

export function sendAlreadyScheduled(
  request: FastifyRequest,
  reply: FastifyReply,
  ip: string,
  delistAt: string,
) {
  const { t } = request.page;
  return sendMessagePage(request, reply, 200, {
    title: t('alreadyScheduled.title', { ip }),
    paragraphs: [t('alreadyScheduled.body')],
    time: delistAt,
  });
}

/** The owner of the address asked for no more emails about this IP. */
export function sendSuppressed(request: FastifyRequest, reply: FastifyReply, ip: string) {
  const { t } = request.page;
  return sendMessagePage(request, reply, 403, {
    title: t('suppressed.title'),
    paragraphs: [t('suppressed.body', { ip })],
  });
}
