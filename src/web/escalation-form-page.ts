// The escalation form, as GET /escalate shows it and as the delist form hands over to it when an
// address used up its self-delists: the sender's values, why the portal cannot help, errors.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EscalationReason } from '../escalation/index.js';
import { DESCRIPTION_MAX, type escalationValues, HEADERS_MAX } from './forms/escalation-form.js';

export function sendEscalationForm(
  request: FastifyRequest,
  reply: FastifyReply,
  page: {
    status: number;
    values: ReturnType<typeof escalationValues>;
    reason?: EscalationReason | undefined;
    ip?: string;
    errors?: Record<string, string>;
  },
) {
  const { t, duration } = request.page;
  const { reason } = page;
  return reply.code(page.status).view('pages/escalation-form.eta', {
    title: t('escalate.title'),
    values: page.values,
    errors: page.errors,
    cause:
      reason &&
      t(`escalate.cause.${reason.cause}`, {
        ip: page.ip ?? page.values.ip,
        network: reason.network,
        max: reason.usage.max,
        window: duration(reason.usage.windowMs),
      }),
    descriptionMax: DESCRIPTION_MAX.toLocaleString(request.page.locale),
    headersMax: HEADERS_MAX.toLocaleString(request.page.locale),
  });
}
