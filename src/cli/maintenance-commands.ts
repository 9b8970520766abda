// Operator commands around the data rather than the list: requests, stats, backup, purge.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { createAbuseReports } from '../abuse/index.js';
import { createBlocklist } from '../blocklist/index.js';
import { isoUtc, systemClock } from '../clock.js';
import { writeTransaction } from '../db/write-transaction.js';
import { createDelistRequests, type RequestState } from '../delist/index.js';
import { parseDuration } from '../duration.js';
import { createEscalations } from '../escalation/index.js';
import { createHealth } from '../jobs/health.js';
import { createOutbox } from '../mail/index.js';
import { UsageError } from './network-argument.js';
import { withDatabase } from './operator-database.js';

const STATES = ['pending', 'scheduled', 'delisted', 'expired', 'cancelled', 'declined', 'undeliverable'];

export function addMaintenanceCommands(program: Command): void {
  program
    .command('requests')
    .description('List delist requests, newest first')
    .option('-s, --state <state>', `only this state: ${STATES.join(', ')}`)
    .option('-n, --limit <count>', 'at most this many', '50')
    .option('--json', 'one JSON array, for scripts')
    .action(async (options: { state?: string; limit: string; json?: boolean }) => {
      if (options.state && !STATES.includes(options.state))
        throw new UsageError(`--state must be one of ${STATES.join(', ')}`);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError('--limit must be a whole number above 0');
      const rows = await withDatabase((db) =>
        createDelistRequests(db, systemClock)
          .recent(options.state as RequestState | undefined, limit)
          .map(({ id, createdAt, ip, email, state, delistAt }) => ({
            id,
            createdAt,
            ip,
            email,
            state,
            delistAt,
          })),
      );
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const row of rows) {
        process.stdout.write(`${row.createdAt}  #${row.id}  ${row.ip}  ${row.email}  ${row.state}\n`);
      }
    });

  program
    .command('stats')
    .description('Counts: the list, requests, escalations, abuse reports and emails by state')
    .option('--json', 'one JSON object, for scripts')
    .action(async (options: { json?: boolean }) => {
      const stats = await withDatabase((db) => {
        const health = createHealth({
          db,
          clock: systemClock,
          blocklist: createBlocklist(db, systemClock),
          requests: createDelistRequests(db, systemClock),
          escalations: createEscalations(db, systemClock),
          abuseReports: createAbuseReports(db, systemClock),
          outbox: createOutbox(db, systemClock),
        })();
        return {
          listed: health.list.listed,
          leaving: health.list.leaving,
          requests: health.requests,
          escalations: health.escalations,
          abuseReports: health.abuseReports,
          emails: health.outbox.byState,
        };
      });
      process.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    });

  program
    .command('backup')
    .description('Write a consistent copy of the database while the portal runs')
    .argument('<file>', 'where to write the copy (must not exist yet)')
    .action(async (file: string) => {
      if (existsSync(file)) throw new UsageError(`${file} exists already; choose a new file`);
      await withDatabase((db) => db.backup(file));
      process.stdout.write(`backed up to ${file}\n`);
    });

  program
    .command('purge')
    .description(
      'Remove personal data of finished requests and of abuse reports older than the retention time',
    )
    .option('--older-than <duration>', 'retention, e.g. 90d', '90d')
    .action(async (options: { olderThan: string }) => {
      const retention = parseDuration(options.olderThan);
      if (retention === undefined) throw new UsageError('--older-than must be a duration such as 90d');
      const before = isoUtc(systemClock.now() - retention);
      const purged = await withDatabase((db) => {
        const requests = createDelistRequests(db, systemClock);
        const outbox = createOutbox(db, systemClock);
        const escalations = createEscalations(db, systemClock);
        const reports = createAbuseReports(db, systemClock);
        return writeTransaction(db, () => ({
          requests: requests.purgeEmails(before),
          escalations: escalations.purge(before),
          emails: outbox.purgeRecipients(before),
          reports: reports.purge(before),
        }))();
      });
      process.stdout.write(
        `purged addresses from ${purged.requests} requests, ${purged.escalations} escalations and ${purged.emails} emails before ${before}\n`,
      );
      process.stdout.write(
        `purged addresses from ${purged.reports.addresses} abuse reports, and messages from ${purged.reports.messages} closed ones\n`,
      );
    });
}

function formatStats(stats: {
  listed: number;
  leaving: number;
  requests: object;
  escalations: object;
  abuseReports: object;
  emails: object;
}): string {
  const pairs = (record: object) =>
    Object.entries(record)
      .map(([state, n]) => `${state} ${n}`)
      .join(', ') || 'none';
  return `listed now: ${stats.listed} (${stats.leaving} leaving)\nrequests: ${pairs(stats.requests)}\nescalations: ${pairs(stats.escalations)}\nabuse reports: ${pairs(stats.abuseReports)}\nemails: ${pairs(stats.emails)}\n`;
}
