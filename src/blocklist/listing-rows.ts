// The rows of blocked_senders that the lookup and the delist form read, kept in memory until the
// listed index applies a change to their network. Every change to a row writes a history row
// naming its network in the same transaction, and the caught-up index applies every committed
// change before it answers, so a row kept here is the row SQLite holds at that moment: a listed
// address costs no SQLite read while nobody changes its listing. A row read just after a commit
// the index has not applied yet is newer, not older, and that commit's history drops it again.
import { BoundedCache } from '../bounded-cache.js';
import type { Listing } from './blocklist.js';
import type { ListedIndex } from './listed-index.js';

/** Listings kept: about 300 bytes each, so a few MB for every listing asked about lately. */
const ROWS_KEPT = 16_384;

export function createListingRows(index: ListedIndex, find: (network: string) => Listing | undefined) {
  const rows = new BoundedCache<Readonly<Listing>>(ROWS_KEPT);
  index.onChange((networks) => {
    if (!networks) rows.clear();
    else for (const network of networks) rows.delete(network);
  });
  return {
    /** The row of a network the index names, as SQLite holds it now; undefined when there is none. */
    get(network: string): Readonly<Listing> | undefined {
      let row = rows.get(network);
      if (row === undefined) {
        // A row missing here was deleted by a commit the index has not applied yet: nothing to keep.
        row = find(network);
        if (row) rows.set(network, row);
      }
      return row;
    },
  };
}
