// The page after a report: its reference, what the headers said about the sender, what happens next.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AbuseReport } from '../../abuse/index.js';
import { maskEmail } from '../../mail/index.js';
import { sendMessagePage } from '../message-page.js';

export function sendReportThanks(request: FastifyRequest, reply: FastifyReply, report: AbuseReport) {
  const { t } = request.page;
  const paragraphs = [t('report.thanks.reference', { reference: report.publicId })];
  if (!report.sendingIp) paragraphs.push(t('report.thanks.noIp'));
  else if (report.sendingIpFrom === 'outside-own-networks')
    paragraphs.push(t('report.thanks.outside', { ip: report.sendingIp }));
  else paragraphs.push(t('report.thanks.ip', { ip: report.sendingIp }));
  paragraphs.push(
    report.reporterEmail
      ? t('report.thanks.contact', { email: maskEmail(report.reporterEmail) })
      : t('report.thanks.noContact'),
  );
  return sendMessagePage(request, reply, 200, {
    title: t('report.thanks.title'),
    paragraphs,
    time: report.createdAt,
    link: { href: '/report', text: t('report.another') },
  });
}
