// delist-portal export --format plain|csv|rbldnsd: what counts as listed now, for other tools.
// rbldnsd wants one dataset per address family: ip4set for IPv4, ip6trie for IPv6 (--family).
import type { Command } from 'commander';
import { createBlocklist, dnsblText, type Listing } from '../blocklist/index.js';
import { isoUtc, systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
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

/** An rbldnsd dataset: a default answer (127.0.0.2 and the TXT text, $ for the address), then the networks. */
export function rbldnsdLines(listings: Listing[], family: 4 | 6, publicUrl: string, now: number): string[] {
  const networks = listings
    .map((listing) => listing.network)
    .filter((network) => network.includes(':') === (family === 6));
  return [
    `# delist-portal ${family === 4 ? 'ip4set' : 'ip6trie'} dataset, ${isoUtc(now)}: ${networks.length} networks`,
    `:127.0.0.2:${dnsblText('$', publicUrl)}`,
    ...networks,
  ];
}

export function addExportCommand(program: Command): void {
  program
    .command('export')
    .description('Write what counts as listed now: plain (one network a line), csv, or an rbldnsd dataset')
    .option('-f, --format <format>', 'plain, csv or rbldnsd', 'plain')
    .option('--family <4|6>', 'rbldnsd: the address family of the dataset (ip4set or ip6trie)', '4')
    .action(async (options: { format: string; family: string }) => {
      if (!['plain', 'csv', 'rbldnsd'].includes(options.format)) {
        throw new UsageError('--format must be plain, csv or rbldnsd');
      }
      if (!['4', '6'].includes(options.family)) throw new UsageError('--family must be 4 or 6');
      const { listings, publicUrl } = await withDatabase((db) => ({
        listings: createBlocklist(db, systemClock).listActive(),
        publicUrl: loadConfig().publicUrl,
      }));
      const lines =
        options.format === 'csv'
          ? csvLines(listings)
          : options.format === 'rbldnsd'
            ? rbldnsdLines(listings, options.family === '6' ? 6 : 4, publicUrl, systemClock.now())
            : listings.map((listing) => listing.network);
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
    });
}
