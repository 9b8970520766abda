// Owns bot_check_used. A bot check without a third party: the browser solves a small
// proof-of-work puzzle (ALTCHA) that the server signed; a solution counts once, before the
// challenge expires. Difficulty is the number of hashes a browser tries on average.
import { createHmac, randomInt } from 'node:crypto';
import { z } from 'zod';
import { type Clock, isoUtc } from '../clock.js';
import type { GroupCommit } from '../db/group-commit.js';
import type { Db } from '../db/open.js';
import { timeOrderedId } from '../time-ordered-id.js';
import { createChallengeMaker, createSignatureCheck, type MadeChallenge } from './challenge-signature.js';

export const CHALLENGE_TTL_MS = 30 * 60_000;
const ALGORITHM = 'SHA-256';

export type BotCheckResult =
  | { ok: true }
  | { ok: false; problem: 'missing' | 'invalid' | 'expired' | 'used' };

// What the widget posts: base64 of JSON { challenge, solution }. Anything else is "invalid".
const PayloadSchema = z.object({
  challenge: z.object({
    parameters: z
      .object({
        algorithm: z.literal(ALGORITHM),
        data: z.object({ id: z.string().max(64), expiresAt: z.number().int() }),
      })
      .loose(),
    signature: z.string().max(256),
  }),
  solution: z.object({ counter: z.number().int(), derivedKey: z.string().max(256) }).loose(),
});

function decodePayload(text: string) {
  try {
    return PayloadSchema.safeParse(JSON.parse(Buffer.from(text, 'base64').toString('utf8')));
  } catch {
    return undefined;
  }
}

export function createBotCheck(deps: {
  db: Db;
  groupCommit: GroupCommit;
  clock: Clock;
  secret: string;
  difficulty: number;
}) {
  // Separate keys for the two signatures ALTCHA makes, both derived from the portal's key.
  const derive = (purpose: string) => createHmac('sha256', deps.secret).update(purpose).digest('hex');
  const signatureSecret = derive('bot-check challenge');
  const keySignatureSecret = derive('bot-check derived key');
  const secrets = { signature: signatureSecret, keySignature: keySignatureSecret };
  const signedAndSolved = createSignatureCheck(secrets);
  const makeChallenge = createChallengeMaker(secrets);
  const markUsed = deps.db.prepare(
    'INSERT OR IGNORE INTO bot_check_used (challenge_id, expires_at) VALUES (?, ?)',
  );
  const forgetExpired = deps.db.prepare('DELETE FROM bot_check_used WHERE expires_at <= ?');

  return {
    /** A fresh, signed puzzle for the widget. */
    challenge(): MadeChallenge {
      const low = Math.max(1, Math.floor(deps.difficulty / 2));
      // Deterministic mode: the browser must find this counter, so difficulty grows linearly.
      const counter = randomInt(low, Math.max(low, deps.difficulty) + 1);
      return makeChallenge(counter, {
        id: timeOrderedId(deps.clock.now(), 12),
        expiresAt: deps.clock.now() + CHALLENGE_TTL_MS,
      });
    },

    /** Checks a posted solution and, when it holds, uses it up (answered once that is committed). */
    async verify(payload: unknown): Promise<BotCheckResult> {
      if (typeof payload !== 'string' || payload === '') return { ok: false, problem: 'missing' };
      if (payload.length > 4096) return { ok: false, problem: 'invalid' };
      const parsed = decodePayload(payload);
      if (!parsed?.success) return { ok: false, problem: 'invalid' };
      const { challenge, solution } = parsed.data;
      if (!signedAndSolved(challenge, solution)) return { ok: false, problem: 'invalid' };
      // Expiry is ours (the injected clock), carried in the signed data.
      const { id, expiresAt } = challenge.parameters.data;
      if (expiresAt <= deps.clock.now()) return { ok: false, problem: 'expired' };
      const unused = await deps.groupCommit.run(() => markUsed.run(id, isoUtc(expiresAt)).changes > 0);
      if (!unused) return { ok: false, problem: 'used' };
      return { ok: true };
    },

    /** Drops the record of challenges that can no longer be used anyway. */
    forgetExpired(): number {
      return forgetExpired.run(isoUtc(deps.clock.now())).changes;
    },
  };
}

export type BotCheck = ReturnType<typeof createBotCheck>;
