// The list as an aligned text table, one listing a line, for people at a terminal.
import type { Listing } from '../blocklist/index.js';

const WIDTHS = [43, 24, 24] as const;

export const LISTING_COLUMNS = ['NETWORK', 'LISTED AT', 'LEAVES AT', 'REASON']
  .map((title, index) => title.padEnd(WIDTHS[index] ?? 0))
  .join(' ')
  .trimEnd();

export function formatListing(listing: Listing): string {
  return [listing.network, listing.listedAt, listing.delistAt ?? '-', listing.reason]
    .map((cell, index) => cell.padEnd(WIDTHS[index] ?? 0))
    .join(' ')
    .trimEnd();
}
