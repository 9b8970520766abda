// Operator commands for abuse reports: list them, read one in full, and record a decision.
import type { Command } from 'commander';
import { type AbuseReport, createAbuseReports, REPORT_STATES, type ReportState } from '../abuse/index.js';
import { parseSenderAddress } from '../blocklist/index.js';
import { systemClock } from '../clock.js';
import { writeTransaction } from '../db/write-transaction.js';
import { UsageError } from './network-argument.js';
import { actor, withDatabase } from './operator-database.js';

function stateOption(state: string | undefined, flag: string): ReportState | undefined {
  if (state === undefined) return undefined;
  if (!(REPORT_STATES as readonly string[]).includes(state))
    throw new UsageError(`${flag} must be one of ${REPORT_STATES.join(', ')}`);
  return state as ReportState;
}

function summaryLine(report: AbuseReport): string {
  return [
    report.createdAt,
    `#${report.id}`,
    report.publicId,
    report.state.padEnd(9),
    report.category.padEnd(8),
    (report.sendingIp ?? '-').padEnd(15),
    report.source.padEnd(8),
    report.reporterEmail ?? '-',
  ].join('  ');
}

const BASIS_TEXT = {
  'own-network': 'where it entered OWN_NETWORKS',
  'earliest-public': 'earliest public address (OWN_NETWORKS unset)',
  'outside-own-networks': 'earliest public address; no hop inside OWN_NETWORKS',
} as const;

function details(report: AbuseReport): string {
  const lines: Array<[string, string | number | null]> = [
    ['report', `#${report.id} ${report.publicId}`],
    ['created at', report.createdAt],
    ['state', report.state],
    ['reviewed', report.reviewedAt ? `${report.reviewedAt} by ${report.reviewedBy}` : null],
    ['note', report.reviewNote],
    ['category', report.category],
    [
      'sending ip',
      report.sendingIp
        ? `${report.sendingIp} (${report.sendingIpFrom ? BASIS_TEXT[report.sendingIpFrom] : ''})`
        : 'none found',
    ],
    ['received hops', report.receivedHops],
    ['source', report.fileName ? `${report.source} (${report.fileName})` : report.source],
    ['reporter', report.reporterEmail ?? '-'],
    ['sent from', report.clientIp],
    ['locale', report.locale],
    ['size', `${report.messageBytes} bytes`],
    ['purged at', report.purgedAt],
    ['description', report.description || null],
  ];
  const head = lines
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${`${name}:`.padEnd(15)}${value}`)
    .join('\n');
  return `${head}\n\n${report.message || '(message purged)'}\n`;
}

export function addReportCommands(program: Command): void {
  program
    .command('reports')
    .description('List abuse reports sent through /report, newest first')
    .option('-s, --state <state>', `only this state: ${REPORT_STATES.join(', ')}`)
    .option('--ip <address>', 'only reports whose sending IP is this address')
    .option('-n, --limit <count>', 'at most this many', '50')
    .option('--json', 'one JSON array, for scripts (without the messages; see report <id>)')
    .action(async (options: { state?: string; ip?: string; limit: string; json?: boolean }) => {
      const state = stateOption(options.state, '--state');
      const ip = options.ip === undefined ? undefined : parseSenderAddress(options.ip);
      if (ip && !ip.ok) throw new UsageError(`--ip must be one public IP address (${ip.problem})`);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError('--limit must be a whole number above 0');
      const filter = { state, ip: ip?.ok ? ip.value.address : undefined };
      const rows = await withDatabase((db) => createAbuseReports(db, systemClock).recent(filter, limit));
      if (options.json) {
        const summaries = rows.map(({ message: _message, ...rest }) => rest);
        process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        process.stderr.write('no reports\n');
        return;
      }
      for (const row of rows) process.stdout.write(`${summaryLine(row)}\n`);
    });

  program
    .command('report')
    .description('Show one abuse report in full, or record what was decided about it')
    .argument(
      '<id>',
      'its number (12, as reports shows it: #12) or the reference the reporter was given (AR-XXXXX-XXXXX)',
    )
    .option('--mark <state>', `set its state: ${REPORT_STATES.join(', ')}`)
    .option('--note <text>', 'with --mark: what was done, kept with the report')
    .option('--by <name>', 'operator name (default: your user name)')
    .option('--json', 'the report as one JSON object')
    .action(async (id: string, options: { mark?: string; note?: string; by?: string; json?: boolean }) => {
      const mark = stateOption(options.mark, '--mark');
      if (options.note !== undefined && !mark) throw new UsageError('--note goes with --mark');
      const found = await withDatabase((db) => {
        const reports = createAbuseReports(db, systemClock);
        const report = reports.find(id.replace(/^#/, ''));
        if (!report || !mark) return report;
        const change = { state: mark, by: actor(options.by), note: options.note?.trim() || undefined };
        return writeTransaction(db, () => reports.setState(report.id, change))();
      });
      if (!found) {
        process.stderr.write(`no report ${id}\n`);
        process.exitCode = 1;
        return;
      }
      if (options.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      else if (mark) process.stdout.write(`${found.publicId}: marked ${found.state}\n`);
      else process.stdout.write(details(found));
    });
}
