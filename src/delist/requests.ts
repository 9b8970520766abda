// Owns delist_requests: one email address and one IP per request, and the request's state.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';

export type RequestState =
  | 'pending'
  | 'scheduled'
  | 'delisted'
  | 'expired'
  | 'cancelled'
  | 'declined'
  | 'undeliverable';

export interface DelistRequest {
  id: number;
  publicId: string;
  email: string;
  ip: string;
  network: string;
  state: RequestState;
  locale: string;
  createdAt: string;
  expiresAt: string;
  confirmedAt: string | null;
  delistAt: string | null;
  finishedAt: string | null;
}

const COLUMNS = `id, public_id AS publicId, email, ip, network, state, locale, created_at AS createdAt,
  expires_at AS expiresAt, confirmed_at AS confirmedAt, delist_at AS delistAt, finished_at AS finishedAt`;

export function createDelistRequests(db: Db, clock: Clock) {
  const statements = {
    // The new row comes back from the insert itself, without a second statement to read it.
    insert: db.prepare<Record<string, string>, DelistRequest>(
      `INSERT INTO delist_requests (public_id, email, ip, network, state, locale, created_at, expires_at)
       VALUES (:publicId, :email, :ip, :network, 'pending', :locale, :createdAt, :expiresAt)
       RETURNING ${COLUMNS}`,
    ),
    byPublicId: db.prepare<[string], DelistRequest>(
      `SELECT ${COLUMNS} FROM delist_requests WHERE public_id = ?`,
    ),
    createdForIp: db
      .prepare<{ ip: string; since: string }, string>(
        'SELECT created_at FROM delist_requests WHERE ip = :ip AND created_at > :since ORDER BY created_at',
      )
      .pluck(),
    // Self-service removals confirmed for this IP: the ones that took effect or will.
    selfDelists: db
      .prepare<{ ip: string; since: string }, string>(
        `SELECT confirmed_at FROM delist_requests WHERE ip = :ip AND state IN ('scheduled', 'delisted')
         AND confirmed_at > :since ORDER BY confirmed_at`,
      )
      .pluck(),
    forIp: db.prepare<[string], DelistRequest>(
      `SELECT ${COLUMNS} FROM delist_requests WHERE ip = ? ORDER BY id`,
    ),
    purgeEmails: db.prepare(
      `UPDATE delist_requests SET email = '' WHERE email != '' AND created_at < ?
       AND state NOT IN ('pending', 'scheduled')`,
    ),
    recent: db.prepare<{ state: string | null; limit: number }, DelistRequest>(
      `SELECT ${COLUMNS} FROM delist_requests WHERE :state IS NULL OR state = :state ORDER BY id DESC LIMIT :limit`,
    ),
    byState: db.prepare<[], { state: RequestState; n: number }>(
      'SELECT state, count(*) AS n FROM delist_requests GROUP BY state ORDER BY state',
    ),
    schedule: db.prepare(
      `UPDATE delist_requests SET state = 'scheduled', confirmed_at = :now, delist_at = :delistAt
       WHERE id = :id AND state = 'pending'`,
    ),
    finish: db.prepare(
      `UPDATE delist_requests SET state = :state, finished_at = :now WHERE id = :id AND state IN ('pending', 'scheduled')`,
    ),
    finishPending: db.prepare(
      `UPDATE delist_requests SET state = :state, finished_at = :now WHERE public_id = :publicId AND state = 'pending'`,
    ),
    cancelOpen: db.prepare(
      `UPDATE delist_requests SET state = 'cancelled', finished_at = :now
       WHERE network = :network AND state IN ('pending', 'scheduled')`,
    ),
    delistDue: db.prepare(
      `UPDATE delist_requests SET state = 'delisted', finished_at = delist_at
       WHERE state = 'scheduled' AND delist_at <= :now`,
    ),
    expireDue: db.prepare(
      `UPDATE delist_requests SET state = 'expired', finished_at = expires_at
       WHERE state = 'pending' AND expires_at <= :now`,
    ),
  };

  return {
    create(entry: {
      publicId: string;
      email: string;
      ip: string;
      network: string;
      locale: string;
      expiresAt: number;
    }): DelistRequest {
      return statements.insert.get({
        ...entry,
        createdAt: isoUtc(clock.now()),
        expiresAt: isoUtc(entry.expiresAt),
      }) as DelistRequest;
    },
    /** When each request about this IP was made, oldest first. */
    createdForIpSince(ip: string, since: string): string[] {
      return statements.createdForIp.all({ ip, since });
    },
    /** When each self-service removal of this IP since then was confirmed, oldest first. */
    selfDelistsSince(ip: string, since: string): string[] {
      return statements.selfDelists.all({ ip, since });
    },
    /** Retention: finished requests older than `before` keep what happened (state, times, IP), not the address. */
    purgeEmails(before: string): number {
      return statements.purgeEmails.run(before).changes;
    },
    /** The newest requests, of one state or all. */
    recent(state: RequestState | undefined, limit: number): DelistRequest[] {
      return statements.recent.all({ state: state ?? null, limit });
    },
    countByState(): Partial<Record<RequestState, number>> {
      return Object.fromEntries(statements.byState.all().map((row) => [row.state, row.n]));
    },
    /** Every request about this address, oldest first (for operators). */
    forIp(ip: string): DelistRequest[] {
      return statements.forIp.all(ip);
    },
    findByPublicId(publicId: string): DelistRequest | undefined {
      return statements.byPublicId.get(publicId);
    },
    /** Pending -> scheduled; false when the request was not pending (a second click). */
    markScheduled(id: number, delistAt: string): boolean {
      return statements.schedule.run({ id, delistAt, now: isoUtc(clock.now()) }).changes === 1;
    },
    markCancelled(id: number): void {
      statements.finish.run({ id, state: 'cancelled', now: isoUtc(clock.now()) });
    },
    /** The recipient said they did not ask for it; only a request still waiting for its click. */
    markDeclined(publicId: string): boolean {
      return (
        statements.finishPending.run({ publicId, state: 'declined', now: isoUtc(clock.now()) }).changes === 1
      );
    },
    /** Its confirmation email was given up; only a request still waiting for its click. */
    markUndeliverable(publicId: string): boolean {
      return (
        statements.finishPending.run({ publicId, state: 'undeliverable', now: isoUtc(clock.now()) })
          .changes === 1
      );
    },
    /** The listing of a network changed under its open requests (relisted or removed by an operator). */
    cancelOpenFor(network: string): number {
      return statements.cancelOpen.run({ network, now: isoUtc(clock.now()) }).changes;
    },
    /** Scheduled requests whose removal time has come become delisted; unused expired links, expired. */
    finishDue(): { delisted: number; expired: number } {
      const now = isoUtc(clock.now());
      return {
        delisted: statements.delistDue.run({ now }).changes,
        expired: statements.expireDue.run({ now }).changes,
      };
    },
  };
}

export type DelistRequests = ReturnType<typeof createDelistRequests>;
