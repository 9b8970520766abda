// "I did not ask for this": the person who received a confirmation email can cancel the request
// it is about and stop further confirmation emails about that IP to their address. Opening the
// link only shows the question; the button does it, once, in one transaction.
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { FindLinkedRequest, LinkProblem } from './link-lookup.js';
import type { DelistRequest, DelistRequests } from './requests.js';
import type { Suppressions } from './suppressions.js';

export type DeclineOutcome =
  | { kind: LinkProblem }
  /** cancelled: the request was waiting and is now cancelled; too-late: it was already confirmed. */
  | { kind: 'ask' | 'cancelled' | 'too-late' | 'already'; request: DelistRequest };

export function createDecline(deps: {
  db: Db;
  findLinked: FindLinkedRequest;
  requests: DelistRequests;
  suppressions: Suppressions;
}) {
  return {
    inspect(token: unknown): DeclineOutcome {
      const found = deps.findLinked('decline', token);
      if (!found.ok) return { kind: found.problem };
      return { kind: found.request.state === 'declined' ? 'already' : 'ask', request: found.request };
    },

    decline: writeTransaction(deps.db, (token: unknown): DeclineOutcome => {
      const found = deps.findLinked('decline', token);
      if (!found.ok) return { kind: found.problem };
      const { request } = found;
      if (request.state === 'declined') return { kind: 'already', request };
      deps.suppressions.add(request.email, request.ip, request.id);
      const cancelled = deps.requests.markDeclined(request.publicId);
      return { kind: cancelled ? 'cancelled' : 'too-late', request };
    }),
  };
}

export type Decline = ReturnType<typeof createDecline>;
