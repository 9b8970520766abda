// Signed links: who can make one, how long it works, and how keys rotate.
import { expect, it } from 'vitest';
import { createTokenSigner } from '../src/delist/index.js';

const A = { id: 'a', secret: 'a'.repeat(40) };
const B = { id: 'b', secret: 'b'.repeat(40) };
const SUBJECT = 'AbCdEfGhIjKlMnOpQrStUv';
const EXPIRES = Date.parse('2026-11-25T09:00:00.000Z');

it('verifies its own token until the instant it expires', () => {
  const signer = createTokenSigner([A]);
  const token = signer.sign('confirm', SUBJECT, EXPIRES);
  expect(signer.verify('confirm', token, EXPIRES - 1)).toEqual({
    ok: true,
    subject: SUBJECT,
    expiresAt: EXPIRES,
  });
  expect(signer.verify('confirm', token, EXPIRES)).toEqual({ ok: false, problem: 'expired' });
});

it('binds a token to its purpose', () => {
  const signer = createTokenSigner([A]);
  const token = signer.sign('confirm', SUBJECT, EXPIRES);
  expect(signer.verify('decline', token, 0)).toEqual({ ok: false, problem: 'invalid' });
  expect(signer.verify('status', token, 0)).toEqual({ ok: false, problem: 'invalid' });
});

it('calls any change to a token invalid, never expired', () => {
  const signer = createTokenSigner([A]);
  const token = signer.sign('confirm', SUBJECT, EXPIRES);
  const [id, subject, expiry, mac] = token.split('.') as [string, string, string, string];
  const flip = (text: string) => (text.startsWith('A') ? `B${text.slice(1)}` : `A${text.slice(1)}`);
  for (const changed of [
    [id, flip(subject), expiry, mac],
    [id, subject, (Number.parseInt(expiry, 36) + 1).toString(36), mac],
    [id, subject, '1', mac],
    [id, subject, expiry, flip(mac)],
  ]) {
    expect(signer.verify('confirm', changed.join('.'), EXPIRES + 1)).toEqual({
      ok: false,
      problem: 'invalid',
    });
  }
});

it('refuses tokens signed by another key, and rotates keys', () => {
  const old = createTokenSigner([A]).sign('confirm', SUBJECT, EXPIRES);
  expect(createTokenSigner([B]).verify('confirm', old, 0)).toEqual({ ok: false, problem: 'invalid' });
  expect(createTokenSigner([{ id: 'a', secret: 'z'.repeat(40) }]).verify('confirm', old, 0)).toEqual({
    ok: false,
    problem: 'invalid',
  });
  const rotating = createTokenSigner([B, A]);
  expect(rotating.verify('confirm', old, 0).ok).toBe(true);
  expect(rotating.sign('confirm', SUBJECT, EXPIRES).startsWith('b.')).toBe(true);
});

it.each([
  undefined,
  null,
  42,
  '',
  'a.b.c',
  'a.b.c.d.e',
  `a.${SUBJECT}.zz.${'x'.repeat(42)}`,
  'x'.repeat(5000),
])('calls %j malformed', (token) => {
  expect(createTokenSigner([A]).verify('confirm', token, 0)).toEqual({ ok: false, problem: 'malformed' });
});
