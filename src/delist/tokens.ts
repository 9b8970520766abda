// Signed, expiring links. A token names a request and its expiry, signed with HMAC-SHA256 under
// a key id: the first configured key signs, every configured key verifies, so keys can rotate
// by putting a new key first and dropping the old one once its links have expired.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TokenKey } from '../config.js';

// confirm: the Delist IP link; decline: "I did not ask for this"; status: the sender's own status page;
// escalation: the link that confirms an escalation request's address.
export type TokenPurpose = 'confirm' | 'decline' | 'status' | 'escalation';

export type TokenCheck =
  | { ok: true; subject: string; expiresAt: number }
  | { ok: false; problem: 'malformed' | 'invalid' | 'expired' };

// <key id>.<subject>.<expiry, ms since epoch in base 36>.<signature>
const SHAPE = /^([A-Za-z0-9_-]{1,16})\.([A-Za-z0-9_-]{16,64})\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]{43})$/;

function signature(
  secret: string,
  purpose: TokenPurpose,
  keyId: string,
  subject: string,
  expiry: string,
): Buffer {
  // The purpose is signed but not written, so a token made for one use is worthless for another.
  return createHmac('sha256', secret).update(`v1|${purpose}|${keyId}|${subject}|${expiry}`).digest();
}

export function createTokenSigner(keys: readonly TokenKey[]) {
  const [signingKey] = keys;
  if (!signingKey) throw new Error('at least one token key is needed');
  const byId = new Map(keys.map((key) => [key.id, key.secret]));

  return {
    sign(purpose: TokenPurpose, subject: string, expiresAt: number): string {
      const expiry = expiresAt.toString(36);
      const mac = signature(signingKey.secret, purpose, signingKey.id, subject, expiry).toString('base64url');
      return `${signingKey.id}.${subject}.${expiry}.${mac}`;
    },

    verify(purpose: TokenPurpose, token: unknown, now: number): TokenCheck {
      const match = typeof token === 'string' ? SHAPE.exec(token) : null;
      if (!match) return { ok: false, problem: 'malformed' };
      const [, keyId = '', subject = '', expiry = '', mac = ''] = match;
      const secret = byId.get(keyId);
      if (!secret) return { ok: false, problem: 'invalid' };
      const expected = signature(secret, purpose, keyId, subject, expiry);
      const given = Buffer.from(mac, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, problem: 'invalid' };
      }
      // Expiry is judged only once the signature holds, so a forged token never reads as "expired".
      const expiresAt = Number.parseInt(expiry, 36);
      if (expiresAt <= now) return { ok: false, problem: 'expired' };
      return { ok: true, subject, expiresAt };
    },
  };
}

export type TokenSigner = ReturnType<typeof createTokenSigner>;
