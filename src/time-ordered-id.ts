// Random ids that begin with the time they were made. Rows made together then sit together in
// the indexes on these ids, so a commit of many new rows writes a few index pages rather than a
// page for each row (an accepted post writes three such ids; bench/http-notes.md, round eleven).
import { randomFillSync } from 'node:crypto';

const TIME_BYTES = 6;

/** 6 bytes of milliseconds since 1970, then `randomBytes` random bytes, as base64url. */
export function timeOrderedId(now: number, randomBytes = 16): string {
  const id = Buffer.alloc(TIME_BYTES + randomBytes);
  id.writeUIntBE(Math.min(Math.max(0, Math.floor(now)), 2 ** 48 - 1), 0, TIME_BYTES);
  randomFillSync(id, TIME_BYTES);
  return id.toString('base64url');
}
