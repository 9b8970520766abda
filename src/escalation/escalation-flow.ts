// The rules of an escalation: who may ask (only when the portal cannot remove the address
// itself), how the sender's address is confirmed (a signed link and a button, as for delisting),
// the way a delist request is. Every state change is one transaction.
import type { Blocklist, SenderAddress } from '../blocklist/index.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import {
  eligibility,
  type LimitHit,
  type LinkProblem,
  type SelfDelistLimit,
  type SelfDelistUsage,
  type SendLimitCheck,
  type Suppressions,
  type TokenSigner,
} from '../delist/index.js';
import type { Outbox } from '../mail/index.js';
import { timeOrderedId } from '../time-ordered-id.js';
import type { Escalation, EscalationCause, Escalations } from './escalations.js';

export const ESCALATION_VERIFICATION_TEMPLATE = 'escalation-verification';

export interface EscalationEntry {
  email: string;
  address: SenderAddress;
  description: string;
  headers: string;
  locale: string;
}

/** Why the portal cannot remove an address itself, as the escalation form explains it. */
export interface EscalationReason {
  cause: EscalationCause;
  network: string;
  usage: SelfDelistUsage;
}

export type EscalationSubmitOutcome =
  | { kind: 'not-listed' }
  /** The portal can remove it: the sender uses the delist form instead. */
  | { kind: 'self-service' }
  | { kind: 'already-scheduled'; delistAt: string }
  | { kind: 'suppressed' }
  | { kind: 'in-play'; escalation: Escalation }
  | { kind: 'limited'; limit: LimitHit }
  | { kind: 'queued'; escalation: Escalation };

export type EscalationLinkOutcome =
  | { kind: LinkProblem }
  | { kind: 'unverified' | 'verified' | 'open' | 'answered' | 'undeliverable'; escalation: Escalation };

export function createEscalationFlow(deps: {
  db: Db;
  clock: Clock;
  blocklist: Blocklist;
  escalations: Escalations;
  outbox: Outbox;
  signer: TokenSigner;
  suppressions: Suppressions;
  limits: SendLimitCheck;
  selfDelistLimit: SelfDelistLimit;
  tokenTtlMs: number;
}) {
  const { escalations, clock } = deps;

  /** Why the portal cannot help with this address, or the outcome that ends the request here. */
  function reasonFor(
    address: SenderAddress,
  ): { reason: EscalationReason } | { outcome: EscalationSubmitOutcome } {
    const listings = deps.blocklist.listingsCovering(address);
    const usage = deps.selfDelistLimit(address.address);
    const answer = eligibility(address, listings, usage);
    switch (answer.kind) {
      case 'not-listed':
      case 'self-service':
        return { outcome: { kind: answer.kind } };
      case 'already-scheduled':
        return { outcome: { kind: answer.kind, delistAt: answer.delistAt } };
      case 'network-listed':
        return { reason: { cause: 'network-listed', network: answer.network, usage } };
      case 'no-self-service':
        return { reason: { cause: 'no-self-service', network: answer.listing.network, usage } };
      case 'review':
        return { reason: { cause: 'self-delist-limit', network: answer.listing.network, usage } };
    }
  }

  function lookUp(token: unknown): EscalationLinkOutcome {
    const check = deps.signer.verify('escalation', token, clock.now());
    if (!check.ok) return { kind: check.problem };
    const escalation = escalations.findByPublicId(check.subject);
    if (!escalation) return { kind: 'unknown' };
    if (escalation.state === 'expired') return { kind: 'expired' };
    return { kind: escalation.state, escalation };
  }

  return {
    /** Why an escalation about this address would be needed, if it would; reads only (for the form). */
    causeFor(address: SenderAddress): EscalationReason | undefined {
      const found = reasonFor(address);
      return 'reason' in found ? found.reason : undefined;
    },

    submit: writeTransaction(deps.db, (entry: EscalationEntry): EscalationSubmitOutcome => {
      const found = reasonFor(entry.address);
      if ('outcome' in found) return found.outcome;
      const { reason } = found;
      const ip = entry.address.address;
      if (deps.suppressions.has(entry.email, ip)) return { kind: 'suppressed' };
      const waiting = escalations.inPlay(ip, entry.email);
      if (waiting) return { kind: 'in-play', escalation: waiting };
      const limit = deps.limits(entry.email, ip);
      if (limit) return { kind: 'limited', limit };
      const escalation = escalations.create({
        publicId: timeOrderedId(clock.now()),
        email: entry.email,
        ip,
        network: reason.network,
        cause: reason.cause,
        description: entry.description,
        headers: entry.headers,
        locale: entry.locale,
        expiresAt: clock.now() + deps.tokenTtlMs,
      });
      deps.outbox.enqueue({
        template: ESCALATION_VERIFICATION_TEMPLATE,
        recipient: entry.email,
        locale: entry.locale,
        payload: { escalationId: escalation.publicId },
        subjectId: escalation.publicId,
      });
      return { kind: 'queued', escalation };
    }),

    /** For the page the emailed link opens: reads only. */
    inspect: lookUp,

    /** The button on that page: the escalation reaches the operators, once. */
    confirm: writeTransaction(deps.db, (token: unknown): EscalationLinkOutcome => {
      const found = lookUp(token);
      if (found.kind !== 'unverified') return found;
      escalations.markVerified(found.escalation.publicId);
      const escalation = escalations.findByPublicId(found.escalation.publicId) as Escalation;
      return { kind: 'verified', escalation };
    }),
  };
}

export type EscalationFlow = ReturnType<typeof createEscalationFlow>;
