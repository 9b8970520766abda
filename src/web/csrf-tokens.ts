// CSRF tokens by double submit: a visitor's secret (16 random bytes) lives in a cookie that only
// our own pages' requests carry (HttpOnly, SameSite=Strict), and every form carries the same
// secret masked with fresh random bytes: mask, then mask XOR secret. A page of another site can
// read neither, so it cannot make a post that matches. The mask makes every page's token
// different (nothing stable for a compression side channel such as BREACH to recover), while any
// of them checks against the cookie.
//
// No hash or signature is involved: a signed cookie adds nothing here, because anyone can get one
// by opening the form, and each hash on the form's path cost more than the rest of the page.
import { timingSafeEqual } from 'node:crypto';
import { fillRandom, randomBytesFromPool } from '../random-pool.js';

const SECRET_BYTES = 16;
/** base64url of 16 bytes, without padding. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** base64url of 32 bytes, without padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new visitor's secret, as it is kept in the cookie. */
export function newSecret(): string {
  return randomBytesFromPool(SECRET_BYTES).toString('base64url');
}

/** A cookie value that is a secret we could have made (anything else is replaced or refused). */
export function isSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

/** A form's token for this secret: different every time, every one valid for the secret. */
export function maskedToken(secret: string): string {
  const token = Buffer.allocUnsafe(2 * SECRET_BYTES);
  fillRandom(token, 0, SECRET_BYTES);
  const secretBytes = Buffer.from(secret, 'base64url');
  for (let index = 0; index < SECRET_BYTES; index++)
    token[SECRET_BYTES + index] = (token[index] as number) ^ (secretBytes[index] as number);
  return token.toString('base64url');
}

/** Whether a posted token was made for this cookie's secret. */
export function tokenMatches(secret: unknown, token: unknown): boolean {
  if (!isSecret(secret) || typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return false;
  const bytes = Buffer.from(token, 'base64url');
  const unmasked = Buffer.allocUnsafe(SECRET_BYTES);
  for (let index = 0; index < SECRET_BYTES; index++)
    unmasked[index] = (bytes[index] as number) ^ (bytes[SECRET_BYTES + index] as number);
  return timingSafeEqual(unmasked, Buffer.from(secret, 'base64url'));
}
