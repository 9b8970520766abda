// Our check of an ALTCHA challenge's signatures must agree with altcha-lib's own verifySolution
// on every posted payload: genuine ones pass, and any change to what was signed fails.
import { type Challenge, createChallenge, solveChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { expect, it } from 'vitest';
import { canonicalJson, createSignatureCheck } from '../src/bot-check/challenge-signature.js';

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
