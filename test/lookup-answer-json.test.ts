// The lookup API writes its JSON by hand; a client must get the bytes JSON.stringify would give,
// whatever the strings hold.
import { expect, it } from 'vitest';
import type { LookupAnswer } from '../src/delist/index.js';
import { lookupAnswerJson } from '../src/web/api/lookup-answer-json.js';

const listing = {
  network: '203.0.113.0/24',
  listedSince: '2026-12-02T18:00:00.000Z',
  category: 'spam',
  removalScheduledAt: null,
  expiresAt: null,
  selfServiceAvailable: true,
};

it.each<[string, LookupAnswer]>([
  ['not listed', { ip: '203.0.113.7', listed: false, listing: null }],
  ['listed, nothing scheduled', { ip: '203.0.113.7', listed: true, listing }],
  [
    'listed, removal and expiry set',
    {
      ip: '2001:db8::25',
      listed: true,
      listing: {
        ...listing,
        network: '2001:db8::/48',
        removalScheduledAt: '2026-12-02T19:00:00.000Z',
        expiresAt: '2027-01-01T00:00:00.000Z',
        selfServiceAvailable: false,
      },
    },
  ],
  [
    'strings that need escaping',
    {
      ip: 'a"b\\c',
      listed: true,
      listing: { ...listing, category: 'line\nbreak \u2028 \u0001 é 😀', expiresAt: '</script>' },
    },
  ],
])('writes %s as JSON.stringify does', (_name, answer) => {
  expect(lookupAnswerJson(answer)).toBe(JSON.stringify(answer));
});
