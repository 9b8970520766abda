// isoUtc keeps the last instants it formatted; whatever came before, each answer is its own instant.
import { expect, it } from 'vitest';
import { isoUtc } from '../src/clock.js';

it('formats every instant as ISO-8601 UTC, repeated, alternating or new', () => {
  const base = Date.UTC(2026, 11, 2, 18, 0, 0, 123);
  const instants = [base, base, base - 86_400_000, base, base - 86_400_000, base + 1, base, 0, base + 1];
  for (const ms of instants) expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
  expect(isoUtc(base)).toBe('2026-12-02T18:00:00.123Z');
  expect(() => isoUtc(Number.NaN)).toThrow(RangeError);
});
