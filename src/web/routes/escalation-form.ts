// GET /escalate shows the escalation form; POST /escalate checks it and, when the portal cannot
// remove the address itself, queues the email whose link sends the request to our staff.
import type { FastifyInstance } from 'fastify';
import { parseSenderAddress } from '../../blocklist/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { sendEscalationForm } from '../escalation-form-page.js';
import { formErrors } from '../form-errors.js';
import { recordOutcome } from '../form-outcome.js';
import {
  type EscalationForm,
  EscalationFormSchema,
  EscalationPrefillSchema,
  escalationValues,
} from '../forms/escalation-form.js';
import { sendMessagePage } from '../message-page.js';
import { sendAlreadyScheduled, sendNotListed, sendSuppressed } from '../request-answers.js';
import { sendTooManyRequests } from '../too-many-requests.js';

const FIELD_ORDER = ['email', 'ip', 'description', 'headers'] as const;

export default async function escalationFormRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const reasonFor = (ip: string) => {
    const parsed = parseSenderAddress(ip);
    return parsed.ok ? portal.escalationFlow.causeFor(parsed.value) : undefined;
  };

  app.get('/escalate', { schema: { querystring: EscalationPrefillSchema } }, (request, reply) => {
    const { ip = '' } = request.query as { ip?: string };
    const values = { email: '', ip, description: '', headers: '' };
    return sendEscalationForm(request, reply, { status: 200, values, reason: reasonFor(ip) });
  });

  const routeOptions = {
    schema: { body: EscalationFormSchema },
    attachValidation: true,
    // Pasted headers are longer than the other forms' fields; percent-encoding can triple them.
    bodyLimit: 128 * 1024,
    config: { botCheck: 'report' },
  } as const;
  app.post('/escalate', routeOptions, async (request, reply) => {
    const { t, duration } = request.page;
    const values = escalationValues(request.body);
    const errors = formErrors(request, FIELD_ORDER);
    if (errors) {
      return sendEscalationForm(request, reply, {
        status: 400,
        values,
        errors,
        reason: reasonFor(values.ip),
      });
    }

    const form = request.body as EscalationForm;
    const ip = form.ip.address;
    const outcome = portal.escalationFlow.submit({
      email: form.email,
      address: form.ip,
      description: form.description,
      headers: form.headers,
      locale: request.page.locale,
    });
    recordOutcome(request, 'escalation request', outcome.kind, { ip, to: maskEmail(form.email) });
    switch (outcome.kind) {
      case 'not-listed':
        return sendNotListed(request, reply, ip);
      case 'self-service':
        return sendMessagePage(request, reply, 200, {
          title: t('escalate.selfService.title', { ip }),
          paragraphs: [t('escalate.selfService.body')],
          link: { href: `/?ip=${encodeURIComponent(ip)}`, text: t('nav.delist') },
        });
      case 'already-scheduled':
        return sendAlreadyScheduled(request, reply, ip, outcome.delistAt);
      case 'suppressed':
        return sendSuppressed(request, reply, ip);
      case 'in-play':
        return sendMessagePage(request, reply, 200, {
          title: t('escalate.inPlay.title', { ip }),
          paragraphs: [
            t(outcome.escalation.state === 'open' ? 'escalate.inPlay.open' : 'escalate.inPlay.unverified'),
          ],
        });
      case 'limited':
        return sendTooManyRequests(
          request,
          reply,
          outcome.limit.reason,
          outcome.limit.retryAt,
          portal.clock.now(),
        );
      case 'queued':
        portal.outboxSender.kick();
        return sendMessagePage(request, reply, 200, {
          title: t('queued.title'),
          paragraphs: [
            t('escalate.sent.body', {
              email: maskEmail(form.email),
              ttl: duration(portal.config.tokenTtlMs),
            }),
            t('escalate.sent.missing'),
          ],
        });
    }
  });
}
