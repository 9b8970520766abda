// The listings that cover an address and count at a moment, narrowest first. With the caught-up
// index (exact: it applies every commit before it answers) SQLite is asked only for the networks
// it names, one row each and usually none, and not again while nobody changes them; without it,
// SQLite looks at every candidate network (25 for IPv4, 113 for IPv6).
import type { Blocklist, Listing } from './blocklist.js';
import type { CaughtUpIndex } from './caught-up-index.js';
import type { SenderAddress } from './ip.js';

export function coveringListings(
  blocklist: Blocklist,
  index: CaughtUpIndex | undefined,
  address: SenderAddress,
  at: number,
): ReadonlyArray<Readonly<Listing>> {
  return index ? index.listings(address, at) : blocklist.listingsCovering(address, at);
}
