// "Is my IP listed?": what a sender may know about a listing. The category, never the operator's
// own reason; whether a removal is scheduled; whether the portal can remove it.
import {
  type Blocklist,
  type CaughtUpIndex,
  coveringListings,
  type Listing,
  type SenderAddress,
} from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import { readingCommitsOnce } from '../db/commit-signal.js';
import type { Db } from '../db/open.js';
import { eligibility } from './eligibility.js';
import type { SelfDelistLimit } from './self-delist-limit.js';

export interface LookupAnswer {
  ip: string;
  listed: boolean;
  listing: null | {
    network: string;
    listedSince: string;
    category: string;
    removalScheduledAt: string | null;
    expiresAt: string | null;
    selfServiceAvailable: boolean;
  };
}

/** When the earliest of these listings began (ISO times compare as text). */
function earliestListedAt(listings: ReadonlyArray<Readonly<Listing>>): string {
  let earliest = (listings[0] as Readonly<Listing>).listedAt;
  for (const listing of listings) if (listing.listedAt < earliest) earliest = listing.listedAt;
  return earliest;
}

export function createLookup(deps: {
  db: Db;
  blocklist: Blocklist;
  selfDelistLimit: SelfDelistLimit;
  clock: Clock;
  /** Names the networks covering an address without SQLite's query of every candidate; exact all the same. */
  index?: CaughtUpIndex;
}) {
  const { db, blocklist, selfDelistLimit, clock, index } = deps;
  function lookup(address: SenderAddress): LookupAnswer {
    const at = clock.now();
    const listings = coveringListings(blocklist, index, address, at);
    if (listings.length === 0) return { ip: address.address, listed: false, listing: null };
    const answer = eligibility(address, listings, selfDelistLimit(address.address));
    const [narrowest] = listings;
    if (answer.kind === 'not-listed' || !narrowest)
      return { ip: address.address, listed: false, listing: null };
    // The widest listing decides whether self-service can help; the narrowest is the most telling.
    const deciding = listings.at(-1) ?? narrowest;
    return {
      ip: address.address,
      listed: true,
      listing: {
        network: deciding.network,
        listedSince: earliestListedAt(listings),
        category: deciding.category,
        removalScheduledAt: answer.kind === 'already-scheduled' ? answer.delistAt : null,
        expiresAt: deciding.expiresAt,
        selfServiceAvailable: answer.kind === 'self-service',
      },
    };
  }
  // The index and the self-delist times each make sure nobody committed since they last looked;
  // a lookup writes nothing, so one look at the -shm header serves both.
  return (address: SenderAddress): LookupAnswer => readingCommitsOnce(db, () => lookup(address));
}

export type Lookup = ReturnType<typeof createLookup>;
