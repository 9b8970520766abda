// Owns email_suppressions: addresses whose owner said "I did not ask for this" about an IP. No
// confirmation email about that IP goes to that address again, whoever asks.
import { type Clock, isoUtc } from '../clock.js';
import type { Db } from '../db/open.js';

export function createSuppressions(db: Db, clock: Clock) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO email_suppressions (recipient, ip, created_at, delist_request_id)
     VALUES (?, ?, ?, ?)`,
  );
  const find = db.prepare<[string, string], number>(
    'SELECT 1 FROM email_suppressions WHERE recipient = ? AND ip = ?',
  );
  return {
    add(recipient: string, ip: string, requestId: number): void {
      insert.run(recipient, ip, isoUtc(clock.now()), requestId);
    },
    has(recipient: string, ip: string): boolean {
      return find.get(recipient, ip) !== undefined;
    },
  };
}

export type Suppressions = ReturnType<typeof createSuppressions>;
