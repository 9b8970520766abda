// GET /escalation shows what an escalation link is about and changes nothing (mail scanners open
// every link); POST /escalation is its button, which sends the request to our staff.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EscalationLinkOutcome } from '../../escalation/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { recordOutcome } from '../form-outcome.js';
import { sendMessagePage } from '../message-page.js';
import { protectTokenPages, sendDeadEnd, TokenBody, TokenQuery, tokenOf } from '../signed-links.js';

export default async function escalationLinkRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  protectTokenPages(app);

  function sendOutcome(
    request: FastifyRequest,
    reply: FastifyReply,
    outcome: EscalationLinkOutcome,
    token: string,
  ) {
    const { t, utc, duration } = request.page;
    switch (outcome.kind) {
      case 'unverified': {
        const { escalation } = outcome;
        const usage = portal.selfDelistLimit(escalation.ip);
        return reply.view('pages/escalation-link.eta', {
          title: t('escalation.title', { ip: escalation.ip }),
          ip: escalation.ip,
          maskedEmail: maskEmail(escalation.email),
          cause: t(`escalate.cause.${escalation.cause}`, {
            ip: escalation.ip,
            network: escalation.network ?? '',
            max: usage.max,
            window: duration(usage.windowMs),
          }),
          requestedAt: { iso: escalation.createdAt, utc: utc(escalation.createdAt) },
          expiresAt: { iso: escalation.expiresAt, utc: utc(escalation.expiresAt) },
          token,
        });
      }
      case 'verified':
        return sendMessagePage(request, reply, 200, {
          title: t('escalation.verified.title'),
          paragraphs: [
            t('escalation.verified.body', {
              email: maskEmail(outcome.escalation.email),
              ip: outcome.escalation.ip,
            }),
          ],
        });
      case 'open':
        return sendMessagePage(request, reply, 409, {
          title: t('escalation.open.title'),
          paragraphs: [t('escalation.open.body', { time: utc(outcome.escalation.verifiedAt ?? '') })],
        });
      case 'answered':
        return sendMessagePage(request, reply, 410, {
          title: t('escalation.answered.title', { ip: outcome.escalation.ip }),
          paragraphs: [t('escalation.answered.body', { time: utc(outcome.escalation.answeredAt ?? '') })],
        });
      case 'undeliverable':
        return sendDeadEnd(request, reply, 'cancelled', { tokenTtlMs: portal.config.tokenTtlMs });
      default:
        return sendDeadEnd(request, reply, outcome.kind, { tokenTtlMs: portal.config.tokenTtlMs });
    }
  }

  app.get(
    '/escalation',
    { schema: { querystring: TokenQuery }, attachValidation: true },
    (request, reply) => {
      const token = tokenOf(request, request.query);
      return sendOutcome(request, reply, portal.escalationFlow.inspect(token), token);
    },
  );

  app.post('/escalation', { schema: { body: TokenBody }, attachValidation: true }, (request, reply) => {
    const token = tokenOf(request, request.body);
    const outcome = portal.escalationFlow.confirm(token);
    recordOutcome(request, 'escalation confirmation', outcome.kind);
    return sendOutcome(request, reply, outcome, token);
  });
}
