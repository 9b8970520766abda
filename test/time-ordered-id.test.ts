// Ids that begin with their creation time: unique, safe in a URL, and made together, alike at
// the start, so their rows sit together in an index.
import { expect, it } from 'vitest';
import { timeOrderedId } from '../src/time-ordered-id.js';

const AT = Date.parse('2026-12-04T10:00:00.000Z');
const timeOf = (id: string) => Buffer.from(id, 'base64url').readUIntBE(0, 6);

it('carries the time it was made, then the random bytes asked for, in base64url', () => {
  const id = timeOrderedId(AT);
  expect(id).toMatch(/^[A-Za-z0-9_-]{30}$/);
  expect(timeOf(id)).toBe(AT);
  expect(Buffer.from(timeOrderedId(AT, 12), 'base64url')).toHaveLength(18);
});

it('makes a different id every time, even in the same millisecond', () => {
  const ids = new Set(Array.from({ length: 10_000 }, () => timeOrderedId(AT)));
  expect(ids.size).toBe(10_000);
});

it('gives ids made close together the same beginning', () => {
  const first = timeOrderedId(AT);
  const second = timeOrderedId(AT + 1);
  expect(first.slice(0, 6)).toBe(second.slice(0, 6));
  expect(timeOf(second) - timeOf(first)).toBe(1);
});
