// The email that tells the abuse desk (ABUSE_REPORT_NOTIFY) a report came in. Like every email
// of the portal it repeats nothing a stranger typed: no description, no message, no reporter
// address; only the reference, the category, the sending IP we worked out, and how to read it.
import { DEFAULT_LOCALE, formatUtc, isLocale, type MessageKey, translator } from '../i18n/index.js';
import type { EmailRenderer, EmailRendererFn } from '../mail/index.js';
import type { AbuseReports } from './reports.js';

export const REPORT_NOTICE_TEMPLATE = 'abuse-report-notice';

export function createReportNoticeEmail(deps: {
  reports: AbuseReports;
  render: EmailRendererFn;
}): EmailRenderer {
  return (row) => {
    const { reportId } = JSON.parse(row.payload) as { reportId: string };
    const report = deps.reports.findByReference(reportId);
    if (!report) throw new Error('the report of this email no longer exists');
    const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
    const t = translator(locale);
    const ip = report.sendingIp ?? t('email.reportNotice.noIp');
    return deps.render(
      REPORT_NOTICE_TEMPLATE,
      t('email.reportNotice.subject', { reference: report.publicId, category: report.category, ip }),
      {
        t,
        locale,
        reference: report.publicId,
        category: report.category,
        ip,
        basis: report.sendingIpFrom
          ? t(`email.reportNotice.basis.${report.sendingIpFrom}` as MessageKey)
          : '',
        received: t('time.utc', { time: formatUtc(locale, Date.parse(report.createdAt)) }),
        command: `delist-portal report ${report.publicId}`,
      },
    );
  };
}
