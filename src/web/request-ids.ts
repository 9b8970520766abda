// The id each request's log lines carry, for Fastify and for the answers given before it
// (front-cache.ts) alike, so no two requests share one. Fastify's own scheme: "req-" and a
// counter in base 36, kept below 2^31 so it stays a small integer.
const MAX = 2_147_483_647;
let last = 0;

export function nextRequestId(): string {
  last = (last + 1) & MAX;
  return `req-${last.toString(36)}`;
}
