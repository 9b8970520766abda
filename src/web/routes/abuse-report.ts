// GET /report shows the abuse report form; POST /report checks it (pasted headers, or an .eml
// uploaded as multipart) and files the report; GET /report/thanks gives the reporter its reference.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REPORT_CATEGORIES } from '../../abuse/index.js';
import type { MessageKey } from '../../i18n/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { recordOutcome } from '../form-outcome.js';
import {
  type AbuseReportForm,
  type AbuseReportValues,
  abuseReportFormSchema,
  DESCRIPTION_MAX,
  reportErrorFields,
  reportFormValues,
} from '../forms/abuse-report-form.js';
import { sendMessagePage } from '../message-page.js';
import { BOT_CHECK_FIELD } from '../plugins/bot-check.js';
import { acceptUploads } from '../plugins/multipart-form.js';
import { sendTooManyRequests } from '../too-many-requests.js';
import { fieldMessages } from '../validation.js';
import { sendReportThanks } from './abuse-report-thanks.js';

// The action's name in the log and on /metrics (delist_form_outcomes_total).
const ACTION = 'abuse report';
const EMPTY: AbuseReportValues = { email: '', category: '', description: '', headers: '' };
// A body over its limit, and multipart bodies with more files or fields than the form has.
const TOO_LARGE = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
]);

/** 262144 -> "256 KiB", 3145728 -> "3 MiB": the limit as the form states it. */
function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.floor(bytes / 1024)} KiB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
}

export default async function abuseReportRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const { maxBytes } = portal.config.abuseReports;
  await acceptUploads(app, maxBytes);
  const maxSize = sizeText(maxBytes);

  function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: AbuseReportValues,
    errors?: Record<string, string>,
  ) {
    const { t } = request.page;
    return reply.code(status).view('pages/abuse-report.eta', {
      title: t('report.title'),
      values,
      errors,
      categories: REPORT_CATEGORIES,
      maxSize,
      maxBytes,
      descriptionMax: DESCRIPTION_MAX,
    });
  }

  // A body too large to read never reaches the route: answer with the form and the limit.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (!TOO_LARGE.has(error.code) || request.method !== 'POST') throw error;
    request.log.info({ code: error.code }, 'abuse report refused: too large');
    const field = request.isMultipart() ? 'file' : 'headers';
    return sendForm(request, reply, 413, EMPTY, {
      [field]: request.page.t('error.report.message.tooLarge', { max: maxSize }),
    });
  });

  app.get('/report', { schema: {} }, (request, reply) => sendForm(request, reply, 200, EMPTY));

  const routeOptions = {
    schema: { body: abuseReportFormSchema(maxBytes) },
    attachValidation: true,
    // Pasted text arrives percent-encoded, up to three bytes for one.
    bodyLimit: 3 * maxBytes + 16 * 1024,
    config: { botCheck: 'report' },
  } as const;
  app.post('/report', routeOptions, async (request, reply) => {
    const { t } = request.page;
    if (request.validationError || request.botCheckProblem) {
      const messages = request.validationError ? fieldMessages(request) : {};
      const errors: Record<string, string> = {};
      for (const [field, key] of reportErrorFields(messages)) {
        errors[field] = t(key as MessageKey, { max: maxSize, length: DESCRIPTION_MAX });
      }
      if (request.botCheckProblem) errors[BOT_CHECK_FIELD] = t(`botCheck.${request.botCheckProblem}`);
      const status = messages.evidence === 'error.report.file.tooLarge' ? 413 : 400;
      return sendForm(request, reply, status, reportFormValues(request.body, maxBytes), errors);
    }

    const form = request.body as AbuseReportForm;
    const outcome = portal.abuseIntake.submit({ ...form, locale: request.page.locale, clientIp: request.ip });
    if (outcome.kind === 'limited') {
      recordOutcome(request, ACTION, 'limited');
      return sendTooManyRequests(request, reply, 'report-client-day', outcome.retryAt, portal.clock.now());
    }
    const { report } = outcome;
    // Never the message or the reporter's words: only what an operator needs to find the report.
    recordOutcome(request, ACTION, 'filed', {
      report: report.publicId,
      category: report.category,
      source: report.source,
      bytes: String(report.messageBytes),
      sendingIp: report.sendingIp ?? 'none',
      basis: report.sendingIpFrom ?? 'none',
      reporter: report.reporterEmail ? maskEmail(report.reporterEmail) : 'none',
    });
    portal.outboxSender.kick();
    // Post/redirect/get: a reload shows the reference again and files nothing.
    return reply.redirect(`/report/thanks?ref=${encodeURIComponent(report.publicId)}`, 303);
  });

  app.get('/report/thanks', { schema: {} }, (request, reply) => {
    const { ref } = request.query as { ref?: unknown };
    const report = typeof ref === 'string' ? portal.abuseReports.findByReference(ref) : undefined;
    reply.header('Cache-Control', 'no-store');
    if (!report) {
      const { t } = request.page;
      return sendMessagePage(request, reply, 404, {
        title: t('report.unknown.title'),
        paragraphs: [t('report.unknown.body')],
        link: { href: '/report', text: t('report.again') },
      });
    }
    return sendReportThanks(request, reply, report);
  });
}
