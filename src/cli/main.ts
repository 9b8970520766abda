#!/usr/bin/env node
// The operator's command line (delist-portal --help lists the commands). It opens the same database as
// the portal (DATABASE_PATH, also read from .env), so changes take effect for the running portal.
// Exit codes: 0 done, 1 failed, 2 wrong usage or argument.
import { Command, CommanderError } from 'commander';
import { CATEGORIES } from '../blocklist/categories.js';
import { systemClock } from '../clock.js';
import { ConfigError } from '../config.js';
import { addEscalationCommands } from './escalation-commands.js';
import { addExportCommand, csvLines } from './export-command.js';
import { addImportCommand } from './import-command.js';
import { formatListing, LISTING_COLUMNS, leavesAt, NO_SELF_SERVICE_NOTE } from './list-output.js';
import { categoryOption, expiresOption, sinceOption } from './listing-options.js';
import { addMaintenanceCommands } from './maintenance-commands.js';
import { networkArgument, UsageError } from './network-argument.js';
import { actor, withOperations } from './operator-database.js';
import { addReportCommands } from './report-commands.js';
import { addShowCommand } from './show-command.js';

interface BlockOptions {
  reason: string;
  category?: string;
  selfService: boolean;
  expires?: string;
  by?: string;
}

const BLOCK_MESSAGES = {
  listed: 'listed',
  relisted: 'listed again (it had been removed by a sender before)',
  'reason-changed': 'already listed; reason updated',
  unchanged: 'already listed; nothing changed',
  'removal-cancelled': 'listed again; its scheduled removal is cancelled',
} as const;

export function buildProgram(): Command {
  const program = new Command('delist-portal')
    .description('Operate the blocked-senders list of a delist portal')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('block')
    .description('Add an IP address or CIDR network to the list (or cancel its scheduled removal)')
    .argument('<ip-or-cidr>', 'e.g. 203.0.113.7, 198.51.100.0/24 or 2001:db8::/48')
    .requiredOption('-r, --reason <text>', 'why it is listed (for operators only)')
    .option('-c, --category <name>', `what senders may be told: ${CATEGORIES.join(', ')}`, 'spam')
    .option('--no-self-service', 'senders cannot remove it through the portal')
    .option('--expires <when>', 'stop listing it then: a duration (30d) or an ISO date or time')
    .option('--by <name>', 'operator name for the history (default: your user name)')
    .action(async (input: string, options: BlockOptions) => {
      const network = networkArgument(input);
      const reason = options.reason.trim();
      if (!reason) throw new UsageError('--reason must not be empty');
      const details = {
        reason,
        category: categoryOption(options.category),
        selfService: options.selfService,
        expiresAt: expiresOption(options.expires, systemClock.now()) ?? null,
      };
      const result = await withOperations((operations) =>
        operations.block(network, details, actor(options.by)),
      );
      process.stdout.write(`${network.cidr}: ${BLOCK_MESSAGES[result.outcome]}\n`);
    });

  program
    .command('unblock')
    .description('Remove an IP address or CIDR network from the list at once')
    .argument('<ip-or-cidr>', 'the network exactly as listed (see list)')
    .option('-r, --reason <text>', 'why it is removed (kept in the history)')
    .option('--by <name>', 'operator name for the history (default: your user name)')
    .action(async (input: string, options: { reason?: string; by?: string }) => {
      const network = networkArgument(input);
      const result = await withOperations((operations) =>
        operations.unblock(network, actor(options.by), options.reason),
      );
      if (result.outcome === 'not-listed') {
        process.stderr.write(`${network.cidr}: not listed\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${network.cidr}: unlisted\n`);
    });

  program
    .command('list')
    .description('Show what counts as listed now, including removals that are scheduled')
    .option('--json', 'one JSON array, for scripts')
    .option('--csv', 'CSV with a header line')
    .option('--leaving', 'only listings with a scheduled removal or an expiry')
    .option('--since <when>', 'only listings listed since then: a duration ago (7d) or an ISO date or time')
    .action(async (options: { json?: boolean; csv?: boolean; leaving?: boolean; since?: string }) => {
      const since = sinceOption(options.since, systemClock.now());
      const listings = (await withOperations((operations) => operations.list())).filter(
        (listing) =>
          (!options.leaving || leavesAt(listing) !== null) &&
          (since === undefined || listing.listedAt >= since),
      );
      if (options.json || options.csv) {
        const text = options.json ? JSON.stringify(listings, null, 2) : csvLines(listings).join('\n');
        process.stdout.write(`${text}\n`);
        return;
      }
      if (listings.length === 0) {
        process.stderr.write('the list is empty\n');
        return;
      }
      process.stdout.write(`${LISTING_COLUMNS}\n`);
      for (const listing of listings) process.stdout.write(`${formatListing(listing)}\n`);
      if (listings.some((listing) => !listing.selfService)) process.stdout.write(`${NO_SELF_SERVICE_NOTE}\n`);
    });

  addImportCommand(program);
  addExportCommand(program);
  addShowCommand(program);
  addMaintenanceCommands(program);
  addReportCommands(program);
  addEscalationCommands(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
