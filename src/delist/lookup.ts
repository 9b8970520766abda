// "Is my IP listed?": what a sender may know about a listing. The category, never the operator's
// own reason; whether a removal is scheduled; whether the portal can remove it.
import type { Blocklist, SenderAddress } from '../blocklist/index.js';
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

export function createLookup(blocklist: Blocklist, selfDelistLimit: SelfDelistLimit) {
  return (address: SenderAddress): LookupAnswer => {
    const listings = blocklist.listingsCovering(address);
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
        listedSince: listings.map((listing) => listing.listedAt).sort()[0] ?? deciding.listedAt,
        category: deciding.category,
        removalScheduledAt: answer.kind === 'already-scheduled' ? answer.delistAt : null,
        expiresAt: deciding.expiresAt,
        selfServiceAvailable: answer.kind === 'self-service',
      },
    };
  };
}

export type Lookup = ReturnType<typeof createLookup>;
