// Files a report: works out the sending IP from the message's Received headers and stores the
// report in one transaction, so an accepted report is either kept whole or not at all. One
// client address may file a bounded number a day, counted in SQLite so a restart resets nothing.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import { DEFAULT_LOCALE } from '../i18n/index.js';
import type { Outbox } from '../mail/index.js';
import type { ReportMessage } from './report-message.js';
import { REPORT_NOTICE_TEMPLATE } from './report-notice.js';
import type { AbuseReport, AbuseReports, ReportCategory, ReportSource } from './reports.js';
import { chooseSendingIp, type OwnNetworks } from './sending-ip.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReportSubmission {
  reporterEmail: string | null;
  category: ReportCategory;
  description: string;
  source: ReportSource;
  fileName: string | null;
  message: ReportMessage;
  locale: string;
  clientIp: string;
}

export type IntakeOutcome = { kind: 'filed'; report: AbuseReport } | { kind: 'limited'; retryAt: number };

export function createAbuseIntake(deps: {
  db: Db;
  clock: Clock;
  reports: AbuseReports;
  ownNetworks: OwnNetworks;
  reportsPerClientPerDay: number;
  outbox: Outbox;
  /** The abuse desk's address (ABUSE_REPORT_NOTIFY), told of each report; none when unset. */
  notify: string | undefined;
}) {
  // Counting and inserting in one write transaction: two reports at once cannot both slip under.
  const file = writeTransaction(deps.db, (submission: ReportSubmission): IntakeOutcome => {
    const now = deps.clock.now();
    const recent = deps.reports.createdFromClientSince(submission.clientIp, isoUtc(now - DAY_MS));
    if (recent.length >= deps.reportsPerClientPerDay) {
      const oldest = recent[recent.length - deps.reportsPerClientPerDay] as string;
      return { kind: 'limited', retryAt: Date.parse(oldest) + DAY_MS };
    }
    const { message, ...rest } = submission;
    const sending = chooseSendingIp(message.hops, deps.ownNetworks);
    const report = deps.reports.create({
      ...rest,
      message: message.text,
      messageBytes: message.bytes,
      sendingIp: sending.address,
      sendingIpFrom: sending.basis,
      receivedHops: message.hops.length,
    });
    // In the same transaction, so the desk hears of every report that was kept, and only of those.
    if (deps.notify) {
      deps.outbox.enqueue({
        template: REPORT_NOTICE_TEMPLATE,
        recipient: deps.notify,
        locale: DEFAULT_LOCALE,
        payload: { reportId: report.publicId },
        subjectId: report.publicId,
      });
    }
    return { kind: 'filed', report };
  });
  return {
    submit(submission: ReportSubmission): IntakeOutcome {
      return file(submission);
    },
  };
}

export type AbuseIntake = ReturnType<typeof createAbuseIntake>;
