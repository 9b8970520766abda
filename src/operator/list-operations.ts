// What an operator does to the list by hand. A change that affects open delist requests
// (relisting before a scheduled removal, unlisting) cancels them in the same transaction.
import type { Blocklist, BlockOutcome, ListingDetails, Network } from '../blocklist/index.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { DelistRequests } from '../delist/index.js';

export function createListOperations(deps: { db: Db; blocklist: Blocklist; requests: DelistRequests }) {
  return {
    block: writeTransaction(
      deps.db,
      (network: Network, details: ListingDetails, actor: string): BlockOutcome => {
        const result = deps.blocklist.block(network.cidr, details, actor);
        if (result.outcome === 'removal-cancelled') deps.requests.cancelOpenFor(network.cidr);
        return result;
      },
    ),
    unblock: writeTransaction(deps.db, (network: Network, actor: string, reason?: string) => {
      const result = deps.blocklist.unblock({ network: network.cidr, actor, ...(reason ? { reason } : {}) });
      if (result.outcome === 'unlisted') deps.requests.cancelOpenFor(network.cidr);
      return result;
    }),
    list: deps.blocklist.listActive,
  };
}

export type ListOperations = ReturnType<typeof createListOperations>;
