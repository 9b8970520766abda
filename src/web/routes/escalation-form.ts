// GET /escalate shows the escalation form; POST /escalate checks it and, when the portal cannot
// remove the address itself, queues the email whose link sends the request to our staff.
import type { FastifyInstance } from 'fastify';
import { parseSenderAddress } from '../../blocklist/index.js';
import type { MessageKey } from '../../i18n/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { sendEscalationForm } from '../escalation-form-page.js';
import { recordOutcome } from '../form-outcome.js';
import {
  type EscalationForm,
  EscalationFormSchema,
  EscalationPrefillSchema,
  escalationValues,
} from '../forms/escalation-form.js';
import { sendMessagePage } from '../message-page.js';
import { sendTooManyRequests } from '../too-many-requests.js';
import { fieldMessages } from '../validation.js';

const FIELD_ORDER = ['email', 'ip', 'description', 'headers'] as const;
const BOT_CHECK = 'altcha';

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
    if (request.validationError || request.botCheckProblem) {
      const messages = request.validationError ? fieldMessages(request) : {};
      const errors: Record<string, string> = {};
      for (const field of FIELD_ORDER) {
        const key = messages[field];
        if (key) errors[field] = t(key as MessageKey);
      }
      if (request.botCheckProblem) errors[BOT_CHECK] = t(`botCheck.${request.botCheckProblem}`);
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
        return sendMessagePage(request, reply, 200, {
          title: t('notListed.title', { ip }),
          paragraphs: [t('notListed.body'), t('notListed.next')],
        });
      case 'self-service':
        return sendMessagePage(request, reply, 200, {
          title: t('escalate.selfService.title', { ip }),
          paragraphs: [t('escalate.selfService.body')],
          link: { href: `/?ip=${encodeURIComponent(ip)}`, text: t('nav.delist') },
        });
      case 'already-scheduled':
        return sendMessagePage(request, reply, 200, {
          title: t('alreadyScheduled.title', { ip }),
          paragraphs: [t('alreadyScheduled.body')],
          time: outcome.delistAt,
        });
      case 'suppressed':
        return sendMessagePage(request, reply, 403, {
          title: t('suppressed.title'),
          paragraphs: [t('suppressed.body', { ip })],
        });
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
