// Files a report: works out the sending IP from the message's Received headers and stores the
// report in one transaction, so an accepted report is either kept whole or not at all.
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { ReportMessage } from './report-message.js';
import type { AbuseReport, AbuseReports, ReportCategory, ReportSource } from './reports.js';
import { chooseSendingIp, type OwnNetworks } from './sending-ip.js';

export interface ReportSubmission {
  reporterEmail: string | null;
  category: ReportCategory;
  description: string;
  source: ReportSource;
  fileName: string | null;
  message: ReportMessage;
  locale: string;
}

export function createAbuseIntake(deps: { db: Db; reports: AbuseReports; ownNetworks: OwnNetworks }) {
  const store = writeTransaction(deps.db, (submission: ReportSubmission) => {
    const { message, ...rest } = submission;
    const sending = chooseSendingIp(message.hops, deps.ownNetworks);
    return deps.reports.create({
      ...rest,
      message: message.text,
      messageBytes: message.bytes,
      sendingIp: sending.address,
      sendingIpFrom: sending.basis,
      receivedHops: message.hops.length,
    });
  });
  return {
    submit(submission: ReportSubmission): AbuseReport {
      return store(submission);
    },
  };
}

export type AbuseIntake = ReturnType<typeof createAbuseIntake>;
