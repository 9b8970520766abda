// The rules of the delist flow: who may ask, what a confirmation link may do, and when the
// removal happens. Every state change is one transaction; GET-side lookups change nothing.
import {
  type Blocklist,
  type CaughtUpIndex,
  coveringListings,
  type SenderAddress,
} from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import type { GroupCommit } from '../db/group-commit.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { Outbox } from '../mail/index.js';
import { timeOrderedId } from '../time-ordered-id.js';
import type { AddressCheck, AddressPolicyCheck } from './address-policy.js';
import { eligibility } from './eligibility.js';
import type { FindLinkedRequest, LinkProblem } from './link-lookup.js';
import { CONFIRMATION_TEMPLATE } from './request-status.js';
import type { DelistRequest, DelistRequests } from './requests.js';
import type { SelfDelistLimit, SelfDelistUsage } from './self-delist-limit.js';
import type { LimitHit, SendLimitCheck } from './send-limits.js';
import type { Suppressions } from './suppressions.js';

export type SubmitOutcome =
  | { kind: 'not-listed' }
  | { kind: 'network-listed'; network: string }
  | { kind: 'no-self-service' }
  | { kind: 'review'; usage: SelfDelistUsage }
  | { kind: 'already-scheduled'; delistAt: string }
  | { kind: 'limited'; limit: LimitHit }
  | { kind: 'suppressed' }
  | { kind: 'address-refused'; check: Exclude<AddressCheck, { ok: true }> }
  | { kind: 'queued'; request: DelistRequest };

/** What a confirmation link leads to, before or after the button is pressed. */
export type LinkOutcome =
  | { kind: LinkProblem }
  | { kind: 'pending' | 'used' | 'done' | 'cancelled' | 'declined' | 'gone'; request: DelistRequest }
  | { kind: 'scheduled'; request: DelistRequest; delistAt: string };

const STATE_OUTCOME = {
  pending: 'pending',
  scheduled: 'used',
  delisted: 'done',
  cancelled: 'cancelled',
  undeliverable: 'cancelled',
  declined: 'declined',
  expired: 'expired',
} as const;

export function createDelistFlow(deps: {
  db: Db;
  groupCommit: GroupCommit;
  clock: Clock;
  blocklist: Blocklist;
  /** Answers the pre-check for an unlisted address without a second SQLite query; exact. */
  index?: CaughtUpIndex;
  requests: DelistRequests;
  outbox: Outbox;
  findLinked: FindLinkedRequest;
  suppressions: Suppressions;
  addressPolicy: AddressPolicyCheck;
  limits: SendLimitCheck;
  selfDelistLimit: SelfDelistLimit;
  delistDelayMs: number;
  tokenTtlMs: number;
}) {
  const { blocklist, requests, clock } = deps;

  /** The request a confirmation token names, judged as it stands now. */
  function lookUp(token: unknown): LinkOutcome {
    const found = deps.findLinked('confirm', token);
    if (!found.ok) return { kind: found.problem };
    const kind = STATE_OUTCOME[found.request.state];
    return kind === 'expired' ? { kind } : { kind, request: found.request };
  }

  type SubmitEntry = { email: string; address: SenderAddress; locale: string };

  // Runs in a group transaction (db/group-commit.ts). The write lock is held, so what the index
  // names (as of the last commit) cannot change under us: the other work in the same transaction
  // writes requests, their emails and used bot checks, never the list.
  function submitInTransaction(entry: SubmitEntry): SubmitOutcome {
    const answer = eligibility(
      entry.address,
      coveringListings(blocklist, deps.index, entry.address, clock.now()),
      deps.selfDelistLimit(entry.address.address),
    );
    switch (answer.kind) {
      case 'already-scheduled':
        return { kind: answer.kind, delistAt: answer.delistAt };
      case 'review':
        return { kind: answer.kind, usage: answer.usage };
      case 'network-listed':
        return answer;
      case 'not-listed':
      case 'no-self-service':
        return { kind: answer.kind };
    }
    const { listing } = answer;
    if (deps.suppressions.has(entry.email, entry.address.address)) return { kind: 'suppressed' };
    const limit = deps.limits(entry.email, entry.address.address);
    if (limit) return { kind: 'limited', limit };
    const request = requests.create({
      publicId: timeOrderedId(clock.now()),
      email: entry.email,
      ip: entry.address.address,
      network: listing.network,
      locale: entry.locale,
      expiresAt: clock.now() + deps.tokenTtlMs,
    });
    deps.outbox.enqueue({
      template: CONFIRMATION_TEMPLATE,
      recipient: entry.email,
      locale: entry.locale,
      payload: { requestId: request.publicId },
      subjectId: request.publicId,
    });
    return { kind: 'queued', request };
  }

  return {
    /**
     * A sender asks to delist one IP; a confirmation email is queued when self-service applies.
     * The address policy may ask DNS, so it runs before the transaction, and only for a listed IP.
     * Answered once the request and its email are committed, with the posts that came with it.
     */
    async submit(entry: SubmitEntry): Promise<SubmitOutcome> {
      // The transaction reads the listings again; here only "not listed" matters, which the
      // caught-up index answers exactly.
      const notListed = deps.index
        ? deps.index.certainlyNotListed(entry.address, clock.now())
        : blocklist.listingsCovering(entry.address).length === 0;
      if (notListed) return { kind: 'not-listed' };
      const check = await deps.addressPolicy(entry.email, entry.address);
      if (!check.ok) return { kind: 'address-refused', check };
      return deps.groupCommit.run(() => submitInTransaction(entry));
    },

    /** For the confirmation page: reads only. */
    inspect: lookUp,

    /** The Delist IP button: schedules the removal once, however often it is pressed. */
    confirm: writeTransaction(deps.db, (token: unknown): LinkOutcome => {
      const found = lookUp(token);
      if (found.kind !== 'pending') return found;
      const { request } = found;
      const delistAt = clock.now() + deps.delistDelayMs;
      const scheduled = blocklist.scheduleRemoval({
        network: request.network,
        delistAt,
        requestId: request.id,
        actor: 'sender',
      });
      if (scheduled.outcome === 'not-listed') {
        requests.markCancelled(request.id);
        return { kind: 'gone', request };
      }
      requests.markScheduled(request.id, scheduled.delistAt);
      return { kind: 'scheduled', request, delistAt: scheduled.delistAt };
    }),
  };
}

export type DelistFlow = ReturnType<typeof createDelistFlow>;
