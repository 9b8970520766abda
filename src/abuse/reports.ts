// Owns abuse_reports: what reporters sent through /report, and what operators decided about it.
import { randomInt } from 'node:crypto';
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';
import type { SendingIpBasis } from './sending-ip.js';

export const REPORT_CATEGORIES = ['spam', 'phishing', 'malware', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
export const REPORT_STATES = ['new', 'reviewed', 'dismissed'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export type ReportSource = 'pasted' | 'uploaded';

export interface AbuseReport {
  id: number;
  publicId: string;
  createdAt: string;
  reporterEmail: string | null;
  category: ReportCategory;
  description: string;
  source: ReportSource;
  fileName: string | null;
  message: string;
  messageBytes: number;
  sendingIp: string | null;
  sendingIpFrom: SendingIpBasis | null;
  receivedHops: number;
  state: ReportState;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewNote: string | null;
  locale: string;
  clientIp: string | null;
  purgedAt: string | null;
}

export type NewAbuseReport = Pick<
  AbuseReport,
  | 'reporterEmail'
  | 'category'
  | 'description'
  | 'source'
  | 'fileName'
  | 'message'
  | 'messageBytes'
  | 'sendingIp'
  | 'sendingIpFrom'
  | 'receivedHops'
  | 'locale'
  | 'clientIp'
>;

const COLUMNS = `id, public_id AS publicId, created_at AS createdAt, reporter_email AS reporterEmail, category,
  description, source, file_name AS fileName, message, message_bytes AS messageBytes, sending_ip AS sendingIp,
  sending_ip_from AS sendingIpFrom, received_hops AS receivedHops, state, reviewed_at AS reviewedAt,
  reviewed_by AS reviewedBy, review_note AS reviewNote, locale, client_ip AS clientIp, purged_at AS purgedAt`;

// Crockford's base32 without the letters that read like digits: easy to read out on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE = /^AR-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/** A fresh reference: AR- and ten random characters (50 bits), in two groups. */
export function newReference(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `AR-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** A reference as a person may type it (lower case, without the dashes), or undefined. */
export function normalReference(text: string): string | undefined {
  const compact = text.trim().toUpperCase().replace(/[-\s]/g, '');
  const spelled = compact.length === 12 && compact.startsWith('AR') ? compact.slice(2) : compact;
  const candidate = `AR-${spelled.slice(0, 5)}-${spelled.slice(5)}`;
  return REFERENCE.test(candidate) ? candidate : undefined;
}

export function createAbuseReports(db: Db, clock: Clock) {
  const statements = {
    insert: db.prepare(
      `INSERT INTO abuse_reports (public_id, created_at, reporter_email, category, description, source, file_name,
         message, message_bytes, sending_ip, sending_ip_from, received_hops, locale, client_ip)
       VALUES (:publicId, :createdAt, :reporterEmail, :category, :description, :source, :fileName,
         :message, :messageBytes, :sendingIp, :sendingIpFrom, :receivedHops, :locale, :clientIp)`,
    ),
    byId: db.prepare<[number], AbuseReport>(`SELECT ${COLUMNS} FROM abuse_reports WHERE id = ?`),
    byPublicId: db.prepare<[string], AbuseReport>(`SELECT ${COLUMNS} FROM abuse_reports WHERE public_id = ?`),
    recent: db.prepare<{ state: string | null; ip: string | null; limit: number }, AbuseReport>(
      `SELECT ${COLUMNS} FROM abuse_reports
       WHERE (:state IS NULL OR state = :state) AND (:ip IS NULL OR sending_ip = :ip)
       ORDER BY created_at DESC, id DESC LIMIT :limit`,
    ),
    setState: db.prepare(
      `UPDATE abuse_reports SET state = :state, reviewed_at = :now, reviewed_by = :by,
         review_note = coalesce(:note, review_note) WHERE id = :id`,
    ),
    reopen: db.prepare(
      `UPDATE abuse_reports SET state = 'new', reviewed_at = NULL, reviewed_by = NULL,
         review_note = coalesce(:note, review_note) WHERE id = :id`,
    ),
    purgeAddresses: db.prepare(
      `UPDATE abuse_reports SET reporter_email = NULL, client_ip = NULL
       WHERE (reporter_email IS NOT NULL OR client_ip IS NOT NULL) AND created_at < ?`,
    ),
    createdFromClient: db
      .prepare<{ clientIp: string; since: string }, string>(
        'SELECT created_at FROM abuse_reports WHERE client_ip = :clientIp AND created_at > :since ORDER BY created_at',
      )
      .pluck(),
    purgeMessages: db.prepare(
      `UPDATE abuse_reports SET description = '', message = '', purged_at = :now
       WHERE purged_at IS NULL AND created_at < :before AND state != 'new'`,
    ),
    byState: db.prepare<[], { state: ReportState; n: number }>(
      'SELECT state, count(*) AS n FROM abuse_reports GROUP BY state ORDER BY state',
    ),
  };

  /** By the reference only: what the reporter's own pages use, so row numbers cannot be guessed. */
  function findByReference(text: string): AbuseReport | undefined {
    const reference = normalReference(text);
    return reference ? statements.byPublicId.get(reference) : undefined;
  }

  return {
    create(entry: NewAbuseReport): AbuseReport {
      const result = statements.insert.run({
        ...entry,
        publicId: newReference(),
        createdAt: isoUtc(clock.now()),
      });
      return statements.byId.get(Number(result.lastInsertRowid)) as AbuseReport;
    },
    /** By the number an operator sees, or by the reference the reporter was given. */
    find(idOrReference: string): AbuseReport | undefined {
      if (/^\d{1,15}$/.test(idOrReference)) return statements.byId.get(Number(idOrReference));
      return findByReference(idOrReference);
    },
    findByReference,
    /** The newest reports, of one state or all, about one sending IP or all. */
    recent(filter: { state?: ReportState; ip?: string }, limit: number): AbuseReport[] {
      return statements.recent.all({ state: filter.state ?? null, ip: filter.ip ?? null, limit });
    },
    /** An operator's decision; back to new clears who decided and when. */
    setState(id: number, change: { state: ReportState; by: string; note?: string }): AbuseReport {
      const note = change.note ?? null;
      if (change.state === 'new') statements.reopen.run({ id, note });
      else
        statements.setState.run({ id, state: change.state, by: change.by, note, now: isoUtc(clock.now()) });
      return statements.byId.get(id) as AbuseReport;
    },
    /**
     * Retention: reports older than `before` keep what happened (when, category, the sending IP,
     * the decision), not the reporter's email or client address. Closed ones also lose the reporter's words and
     * the message, which holds their address too; one nobody has looked at yet keeps its evidence.
     */
    purge(before: string): { addresses: number; messages: number } {
      return {
        addresses: statements.purgeAddresses.run(before).changes,
        messages: statements.purgeMessages.run({ before, now: isoUtc(clock.now()) }).changes,
      };
    },
    /** When each report from this client address since `since` was filed, oldest first. */
    createdFromClientSince(clientIp: string, since: string): string[] {
      return statements.createdFromClient.all({ clientIp, since });
    },
    countByState(): Partial<Record<ReportState, number>> {
      return Object.fromEntries(statements.byState.all().map((row) => [row.state, row.n]));
    },
  };
}

export type AbuseReports = ReturnType<typeof createAbuseReports>;
