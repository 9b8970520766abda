// Random bytes for values made on every page (CSRF secrets and masks), taken from a pool that is
// refilled from the system's generator 4 KB at a time. Each call into OpenSSL on a page's path
// cost 15-40 µs of CPU there (its code and tables are out of the caches by the time a request
// comes), against well under 1 µs for a slice of the pool. Node's crypto.randomUUID caches its
// entropy the same way. Every byte is used once.
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 4096;
const pool = Buffer.allocUnsafe(POOL_SIZE);
let used = POOL_SIZE;

/** `size` (at most 4096) fresh random bytes, copied into `target` at `offset`. */
export function fillRandom(target: Buffer, offset: number, size: number): void {
  if (size > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} random bytes at a time`);
  if (used + size > POOL_SIZE) {
    randomFillSync(pool);
    used = 0;
  }
  pool.copy(target, offset, used, used + size);
  used += size;
}

/** `size` fresh random bytes. */
export function randomBytesFromPool(size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  fillRandom(bytes, 0, size);
  return bytes;
}
