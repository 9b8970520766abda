import { describe, expect, it } from 'vitest';
import { randomBytesFromPool } from '../src/random-pool.js';
import { isSecret, maskedToken, newSecret, tokenMatches } from '../src/web/csrf-tokens.js';

describe('CSRF tokens', () => {
  it('makes a different secret for every visitor, each one a cookie value we accept', () => {
    const secrets = new Set(Array.from({ length: 2000 }, () => newSecret()));
    expect(secrets.size).toBe(2000);
    for (const secret of secrets) expect(isSecret(secret)).toBe(true);
  });

  it('makes a different token for every page, and every one of them matches its secret', () => {
    const secret = newSecret();
    const tokens = Array.from({ length: 500 }, () => maskedToken(secret));
    expect(new Set(tokens).size).toBe(500);
    for (const token of tokens) expect(tokenMatches(secret, token)).toBe(true);
  });

  it("refuses a token made for another visitor's secret", () => {
    const mine = newSecret();
    const theirs = newSecret();
    expect(tokenMatches(mine, maskedToken(theirs))).toBe(false);
  });

  it('refuses a token with any one character changed', () => {
    const secret = newSecret();
    const token = maskedToken(secret);
    // Not the last character: its two lowest bits are padding in base64, so 'A' and 'B' there
    // are the same bytes.
    for (let at = 0; at < token.length - 1; at++) {
      const changed = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
      expect(tokenMatches(secret, changed)).toBe(false);
    }
  });

  it('refuses anything that is not a secret and a token of the right shape', () => {
    const secret = newSecret();
    const token = maskedToken(secret);
    const notSecrets = [
      undefined,
      null,
      '',
      'x',
      `${secret}=`,
      secret.slice(1),
      `${secret}.sig`,
      42,
      [secret],
    ];
    for (const value of notSecrets) {
      expect(isSecret(value)).toBe(false);
      expect(tokenMatches(value, token)).toBe(false);
    }
    for (const value of [undefined, '', token.slice(1), `${token}A`, `${token.slice(0, 42)}+`, [token]])
      expect(tokenMatches(secret, value)).toBe(false);
    // The secret itself is not a token for it: the page never shows the cookie's value.
    expect(tokenMatches(secret, secret)).toBe(false);
  });
});

describe('the random pool', () => {
  it('never gives the same bytes twice, across refills', () => {
    const seen = new Set<string>();
    // 16 bytes at a time, well past the 4 KB pool.
    for (let count = 0; count < 1000; count++) seen.add(randomBytesFromPool(16).toString('hex'));
    expect(seen.size).toBe(1000);
    expect(() => randomBytesFromPool(4097)).toThrow(RangeError);
  });
});
