// delist-portal export --format plain|csv: what counts as listed now, for other tools.
// (The rbldnsd zone format comes with the DNSBL.)
import type { Command } from 'commander';
import { createBlocklist, type Listing } from '../blocklist/index.js';
import { systemClock } from '../clock.js';
import { UsageError } from './network-argument.js';
import { withDatabase } from './operator-database.js';

const CSV_COLUMNS = [
  'network',
  'category',
  'self_service',
  'reason',
  'listed_by',
  'listed_at',
  'delist_at',
  'expires_at',
];

/** RFC 4180: quote a field when it holds a comma, a quote or a line break. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLines(listings: Listing[]): string[] {
  return [
    CSV_COLUMNS.join(','),
    ...listings.map((listing) =>
      [
        listing.network,
        listing.category,
        listing.selfService,
        listing.reason,
        listing.listedBy,
        listing.listedAt,
        listing.delistAt,
        listing.expiresAt,
      ]
        .map(csvField)
        .join(','),
    ),
  ];
}

export function addExportCommand(program: Command): void {
  program
    .command('export')
    .description('Write what counts as listed now: plain (one network a line) or csv')
    .option('-f, --format <format>', 'plain or csv', 'plain')
    .action(async (options: { format: string }) => {
      if (!['plain', 'csv'].includes(options.format)) throw new UsageError('--format must be plain or csv');
      const listings = await withDatabase((db) => createBlocklist(db, systemClock).listActive());
      const lines =
        options.format === 'csv' ? csvLines(listings) : listings.map((listing) => listing.network);
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
    });
}
