// The sender's own view of a request after submitting it: its state and what happened to its
// confirmation email (queued, sent, given up), and a resend once a cooldown has passed, so a
// slow email leads to one more email rather than five more requests.
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { Outbox, OutboxRow } from '../mail/index.js';
import type { FindLinkedRequest, LinkProblem } from './link-lookup.js';
import type { DelistRequest } from './requests.js';
import type { LimitHit, SendLimitCheck } from './send-limits.js';
import type { TokenSigner } from './tokens.js';

export const CONFIRMATION_TEMPLATE = 'delist-confirmation';

export interface RequestStatus {
  request: DelistRequest;
  /** The newest confirmation email for the request. */
  email: OutboxRow | undefined;
  /** When a resend is allowed; undefined when none can help (the request is no longer waiting). */
  resendFrom: number | undefined;
}

export type StatusOutcome = { kind: LinkProblem } | ({ kind: 'status' } & RequestStatus);
export type ResendOutcome =
  | StatusOutcome
  | ({ kind: 'resent' | 'too-soon' } & RequestStatus)
  | ({ kind: 'limited'; limit: LimitHit } & RequestStatus);

export function createRequestStatus(deps: {
  db: Db;
  clock: Clock;
  findLinked: FindLinkedRequest;
  outbox: Outbox;
  limits: SendLimitCheck;
  signer: TokenSigner;
  resendCooldownMs: number;
}) {
  function statusOf(request: DelistRequest): RequestStatus {
    const email = deps.outbox.latestAbout(request.publicId);
    const waiting = request.state === 'pending' && Date.parse(request.expiresAt) > deps.clock.now();
    const resendFrom = waiting && email ? Date.parse(email.createdAt) + deps.resendCooldownMs : undefined;
    return { request, email, resendFrom };
  }

  function lookUp(token: unknown): StatusOutcome {
    const found = deps.findLinked('status', token);
    return found.ok ? { kind: 'status', ...statusOf(found.request) } : { kind: found.problem };
  }

  return {
    /** The token of the sender's status page; it works as long as the confirmation link. */
    tokenFor(request: DelistRequest): string {
      return deps.signer.sign('status', request.publicId, Date.parse(request.expiresAt));
    },

    status: lookUp,

    resend: writeTransaction(deps.db, (token: unknown): ResendOutcome => {
      const found = lookUp(token);
      if (found.kind !== 'status') return found;
      const { request, resendFrom } = found;
      if (resendFrom === undefined) return found;
      if (resendFrom > deps.clock.now()) return { ...found, kind: 'too-soon' };
      const limit = deps.limits(request.email, request.ip);
      if (limit) return { ...found, kind: 'limited', limit };
      deps.outbox.enqueue({
        template: CONFIRMATION_TEMPLATE,
        recipient: request.email,
        locale: request.locale,
        payload: { requestId: request.publicId },
        subjectId: request.publicId,
      });
      return { kind: 'resent', ...statusOf(request) };
    }),
  };
}

export type RequestStatusService = ReturnType<typeof createRequestStatus>;
