// The lookup API's answer as JSON text, written field by field: the shape never changes, and
// JSON.stringify walking the object cost a listed answer about as much as finding its listing.
// The bytes are exactly JSON.stringify's (test/lookup-answer-json.test.ts).
import type { LookupAnswer } from '../../delist/index.js';

const text = (value: string) => JSON.stringify(value);
const textOrNull = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));

export function lookupAnswerJson(answer: LookupAnswer): string {
  const { listing } = answer;
  if (listing === null) return `{"ip":${text(answer.ip)},"listed":${answer.listed},"listing":null}`;
  return (
    `{"ip":${text(answer.ip)},"listed":${answer.listed},"listing":{"network":${text(listing.network)}` +
    `,"listedSince":${text(listing.listedSince)},"category":${text(listing.category)}` +
    `,"removalScheduledAt":${textOrNull(listing.removalScheduledAt)},"expiresAt":${textOrNull(listing.expiresAt)}` +
    `,"selfServiceAvailable":${listing.selfServiceAvailable}}}`
  );
}
