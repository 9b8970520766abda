// CONFIRM_ADDRESS_POLICY: who may receive the confirmation email for an IP. "any" accepts any
// address; "rdns" accepts only an address at the registered domain of the IP's reverse-DNS name,
// and only when that name resolves back to the IP (forward-confirmed), so only someone who
// controls the domain that runs the server can ask to delist it.
import type { Resolver } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { getDomain } from 'tldts';
import { reverseDnsName, type SenderAddress } from '../blocklist/index.js';

export type AddressPolicyName = 'any' | 'rdns';

export type AddressCheck =
  | { ok: true }
  | { ok: false; problem: 'no-rdns' | 'dns-failed' }
  | { ok: false; problem: 'not-confirmed'; name: string }
  | { ok: false; problem: 'other-domain'; domain: string };

// "The name does not exist" answers; anything else (timeouts, refusals) is a failed lookup.
const NO_SUCH_NAME = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);
const MAX_NAMES = 5;

function sameAddress(text: string, address: SenderAddress): boolean {
  if (!ipaddr.isValid(text)) return false;
  const parsed = ipaddr.process(text);
  return (
    parsed.kind() === (address.family === 4 ? 'ipv4' : 'ipv6') &&
    parsed.toNormalizedString() === ipaddr.process(address.address).toNormalizedString()
  );
}

export function createAddressPolicy(policy: AddressPolicyName, resolver: Resolver) {
  async function forwardConfirms(name: string, address: SenderAddress): Promise<boolean> {
    try {
      const addresses = address.family === 4 ? await resolver.resolve4(name) : await resolver.resolve6(name);
      return addresses.some((text) => sameAddress(text, address));
    } catch {
      return false;
    }
  }

  return async function check(email: string, address: SenderAddress): Promise<AddressCheck> {
    if (policy === 'any') return { ok: true };
    let names: string[];
    try {
      // resolvePtr, not reverse(): reverse() reports a timeout as "not found".
      names = (await resolver.resolvePtr(reverseDnsName(address)))
        .slice(0, MAX_NAMES)
        .map((name) => name.toLowerCase());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      return { ok: false, problem: NO_SUCH_NAME.has(code) ? 'no-rdns' : 'dns-failed' };
    }
    if (names.length === 0) return { ok: false, problem: 'no-rdns' };
    const confirmed: string[] = [];
    for (const name of names) if (await forwardConfirms(name, address)) confirmed.push(name);
    if (confirmed.length === 0) return { ok: false, problem: 'not-confirmed', name: names[0] as string };
    const emailDomain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    const domains = confirmed
      .map((name) => getDomain(name))
      .filter((domain): domain is string => Boolean(domain));
    const matches = domains.some((domain) => emailDomain === domain || emailDomain.endsWith(`.${domain}`));
    return matches
      ? { ok: true }
      : { ok: false, problem: 'other-domain', domain: domains[0] ?? (confirmed[0] as string) };
  };
}

export type AddressPolicyCheck = ReturnType<typeof createAddressPolicy>;
