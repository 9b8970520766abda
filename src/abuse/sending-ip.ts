// Which address sent a reported message. Received headers are added at the top by each server
// the message passes, so the top ones were written by the recipient's servers and can be
// trusted, while the bottom ones may have been written by the sender itself, made up.
//
// With the provider's own networks known (OWN_NETWORKS), walk from the top: past the
// recipient's side, into our networks, and take the earliest public address there before the
// chain leaves them again, so hops made up below the real entry point are never believed.
// Without them, nothing tells us where trust ends: the earliest public address is the best
// guess, and the report says that is how it was chosen.
import ipaddr from 'ipaddr.js';
import { parseNetwork } from '../blocklist/index.js';
import type { ReceivedHop } from './received-headers.js';

export type SendingIpBasis = 'own-network' | 'earliest-public' | 'outside-own-networks';

export interface SendingIp {
  address: string | null;
  basis: SendingIpBasis | null;
}

export type OwnNetworks = readonly string[];

/** OWN_NETWORKS as canonical CIDRs, or the entry that is not a public network. */
export function parseOwnNetworks(text: string): { ok: true; value: string[] } | { ok: false; entry: string } {
  const value: string[] = [];
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const parsed = parseNetwork(entry);
    if (!parsed.ok) return { ok: false, entry };
    value.push(parsed.value.cidr);
  }
  return { ok: true, value };
}

function inside(address: string, networks: OwnNetworks): boolean {
  const parsed = ipaddr.parse(address);
  return networks.some((cidr) => {
    const [network, bits] = ipaddr.parseCIDR(cidr);
    return network.kind() === parsed.kind() && parsed.match(network, bits);
  });
}

export function chooseSendingIp(hops: readonly ReceivedHop[], ownNetworks: OwnNetworks): SendingIp {
  const publicHops = hops.flatMap((hop) => (hop.address ? [hop.address.address] : []));
  const earliest = publicHops.at(-1) ?? null;
  if (ownNetworks.length === 0) return { address: earliest, basis: earliest ? 'earliest-public' : null };

  let chosen: string | null = null;
  for (const hop of hops) {
    // Internal relays (private addresses) and hops that recorded nothing sit between real ones.
    if (!hop.address) continue;
    if (inside(hop.address.address, ownNetworks)) chosen = hop.address.address;
    else if (chosen) break;
  }
  if (chosen) return { address: chosen, basis: 'own-network' };
  return { address: earliest, basis: earliest ? 'outside-own-networks' : null };
}
