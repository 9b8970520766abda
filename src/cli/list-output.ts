// The list as an aligned text table, one listing a line, for people at a terminal.
import type { Listing } from '../blocklist/index.js';

const WIDTHS = [43, 24, 24, 11] as const;

/** When a listing stops counting: its scheduled removal or its expiry, whichever is first. */
export function leavesAt(listing: Listing): string | null {
  const ends = [listing.delistAt, listing.expiresAt].filter((time): time is string => time !== null);
  return ends.sort()[0] ?? null;
}

function row(cells: string[]): string {
  return cells
    .map((cell, index) => cell.padEnd(WIDTHS[index] ?? 0))
    .join(' ')
    .trimEnd();
}

export const LISTING_COLUMNS = row(['NETWORK', 'LISTED AT', 'LEAVES AT', 'CATEGORY', 'REASON']);

export function formatListing(listing: Listing): string {
  const category = listing.selfService ? listing.category : `${listing.category}*`;
  return row([listing.network, listing.listedAt, leavesAt(listing) ?? '-', category, listing.reason]);
}

/** Printed under the table when a listing is marked "*". */
export const NO_SELF_SERVICE_NOTE = '* not removable through the portal (--no-self-service)';
