// Checks the two signatures of an ALTCHA v2 challenge as altcha-lib makes them (HMAC-SHA-256 of
// the canonical JSON of its parameters, and of the solution's derived key), with Node's own
// HMAC and keys made once. altcha-lib checks them through WebCrypto, importing its key on each
// call and waiting for the thread pool twice: that was a fifth of an accepted post's time.
import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';

/** JSON with object keys sorted at every level, as altcha-lib signs it (arrays are kept as they are). */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}

const LOWERCASE_HEX = /^(?:[0-9a-f]{2})+$/;
const MAX_COUNTER = 0xffffffff;

function sameHex(expected: string, actual: Buffer): boolean {
  const given = Buffer.from(expected, 'utf8');
  const made = Buffer.from(actual.toString('hex'), 'utf8');
  return given.length === made.length && timingSafeEqual(given, made);
}

export interface SignedChallenge {
  parameters: Record<string, unknown> & { keySignature?: unknown };
  signature: string;
}

export interface PostedSolution {
  counter: unknown;
  derivedKey: unknown;
}

/**
 * Whether the challenge is one we signed, unchanged, and the solution's key is the one we
 * signed for it. Only challenges with a key signature (all of ours) can pass.
 */
export function createSignatureCheck(secrets: { signature: string; keySignature: string }) {
  const signatureKey: KeyObject = createSecretKey(Buffer.from(secrets.signature, 'utf8'));
  const keySignatureKey: KeyObject = createSecretKey(Buffer.from(secrets.keySignature, 'utf8'));
  return function signedAndSolved(challenge: SignedChallenge, solution: PostedSolution): boolean {
    const signature = createHmac('sha256', signatureKey).update(canonicalJson(challenge.parameters)).digest();
    if (!sameHex(challenge.signature, signature)) return false;
    const { keySignature } = challenge.parameters;
    const { counter, derivedKey } = solution;
    if (typeof keySignature !== 'string' || typeof derivedKey !== 'string') return false;
    if (!LOWERCASE_HEX.test(derivedKey)) return false;
    if (!Number.isInteger(counter) || (counter as number) < 0 || (counter as number) > MAX_COUNTER)
      return false;
    const keyCheck = createHmac('sha256', keySignatureKey).update(Buffer.from(derivedKey, 'hex')).digest();
    return sameHex(keySignature, keyCheck);
  };
}
