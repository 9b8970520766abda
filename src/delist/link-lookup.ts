// The request a signed link names: the token is checked for its purpose, signature and expiry
// first, then the request is read. Reads only.
import type { Clock } from '../clock.js';
import type { DelistRequest, DelistRequests } from './requests.js';
import type { TokenPurpose, TokenSigner } from './tokens.js';

export type LinkProblem = 'malformed' | 'invalid' | 'expired' | 'unknown';
export type LinkLookup = { ok: true; request: DelistRequest } | { ok: false; problem: LinkProblem };

export function createLinkLookup(deps: { signer: TokenSigner; requests: DelistRequests; clock: Clock }) {
  return (purpose: TokenPurpose, token: unknown): LinkLookup => {
    const check = deps.signer.verify(purpose, token, deps.clock.now());
    if (!check.ok) return check;
    const request = deps.requests.findByPublicId(check.subject);
    return request ? { ok: true, request } : { ok: false, problem: 'unknown' };
  };
}

export type FindLinkedRequest = ReturnType<typeof createLinkLookup>;
