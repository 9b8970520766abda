// Owns the escalations table: requests for an operator's review when the portal cannot remove an
// address itself. A row counts for operators only once its sender has confirmed the address.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';

export const ESCALATION_CAUSES = ['no-self-service', 'network-listed', 'self-delist-limit'] as const;
export type EscalationCause = (typeof ESCALATION_CAUSES)[number];

export const ESCALATION_STATES = ['unverified', 'open', 'answered', 'expired', 'undeliverable'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

export interface Escalation {
  id: number;
  publicId: string;
  email: string;
  ip: string;
  network: string | null;
  cause: EscalationCause;
  description: string;
  headers: string;
  locale: string;
  state: EscalationState;
  createdAt: string;
  expiresAt: string;
  verifiedAt: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  answer: string | null;
}

const COLUMNS = `id, public_id AS publicId, email, ip, network, cause, description, headers, locale, state,
  created_at AS createdAt, expires_at AS expiresAt, verified_at AS verifiedAt, answered_at AS answeredAt,
  answered_by AS answeredBy, answer`;

export type NewEscalation = Pick<
  Escalation,
  'publicId' | 'email' | 'ip' | 'network' | 'cause' | 'description' | 'headers' | 'locale'
> & { expiresAt: number };

export function createEscalations(db: Db, clock: Clock) {
  const statements = {
    insert: db.prepare(
      `INSERT INTO escalations (public_id, email, ip, network, cause, description, headers, locale, state,
                                created_at, expires_at)
       VALUES (:publicId, :email, :ip, :network, :cause, :description, :headers, :locale, 'unverified',
               :createdAt, :expiresAt)`,
    ),
    byId: db.prepare<[number], Escalation>(`SELECT ${COLUMNS} FROM escalations WHERE id = ?`),
    byPublicId: db.prepare<[string], Escalation>(`SELECT ${COLUMNS} FROM escalations WHERE public_id = ?`),
    // An escalation still in play for this sender and address: waiting for its link, or for us.
    inPlay: db.prepare<{ ip: string; email: string; now: string }, Escalation>(
      `SELECT ${COLUMNS} FROM escalations
       WHERE ip = :ip AND email = :email COLLATE NOCASE
         AND (state = 'open' OR (state = 'unverified' AND expires_at > :now))
       ORDER BY id DESC LIMIT 1`,
    ),
    recent: db.prepare<{ state: string | null; limit: number }, Escalation>(
      `SELECT ${COLUMNS} FROM escalations WHERE :state IS NULL OR state = :state ORDER BY id DESC LIMIT :limit`,
    ),
    forIp: db.prepare<[string], Escalation>(`SELECT ${COLUMNS} FROM escalations WHERE ip = ? ORDER BY id`),
    byState: db.prepare<[], { state: EscalationState; n: number }>(
      'SELECT state, count(*) AS n FROM escalations GROUP BY state ORDER BY state',
    ),
    verify: db.prepare(
      `UPDATE escalations SET state = 'open', verified_at = :now
       WHERE public_id = :publicId AND state = 'unverified' AND expires_at > :now`,
    ),
    answer: db.prepare(
      `UPDATE escalations SET state = 'answered', answered_at = :now, answered_by = :by, answer = :answer
       WHERE id = :id AND state = 'open'`,
    ),
    undeliverable: db.prepare(
      "UPDATE escalations SET state = 'undeliverable' WHERE public_id = ? AND state = 'unverified'",
    ),
    expireDue: db.prepare(
      "UPDATE escalations SET state = 'expired' WHERE state = 'unverified' AND expires_at <= :now",
    ),
    purge: db.prepare(
      `UPDATE escalations SET email = '', headers = '' WHERE email != '' AND created_at < ?
       AND state IN ('answered', 'expired', 'undeliverable')`,
    ),
  };

  return {
    create(entry: NewEscalation): Escalation {
      const result = statements.insert.run({
        ...entry,
        createdAt: isoUtc(clock.now()),
        expiresAt: isoUtc(entry.expiresAt),
      });
      return statements.byId.get(Number(result.lastInsertRowid)) as Escalation;
    },
    find(id: number): Escalation | undefined {
      return statements.byId.get(id);
    },
    findByPublicId(publicId: string): Escalation | undefined {
      return statements.byPublicId.get(publicId);
    },
    /** The sender's escalation about this address that is still waiting, if any. */
    inPlay(ip: string, email: string): Escalation | undefined {
      return statements.inPlay.get({ ip, email, now: isoUtc(clock.now()) });
    },
    recent(state: EscalationState | undefined, limit: number): Escalation[] {
      return statements.recent.all({ state: state ?? null, limit });
    },
    /** Every escalation about this address, oldest first (for operators). */
    forIp(ip: string): Escalation[] {
      return statements.forIp.all(ip);
    },
    countByState(): Partial<Record<EscalationState, number>> {
      return Object.fromEntries(statements.byState.all().map((row) => [row.state, row.n]));
    },
    /** Unverified -> open, once, and only while the link is valid. */
    markVerified(publicId: string): boolean {
      return statements.verify.run({ publicId, now: isoUtc(clock.now()) }).changes === 1;
    },
    /** Open -> answered; false when it was not open (unverified, or answered already). */
    markAnswered(id: number, answer: string, by: string): boolean {
      return statements.answer.run({ id, answer, by, now: isoUtc(clock.now()) }).changes === 1;
    },
    markUndeliverable(publicId: string): boolean {
      return statements.undeliverable.run(publicId).changes === 1;
    },
    /** Links that expired unused; returns how many. */
    expireDue(): number {
      return statements.expireDue.run({ now: isoUtc(clock.now()) }).changes;
    },
    /** Retention: finished escalations older than `before` keep what happened, not the address. */
    purge(before: string): number {
      return statements.purge.run(before).changes;
    },
  };
}

export type Escalations = ReturnType<typeof createEscalations>;
