// delist-portal show <ip|cidr>: everything about one address or network in one place: the
// listings that cover it now, their history, the delist and escalation requests about it, and
// the abuse reports that name it as their sending IP.
import type { Command } from 'commander';
import { createAbuseReports } from '../abuse/index.js';
import { createBlocklist, parseSenderAddress } from '../blocklist/index.js';
import { networksContaining } from '../blocklist/ip.js';
import { systemClock } from '../clock.js';
import { createDelistRequests } from '../delist/index.js';
import { createEscalations } from '../escalation/index.js';
import { formatListing, LISTING_COLUMNS } from './list-output.js';
import { networkArgument } from './network-argument.js';
import { withDatabase } from './operator-database.js';

export function addShowCommand(program: Command): void {
  program
    .command('show')
    .description('Show the listings that cover an address, their history, and the requests about it')
    .argument('<ip-or-cidr>', 'an address (every listing covering it) or a network (that listing)')
    .option('--json', 'one JSON object, for scripts')
    .action(async (input: string, options: { json?: boolean }) => {
      const address = parseSenderAddress(input);
      const networks = address.ok ? networksContaining(address.value) : [networkArgument(input).cidr];
      const report = await withDatabase((db) => {
        const blocklist = createBlocklist(db, systemClock);
        const listings = networks
          .map((network) => blocklist.find(network))
          .filter((listing) => listing !== undefined);
        const history = blocklist.historyOf(networks);
        const ip = address.ok ? address.value.address : undefined;
        const requests = ip ? createDelistRequests(db, systemClock).forIp(ip) : [];
        const escalations = ip ? createEscalations(db, systemClock).forIp(ip) : [];
        const abuseReports = ip
          ? createAbuseReports(db, systemClock)
              .recent({ ip }, 1000)
              .map(({ message: _message, ...summary }) => summary)
          : [];
        return { listings, history, requests, escalations, abuseReports };
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const out = (line = '') => process.stdout.write(`${line}\n`);
      out(report.listings.length ? LISTING_COLUMNS : `${input.trim()}: not listed`);
      for (const listing of report.listings) out(formatListing(listing));
      if (report.history.length) {
        out();
        out('HISTORY');
        for (const entry of report.history) {
          const when =
            entry.effectiveAt === entry.recordedAt
              ? entry.recordedAt
              : `${entry.recordedAt} (effective ${entry.effectiveAt})`;
          out(
            `${when}  ${entry.network}  ${entry.action}  ${entry.actor}${entry.reason ? `  ${entry.reason}` : ''}`,
          );
        }
      }
      if (report.requests.length) {
        out();
        out('DELIST REQUESTS');
        for (const request of report.requests)
          out(`${request.createdAt}  #${request.id}  ${request.email}  ${request.state}`);
      }
      if (report.escalations.length) {
        out();
        out('ESCALATIONS (delist-portal escalations --id <n> shows one)');
        for (const escalation of report.escalations)
          out(
            `${escalation.createdAt}  #${escalation.id}  ${escalation.email}  ${escalation.state}  ${escalation.cause}`,
          );
      }
      if (report.abuseReports.length) {
        out();
        out('ABUSE REPORTS (delist-portal report <n> shows one)');
        for (const abuse of report.abuseReports)
          out(`${abuse.createdAt}  #${abuse.id}  ${abuse.publicId}  ${abuse.state}  ${abuse.category}`);
      }
    });
}
