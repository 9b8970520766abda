// GET / shows the delist form; POST / checks it and starts a request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hostNetwork, ndrText, parseSenderAddress } from '../../blocklist/index.js';
import type { Locale } from '../../i18n/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { sendEscalationForm } from '../escalation-form-page.js';
import { formErrors } from '../form-errors.js';
import { recordOutcome } from '../form-outcome.js';
import { type DelistForm, DelistFormSchema, FormPrefillSchema, formValues } from '../forms/delist-form.js';
import { sendMessagePage } from '../message-page.js';
import type { PageHelpers } from '../plugins/locale.js';
import { sendAlreadyScheduled, sendNotListed, sendSuppressed } from '../request-answers.js';
import { sendTooManyRequests } from '../too-many-requests.js';
import { statusPath } from './request-status.js';

const FIELD_ORDER = ['email', 'ip', 'ack'] as const;
const PAGE = 'pages/delist-form.eta';
const SPLICED_FIELDS = ['values.email', 'values.ip', 'ndrExample'] as const;

/** The sender's own address in the example when it is a valid one (e.g. from a DNSBL link). */
function exampleAddress(typed: string): string {
  const parsed = parseSenderAddress(typed);
  return parsed.ok ? parsed.value.address : '203.0.113.7';
}

export default async function delistFormRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const { config } = portal;

  // The example rejection of a form without an address, the same for everyone.
  const defaultExample = ndrText(config.ndrTemplate, exampleAddress(''), config.publicUrl);

  // The form's texts depend only on the language and the settings: made once per language.
  const textsByLocale = new Map<Locale, Record<string, string>>();
  function formTexts({ locale, t, duration }: PageHelpers): Record<string, string> {
    let texts = textsByLocale.get(locale);
    if (!texts) {
      texts = {
        title: t('form.title'),
        ttl: duration(config.tokenTtlMs),
        delay: duration(config.delistDelayMs),
        selfDelistLimit: t('form.selfDelistLimit', {
          max: config.selfDelist.max,
          window: duration(config.selfDelist.windowMs),
        }),
        emailHint: t(config.confirmAddressPolicy === 'rdns' ? 'form.email.hintRdns' : 'form.email.hint'),
      };
      textsByLocale.set(locale, texts);
    }
    return texts;
  }

  function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: ReturnType<typeof formValues>,
    errors?: Record<string, string>,
  ) {
    const ndrExample =
      values.ip === ''
        ? defaultExample
        : ndrText(config.ndrTemplate, exampleAddress(values.ip), config.publicUrl);
    const data = () => ({ ...formTexts(request.page), values, errors, ndrExample });
    reply.code(status);
    if (errors) return reply.view(PAGE, data());
    // The form as most people first see it is the same for everyone in a language but for these.
    // Everything else on it follows from its language and its URL (the prefilled address).
    const key = `${request.page.locale} ${request.method} ${request.url}`;
    // Without an address (most visits) nothing on it is per request: the page is sent as it is.
    if (values.ip === '' && values.email === '') {
      reply.sameForEveryone = true;
      return reply.cachedView(PAGE, key, [], [], data);
    }
    return reply.cachedView(PAGE, key, SPLICED_FIELDS, [values.email, values.ip, ndrExample], data);
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
    const escalateLink = (ip: string) => ({
      href: `/escalate?ip=${encodeURIComponent(ip)}`,
      text: t('escalate.link'),
    });
    const errors = formErrors(request, FIELD_ORDER);
    if (errors) {
      return sendForm(request, reply, 400, formValues(request.body), errors);
    }

    const form = request.body as DelistForm;
    const ip = form.ip.address;
    const outcome = await portal.flow.submit({
      email: form.email,
      address: form.ip,
      locale: request.page.locale,
    });
    recordOutcome(request, 'delist request', outcome.kind, { ip, to: maskEmail(form.email) });
    switch (outcome.kind) {
      case 'not-listed':
        return sendNotListed(request, reply, ip);
      case 'network-listed':
        return sendMessagePage(request, reply, 200, {
          title: t('networkListed.title', { ip }),
          paragraphs: [t('networkListed.body', { network: outcome.network })],
          link: escalateLink(ip),
        });
      case 'no-self-service':
        return sendMessagePage(request, reply, 200, {
          title: t('networkListed.title', { ip }),
          paragraphs: [t('noSelfService.body')],
          link: escalateLink(ip),
        });
      case 'review':
        // Not refused: past the self-delist limit the request goes to our staff, with the
        // sender's explanation, through the escalation form filled in with what they typed.
        return sendEscalationForm(request, reply, {
          status: 200,
          values: { email: form.email, ip, description: '', headers: '' },
          reason: { cause: 'self-delist-limit', network: hostNetwork(form.ip), usage: outcome.usage },
        });
      case 'already-scheduled':
        return sendAlreadyScheduled(request, reply, ip, outcome.delistAt);
      case 'limited':
        return sendTooManyRequests(
          request,
          reply,
          outcome.limit.reason,
          outcome.limit.retryAt,
          portal.clock.now(),
        );
      case 'suppressed':
        return sendSuppressed(request, reply, ip);
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
