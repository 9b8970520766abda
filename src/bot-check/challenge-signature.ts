// Makes and checks the two signatures of an ALTCHA v2 challenge as altcha-lib does (HMAC-SHA-256
// of the canonical JSON of its parameters, and of the solution's derived key), with Node's own
// hash and HMAC and keys made once. altcha-lib works through WebCrypto, importing its key on each
// call and waiting for the thread pool for every hash: checking was a fifth of an accepted
// post's time, and making a challenge about 190 µs of CPU per form shown.
import {
  createHash,
  createHmac,
  createSecretKey,
  type KeyObject,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

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

/** The two secrets ALTCHA signs with: the challenge's parameters, and the solution's key. */
export interface Secrets {
  signature: string;
  keySignature: string;
}

/** The secrets as HMAC keys, made once rather than from the strings on every signature. */
function hmacKeys(secrets: Secrets): { signatureKey: KeyObject; keySignatureKey: KeyObject } {
  return {
    signatureKey: createSecretKey(Buffer.from(secrets.signature, 'utf8')),
    keySignatureKey: createSecretKey(Buffer.from(secrets.keySignature, 'utf8')),
  };
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
export function createSignatureCheck(secrets: Secrets) {
  const { signatureKey, keySignatureKey } = hmacKeys(secrets);
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

/** A challenge as the widget takes it: sorted parameters and their signature, hex. */
export interface MadeChallenge {
  parameters: Record<string, unknown>;
  signature: string;
}

/**
 * Signs challenges in altcha-lib's deterministic mode with SHA-256 and cost 1: the solver must
 * find `counter`, for which SHA-256(salt, nonce, counter as 4 bytes big-endian) starts with the
 * key prefix (its first 16 bytes); the whole key's HMAC goes along, so a solution is checked
 * without hashing again. The same parameters, in the same order, as altcha-lib's createChallenge.
 */
export function createChallengeMaker(secrets: Secrets) {
  const { signatureKey, keySignatureKey } = hmacKeys(secrets);
  return function makeChallenge(counter: number, data: Record<string, unknown>): MadeChallenge {
    if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER)
      throw new RangeError(`counter must be a 32-bit unsigned integer, not ${counter}`);
    const random = randomBytes(32);
    const nonce = random.subarray(0, 16);
    const salt = random.subarray(16);
    const password = Buffer.alloc(4);
    password.writeUInt32BE(counter);
    const derivedKey = createHash('sha256').update(salt).update(nonce).update(password).digest();
    const parameters = {
      algorithm: 'SHA-256',
      cost: 1,
      data,
      keyLength: 32,
      keyPrefix: derivedKey.subarray(0, 16).toString('hex'),
      keySignature: createHmac('sha256', keySignatureKey).update(derivedKey).digest('hex'),
      nonce: nonce.toString('hex'),
      salt: salt.toString('hex'),
    };
    // Sent as signed: the widget posts the parameters back as it got them.
    const signed = canonicalJson(parameters);
    const signature = createHmac('sha256', signatureKey).update(signed).digest('hex');
    return { parameters: JSON.parse(signed) as Record<string, unknown>, signature };
  };
}
