// What a form or button led to (queued, not-listed, limited, scheduled...), said once per request:
// a log line for operators and a label for the outcome counter on /metrics.
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by routes whose answer has a domain outcome; counted when the response is sent. */
    formOutcome: { action: string; outcome: string } | null;
  }
}

export function recordOutcome(
  request: FastifyRequest,
  action: string,
  outcome: string,
  details: Record<string, string> = {},
): void {
  request.formOutcome = { action, outcome };
  request.log.info({ action, outcome, ...details }, action);
}
