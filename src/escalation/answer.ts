// An operator's answer to a confirmed escalation: recorded with who gave it, and queued in the
// outbox in the same transaction, so the running portal emails it to the sender's address.
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { Outbox } from '../mail/index.js';
import type { Escalation, Escalations } from './escalations.js';

export const ESCALATION_ANSWER_TEMPLATE = 'escalation-answer';

export type AnswerOutcome =
  | { kind: 'unknown' }
  | { kind: 'not-open'; escalation: Escalation }
  | { kind: 'answered'; escalation: Escalation };

export function createEscalationAnswer(deps: { db: Db; escalations: Escalations; outbox: Outbox }) {
  const { escalations } = deps;
  return writeTransaction(deps.db, (id: number, message: string, by: string): AnswerOutcome => {
    const escalation = escalations.find(id);
    if (!escalation) return { kind: 'unknown' };
    if (!escalations.markAnswered(id, message, by)) return { kind: 'not-open', escalation };
    deps.outbox.enqueue({
      template: ESCALATION_ANSWER_TEMPLATE,
      recipient: escalation.email,
      locale: escalation.locale,
      payload: { escalationId: escalation.publicId },
      subjectId: escalation.publicId,
    });
    return { kind: 'answered', escalation: escalations.find(id) as Escalation };
  });
}
