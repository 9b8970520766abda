// Owns the outbox table: emails accepted for sending. A row stays queued until a mail server
// (or the capture folder) has taken it; failures are recorded and retried with backoff.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';

export interface OutboxRow {
  id: number;
  subjectId: string | null;
  template: string;
  recipient: string;
  locale: string;
  payload: string;
  state: 'queued' | 'sent' | 'failed';
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  failedAt: string | null;
}

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** 30 s after the first failure, doubling, never more than an hour apart. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1));
}

const COLUMNS = `id, subject_id AS subjectId, template, recipient, locale, payload, state, created_at AS createdAt,
  attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError, sent_at AS sentAt, failed_at AS failedAt`;

export function createOutbox(db: Db, clock: Clock) {
  const statements = {
    insert: db.prepare(
      `INSERT INTO outbox (template, recipient, locale, payload, subject_id, state, created_at, next_attempt_at)
       VALUES (:template, :recipient, :locale, :payload, :subjectId, 'queued', :now, :now)`,
    ),
    due: db.prepare<{ now: string; limit: number }, OutboxRow>(
      `SELECT ${COLUMNS} FROM outbox WHERE state = 'queued' AND next_attempt_at <= :now
       ORDER BY next_attempt_at, id LIMIT :limit`,
    ),
    sentToSince: db
      .prepare<{ recipient: string; since: string }, string>(
        `SELECT created_at FROM outbox WHERE recipient = :recipient COLLATE NOCASE AND created_at > :since
       ORDER BY created_at`,
      )
      .pluck(),
    purgeRecipients: db.prepare(
      "UPDATE outbox SET recipient = '' WHERE recipient != '' AND created_at < ? AND state != 'queued'",
    ),
    byState: db.prepare<[], { state: OutboxRow['state']; n: number }>(
      'SELECT state, count(*) AS n FROM outbox GROUP BY state ORDER BY state',
    ),
    queued: db.prepare<[], { queued: number; oldest: string | null }>(
      "SELECT count(*) AS queued, min(created_at) AS oldest FROM outbox WHERE state = 'queued'",
    ),
    find: db.prepare<[number], OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`),
    latestAbout: db.prepare<[string], OutboxRow>(
      `SELECT ${COLUMNS} FROM outbox WHERE subject_id = ? ORDER BY id DESC LIMIT 1`,
    ),
    sent: db.prepare(
      `UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = :now, message_id = :messageId,
       last_error = NULL WHERE id = :id AND state = 'queued'`,
    ),
    failed: db.prepare(
      `UPDATE outbox SET attempts = :attempts, last_error = :error, next_attempt_at = :next
       WHERE id = :id AND state = 'queued'`,
    ),
    givenUp: db.prepare(
      `UPDATE outbox SET state = 'failed', attempts = :attempts, last_error = :error, failed_at = :now
       WHERE id = :id AND state = 'queued'`,
    ),
  };

  return {
    enqueue(email: {
      template: string;
      recipient: string;
      locale: string;
      payload: object;
      subjectId?: string;
    }): number {
      const result = statements.insert.run({
        subjectId: email.subjectId ?? null,
        template: email.template,
        recipient: email.recipient,
        locale: email.locale,
        payload: JSON.stringify(email.payload),
        now: isoUtc(clock.now()),
      });
      return Number(result.lastInsertRowid);
    },
    due(limit = 50): OutboxRow[] {
      return statements.due.all({ now: isoUtc(clock.now()), limit });
    },
    /** When each email to this address (in any letter case) was accepted, oldest first. */
    sentToSince(recipient: string, since: string): string[] {
      return statements.sentToSince.all({ recipient, since });
    },
    /** The newest email about a subject (e.g. a request's public id). */
    latestAbout(subjectId: string): OutboxRow | undefined {
      return statements.latestAbout.get(subjectId);
    },
    /** Retention: emails no longer waiting, older than `before`, forget their recipient. */
    purgeRecipients(before: string): number {
      return statements.purgeRecipients.run(before).changes;
    },
    countByState(): Partial<Record<OutboxRow['state'], number>> {
      return Object.fromEntries(statements.byState.all().map((row) => [row.state, row.n]));
    },
    /** How many emails wait for the mail server, and since when the oldest. */
    waiting(): { queued: number; oldest: string | null } {
      return statements.queued.get() ?? { queued: 0, oldest: null };
    },
    find(id: number): OutboxRow | undefined {
      return statements.find.get(id);
    },
    markSent(id: number, messageId: string): void {
      statements.sent.run({ id, messageId, now: isoUtc(clock.now()) });
    },
    /** Records a failed attempt: retried after a backoff, or given up for good. */
    markFailed(row: OutboxRow, error: string, giveUp: boolean): void {
      const attempts = row.attempts + 1;
      const now = clock.now();
      const recorded = { id: row.id, attempts, error: error.slice(0, 1000) };
      if (giveUp) statements.givenUp.run({ ...recorded, now: isoUtc(now) });
      else statements.failed.run({ ...recorded, next: isoUtc(now + retryDelayMs(attempts)) });
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
