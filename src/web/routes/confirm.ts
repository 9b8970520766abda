// GET /confirm shows what a confirmation link is about and changes nothing (mail scanners open
// every link); POST /delist is the Delist IP button, the only thing that schedules a removal.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LinkOutcome } from '../../delist/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { recordOutcome } from '../form-outcome.js';
import { sendMessagePage } from '../message-page.js';
import { protectTokenPages, sendDeadEnd, TokenBody, TokenQuery, tokenOf } from '../signed-links.js';

export default async function confirmRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const { config } = portal;

  protectTokenPages(app);

  function sendOutcome(request: FastifyRequest, reply: FastifyReply, outcome: LinkOutcome, token: string) {
    const { t, utc, duration } = request.page;
    switch (outcome.kind) {
      case 'pending': {
        const { request: delist } = outcome;
        return reply.view('pages/confirm.eta', {
          title: t('confirm.title', { ip: delist.ip }),
          ip: delist.ip,
          maskedEmail: maskEmail(delist.email),
          requestedAt: { iso: delist.createdAt, utc: utc(delist.createdAt) },
          expiresAt: { iso: delist.expiresAt, utc: utc(delist.expiresAt) },
          delay: duration(config.delistDelayMs),
          token,
        });
      }
      case 'scheduled':
        return sendMessagePage(request, reply, 200, {
          title: t('scheduled.title', { ip: outcome.request.ip }),
          paragraphs: [t('scheduled.body')],
          time: outcome.delistAt,
          after: [t('scheduled.after')],
        });
      case 'used': {
        const delistAt = outcome.request.delistAt ?? outcome.request.confirmedAt ?? '';
        return sendMessagePage(request, reply, 409, {
          title: t('token.used.title'),
          paragraphs: [t('token.used.body', { ip: outcome.request.ip })],
          time: delistAt,
        });
      }
      case 'done':
        return sendMessagePage(request, reply, 410, {
          title: t('token.done.title'),
          paragraphs: [
            t('token.done.body', { ip: outcome.request.ip, time: utc(outcome.request.finishedAt ?? '') }),
          ],
        });
      case 'gone':
        return sendMessagePage(request, reply, 200, {
          title: t('token.gone.title', { ip: outcome.request.ip }),
          paragraphs: [t('token.gone.body')],
        });
      default:
        return sendDeadEnd(request, reply, outcome.kind, {
          ip: 'request' in outcome ? outcome.request.ip : '',
          tokenTtlMs: config.tokenTtlMs,
        });
    }
  }

  app.get('/confirm', { schema: { querystring: TokenQuery }, attachValidation: true }, (request, reply) => {
    const token = tokenOf(request, request.query);
    return sendOutcome(request, reply, portal.flow.inspect(token), token);
  });

  const delistOptions = {
    schema: { body: TokenBody },
    attachValidation: true,
    config: { languagePage: '/confirm' },
  } as const;
  app.post('/delist', delistOptions, (request, reply) => {
    const token = tokenOf(request, request.body);
    const outcome = portal.flow.confirm(token);
    recordOutcome(request, 'delist confirmation', outcome.kind);
    return sendOutcome(request, reply, outcome, token);
  });
}
