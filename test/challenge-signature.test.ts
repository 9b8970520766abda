// Our check of an ALTCHA challenge's signatures must agree with altcha-lib's own verifySolution
// on every posted payload: genuine ones pass, and any change to what was signed fails. The
// challenges we make must be ones altcha-lib makes the same way, solves, and verifies.
import { type Challenge, createChallenge, solveChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { expect, it } from 'vitest';
import {
  canonicalJson,
  createChallengeMaker,
  createSignatureCheck,
} from '../src/bot-check/challenge-signature.js';

const secrets = { signature: 'challenge secret', keySignature: 'key secret' };
const ours = createSignatureCheck(secrets);

interface Posted {
  challenge: { parameters: Record<string, unknown>; signature: string };
  solution: { counter: number; derivedKey: string };
}

async function solved(data: Record<string, string | number> = { id: 'abc', expiresAt: 1 }) {
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: 3,
    deriveKey,
    data,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
  });
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('unsolved');
  // As posted: through JSON, the way the widget sends it.
  return JSON.parse(JSON.stringify({ challenge, solution })) as Posted;
}

async function theirs(payload: Posted): Promise<boolean> {
  const result = await verifySolution({
    challenge: payload.challenge as unknown as Challenge,
    solution: payload.solution,
    deriveKey,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
  });
  return result.verified;
}

it('sorts keys at every level and keeps arrays as they are', () => {
  expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } })).toBe(
    '{"a":{"c":"x","d":[{"z":1,"y":2}]},"b":1}',
  );
  expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":null}'))).toBe('{"__proto__":{"x":1},"a":null}');
});

it('passes a genuine solution, as altcha-lib does', async () => {
  const payload = await solved({ id: 'q1', expiresAt: 1_900_000_000_000, note: 'ü ✓' });
  expect(await theirs(payload)).toBe(true);
  expect(ours(payload.challenge, payload.solution)).toBe(true);
});

it('fails every change to what was signed, as altcha-lib does', async () => {
  const payload = await solved();
  const p = payload.challenge.parameters;
  const changed: Posted[] = [
    {
      ...payload,
      challenge: { ...payload.challenge, parameters: { ...p, data: { id: 'abc', expiresAt: 2 } } },
    },
    { ...payload, challenge: { ...payload.challenge, parameters: { ...p, nonce: `${p.nonce}00` } } },
    { ...payload, challenge: { ...payload.challenge, parameters: { ...p, keySignature: '00'.repeat(32) } } },
    { ...payload, challenge: { ...payload.challenge, signature: '00'.repeat(32) } },
    { ...payload, challenge: { ...payload.challenge, signature: payload.challenge.signature.toUpperCase() } },
    { ...payload, solution: { ...payload.solution, derivedKey: '00'.repeat(32) } },
    { ...payload, solution: { ...payload.solution, derivedKey: payload.solution.derivedKey.toUpperCase() } },
    { ...payload, solution: { ...payload.solution, derivedKey: `${payload.solution.derivedKey}0` } },
    { ...payload, solution: { ...payload.solution, counter: -1 } },
    { ...payload, solution: { ...payload.solution, counter: 1.5 } },
  ];
  for (const [index, attempt] of changed.entries()) {
    expect(await theirs(attempt), `altcha-lib, change ${index}`).toBe(false);
    expect(ours(attempt.challenge, attempt.solution), `ours, change ${index}`).toBe(false);
  }
});

it('fails a challenge signed with other secrets', async () => {
  const payload = await solved();
  const other = createSignatureCheck({ signature: 'another', keySignature: secrets.keySignature });
  expect(other(payload.challenge, payload.solution)).toBe(false);
  const otherKey = createSignatureCheck({ signature: secrets.signature, keySignature: 'another' });
  expect(otherKey(payload.challenge, payload.solution)).toBe(false);
});

it('makes challenges that altcha-lib solves at the chosen counter and verifies, shaped as its own', async () => {
  const make = createChallengeMaker(secrets);
  const data = { id: 'made-here', expiresAt: 1_900_000_000_000 };
  const theirsMade = await createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: 7,
    deriveKey,
    data,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
  });
  for (const counter of [1, 7, 250]) {
    const challenge = make(counter, data);
    // The same parameters in the same order (the widget shows none of them, but signs all).
    expect(Object.keys(challenge.parameters)).toEqual(Object.keys(theirsMade.parameters));
    expect(JSON.stringify(challenge.parameters)).toBe(canonicalJson(challenge.parameters));
    const solution = await solveChallenge({ challenge: challenge as unknown as Challenge, deriveKey });
    expect(solution?.counter).toBe(counter);
    const posted = JSON.parse(JSON.stringify({ challenge, solution })) as Posted;
    expect(await theirs(posted)).toBe(true);
    expect(ours(posted.challenge, posted.solution)).toBe(true);
  }
  // Every challenge is its own: a fresh nonce and salt each time.
  expect(make(3, data).parameters.nonce).not.toBe(make(3, data).parameters.nonce);
});
