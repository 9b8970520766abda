// Whether a sender can remove an address through the portal, from the listings that cover it and
// how often the address removed itself lately. The delist flow, the escalation form and the
// public lookup ask the same question, so they share this answer.
import { hostNetwork, type Listing, type SenderAddress } from '../blocklist/index.js';
import { limitReached, type SelfDelistUsage } from './self-delist-limit.js';

export type Eligibility =
  | { kind: 'not-listed' }
  /** Removing the host listing would not help while a wider network listing still covers it. */
  | { kind: 'network-listed'; network: string }
  | { kind: 'already-scheduled'; listing: Listing; delistAt: string }
  | { kind: 'no-self-service'; listing: Listing }
  /** The address used up its self-delists: an operator reviews the next request. */
  | { kind: 'review'; listing: Listing; usage: SelfDelistUsage }
  | { kind: 'self-service'; listing: Listing };

export function eligibility(
  address: SenderAddress,
  listings: readonly Listing[],
  usage: SelfDelistUsage,
): Eligibility {
  const [listing] = listings;
  if (!listing) return { kind: 'not-listed' };
  const host = hostNetwork(address);
  const wider = listings.find((candidate) => candidate.network !== host);
  if (wider) return { kind: 'network-listed', network: wider.network };
  if (listing.delistAt) return { kind: 'already-scheduled', listing, delistAt: listing.delistAt };
  if (!listing.selfService) return { kind: 'no-self-service', listing };
  if (limitReached(usage)) return { kind: 'review', listing, usage };
  return { kind: 'self-service', listing };
}
