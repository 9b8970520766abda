// GET / shows the delist form; POST / checks it and starts a request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ndrText, parseSenderAddress } from '../../blocklist/index.js';
import type { MessageKey } from '../../i18n/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { type DelistForm, DelistFormSchema, FormPrefillSchema, formValues } from '../forms/delist-form.js';
import { sendMessagePage } from '../message-page.js';
import { formToken } from '../plugins/security.js';
import { sendTooManyRequests } from '../too-many-requests.js';
import { fieldMessages } from '../validation.js';
import { statusPath } from './request-status.js';

const FIELD_ORDER = ['email', 'ip', 'ack'] as const;
const BOT_CHECK = 'altcha';

/** The sender's own address in the example when it is a valid one (e.g. from a DNSBL link). */
function exampleAddress(typed: string): string {
  const parsed = parseSenderAddress(typed);
  return parsed.ok ? parsed.value.address : '203.0.113.7';
}

export default async function delistFormRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const { config } = portal;

  function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: ReturnType<typeof formValues>,
    errors?: Record<string, string>,
  ) {
    const { t, duration } = request.page;
    return reply.code(status).view('pages/delist-form.eta', {
      title: t('form.title'),
      csrfToken: formToken(reply),
      values,
      errors,
      ttl: duration(config.tokenTtlMs),
      delay: duration(config.delistDelayMs),
      emailHint: t(config.confirmAddressPolicy === 'rdns' ? 'form.email.hintRdns' : 'form.email.hint'),
      ndrExample: ndrText(config.ndrTemplate, exampleAddress(values.ip), config.publicUrl),
    });
  }

  app.get('/', { schema: { querystring: FormPrefillSchema } }, (request, reply) => {
    const { ip } = request.query as { ip?: string };
    return sendForm(request, reply, 200, { email: '', ip: ip ?? '', ack: false });
  });

  const routeOptions = {
    schema: { body: DelistFormSchema },
    attachValidation: true,
    config: { botCheck: 'report' },
  } as const;
  app.post('/', routeOptions, async (request, reply) => {
    const { t } = request.page;
    if (request.validationError || request.botCheckProblem) {
      const messages = request.validationError ? fieldMessages(request) : {};
      const errors: Record<string, string> = {};
      for (const field of FIELD_ORDER) {
        const key = messages[field];
        if (key) errors[field] = t(key as MessageKey);
      }
      if (request.botCheckProblem) errors[BOT_CHECK] = t(`botCheck.${request.botCheckProblem}`);
      return sendForm(request, reply, 400, formValues(request.body), errors);
    }

    const form = request.body as DelistForm;
    const ip = form.ip.address;
    const outcome = await portal.flow.submit({
      email: form.email,
      address: form.ip,
      locale: request.page.locale,
    });
    request.log.info({ outcome: outcome.kind, ip, to: maskEmail(form.email) }, 'delist request');
    switch (outcome.kind) {
      case 'not-listed':
        return sendMessagePage(request, reply, 200, {
          title: t('notListed.title', { ip }),
          paragraphs: [t('notListed.body'), t('notListed.next')],
        });
      case 'network-listed':
        return sendMessagePage(request, reply, 200, {
          title: t('networkListed.title', { ip }),
          paragraphs: [t('networkListed.body', { network: outcome.network })],
        });
      case 'no-self-service':
        return sendMessagePage(request, reply, 200, {
          title: t('networkListed.title', { ip }),
          paragraphs: [t('noSelfService.body')],
        });
      case 'already-scheduled':
        return sendMessagePage(request, reply, 200, {
          title: t('alreadyScheduled.title', { ip }),
          paragraphs: [t('alreadyScheduled.body')],
          time: outcome.delistAt,
        });
      case 'limited':
        return sendTooManyRequests(
          request,
          reply,
          outcome.limit.reason,
          outcome.limit.retryAt,
          portal.clock.now(),
        );
      case 'suppressed':
        return sendMessagePage(request, reply, 403, {
          title: t('suppressed.title'),
          paragraphs: [t('suppressed.body', { ip })],
        });
      case 'address-refused': {
        const { check } = outcome;
        if (check.problem === 'dns-failed') {
          reply.header('Retry-After', '300');
          return sendMessagePage(request, reply, 503, {
            title: t('rdns.failed.title'),
            paragraphs: [t('rdns.failed.body', { ip })],
          });
        }
        const detail = {
          ip,
          name: 'name' in check ? check.name : '',
          domain: 'domain' in check ? check.domain : '',
        };
        const errors = { email: t(`rdns.${check.problem}`, detail) };
        return sendForm(request, reply, 400, formValues(request.body), errors);
      }
      case 'queued':
        portal.outboxSender.kick();
        // Post/redirect/get: the sender lands on their request's status page, which a reload
        // only re-reads; it never files the request again.
        return reply.redirect(
          statusPath(portal.requestStatus.tokenFor(outcome.request), outcome.request.locale),
          303,
        );
    }
  });
}
