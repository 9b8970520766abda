// The blocked-senders list: parsing addresses and networks, lookups, and every change to the list.
export {
  type Blocklist,
  type BlockOutcome,
  createBlocklist,
  type HistoryEntry,
  type Listing,
  type ListingDetails,
  type ScheduleOutcome,
} from './blocklist.js';
export { type CaughtUpIndex, createCaughtUpIndex } from './caught-up-index.js';
export { coveringListings } from './covering-listings.js';
export {
  type AddressProblem,
  hostNetwork,
  type Network,
  type NetworkProblem,
  parseNetwork,
  parseSenderAddress,
  reverseDnsName,
  reversedLabels,
  type SenderAddress,
} from './ip.js';
export { createListedIndex, type IndexedListing, type ListedIndex } from './listed-index.js';
export { DEFAULT_NDR_TEMPLATE, dnsblText, ndrText } from './ndr.js';
