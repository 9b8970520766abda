// GET /request shows a sender their request and its confirmation email (queued, sent, given up);
// POST /request/resend sends the email again once the cooldown has passed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestStatus, ResendOutcome } from '../../delist/index.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Portal } from '../../portal.js';
import { recordOutcome } from '../form-outcome.js';
import { protectTokenPages, sendDeadEnd, TokenBody, TokenQuery, tokenOf } from '../signed-links.js';
import { sendTooManyRequests } from '../too-many-requests.js';

/** The sender's status page, in the language the request was made in. */
export function statusPath(token: string, locale: string): string {
  return `/request?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(locale)}`;
}

export default async function requestStatusRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const { config, clock } = portal;
  protectTokenPages(app);

  function emailLines(request: FastifyRequest, status: RequestStatus): string[] {
    const { t, utc } = request.page;
    const { email } = status;
    if (!email) return [];
    const to = status.request.email;
    if (email.state === 'sent' && email.sentAt) {
      return [t('status.email.sent', { email: to, time: utc(email.sentAt), from: config.mailFrom })];
    }
    if (email.state === 'failed') return [t('status.email.failed', { email: to })];
    const lines = [t('status.email.queued', { email: to })];
    if (email.attempts > 0) lines.push(t('status.email.retrying', { time: utc(email.nextAttemptAt) }));
    return lines;
  }

  function requestLine(request: FastifyRequest, status: RequestStatus): string {
    const { t, utc } = request.page;
    const { state, expiresAt, delistAt, finishedAt } = status.request;
    const time = state === 'pending' ? expiresAt : state === 'delisted' ? finishedAt : delistAt;
    return t(`status.state.${state}` as MessageKey, { time: time ? utc(time) : '' });
  }

  function send(
    request: FastifyRequest,
    reply: FastifyReply,
    status: RequestStatus,
    token: string,
    notice?: string,
  ) {
    const { t, utc } = request.page;
    const { request: delist, resendFrom } = status;
    const canResend = resendFrom !== undefined && resendFrom <= clock.now();
    return reply.view('pages/request-status.eta', {
      title: delist.state === 'pending' ? t('status.titlePending') : t('status.title', { ip: delist.ip }),
      ip: delist.ip,
      requestLine: requestLine(request, status),
      emailLines: emailLines(request, status),
      notice,
      token,
      canResend,
      resendAfter:
        resendFrom !== undefined && !canResend ? utc(new Date(resendFrom).toISOString()) : undefined,
    });
  }

  app.get('/request', { schema: { querystring: TokenQuery }, attachValidation: true }, (request, reply) => {
    const token = tokenOf(request, request.query);
    const outcome = portal.requestStatus.status(token);
    if (outcome.kind !== 'status') {
      return sendDeadEnd(request, reply, outcome.kind, { tokenTtlMs: config.tokenTtlMs });
    }
    return send(request, reply, outcome, token);
  });

  const resendOptions = {
    schema: { body: TokenBody },
    attachValidation: true,
    config: { languagePage: '/request' },
  } as const;
  app.post('/request/resend', resendOptions, (request, reply) => {
    const token = tokenOf(request, request.body);
    const outcome: ResendOutcome = portal.requestStatus.resend(token);
    recordOutcome(request, 'confirmation email resend', outcome.kind);
    const { t } = request.page;
    switch (outcome.kind) {
      case 'resent':
        portal.outboxSender.kick();
        return send(request, reply, outcome, token, t('status.resent'));
      case 'too-soon': {
        const waitSeconds = Math.ceil(((outcome.resendFrom ?? 0) - clock.now()) / 1000);
        reply.code(429).header('Retry-After', String(Math.max(1, waitSeconds)));
        return send(request, reply, outcome, token, t('status.tooSoon'));
      }
      case 'limited':
        return sendTooManyRequests(request, reply, outcome.limit.reason, outcome.limit.retryAt, clock.now());
      case 'status':
        return send(request, reply.code(409), outcome, token);
      default:
        return sendDeadEnd(request, reply, outcome.kind, { tokenTtlMs: config.tokenTtlMs });
    }
  });
}
