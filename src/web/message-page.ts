// Most outcomes are a heading, a few sentences, maybe a time, and a way on: one template for all.
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface MessagePage {
  title: string;
  paragraphs: string[];
  /** A time to show in UTC and, in the browser, in the reader's own time zone. */
  time?: string;
  after?: string[];
  link?: { href: string; text: string };
}

export function sendMessagePage(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  page: MessagePage,
) {
  const { utc } = request.page;
  return reply.code(status).view('pages/message.eta', {
    ...page,
    time: page.time ? { iso: page.time, utc: utc(page.time) } : undefined,
  });
}

export function startAgainLink(request: FastifyRequest): MessagePage['link'] {
  return { href: '/', text: request.page.t('token.startAgain') };
}
