// Turns an operator's IP or CIDR argument into a network, or says exactly what is wrong with it.
import { type Network, type NetworkProblem, parseNetwork } from '../blocklist/index.js';

const PROBLEMS: Record<NetworkProblem, string> = {
  empty: 'no address given',
  list: 'one network per command (use import for many)',
  cidr: 'not a valid CIDR',
  zone: 'remove the zone id (%...)',
  'ipv4-spelling': 'write IPv4 as four decimal numbers without leading zeros, e.g. 203.0.113.7',
  'not-an-ip': 'not an IP address or CIDR network',
  private: 'a private or shared address; the list holds public addresses',
  loopback: 'a loopback address; the list holds public addresses',
  'link-local': 'a link-local address; the list holds public addresses',
  multicast: 'a multicast address; the list holds public addresses',
  unspecified: 'not the address of any one host',
  reserved: 'a reserved address that is not routed on the internet',
  'prefix-length': 'the prefix length must be 0-32 for IPv4 and 0-128 for IPv6',
  'too-wide': 'wider than /8 (IPv4) or /16 (IPv6); list smaller networks',
};

export class UsageError extends Error {
  override name = 'UsageError';
}

export function networkProblemText(problem: NetworkProblem): string {
  return PROBLEMS[problem];
}

export function networkArgument(input: string): Network {
  const parsed = parseNetwork(input);
  if (!parsed.ok) throw new UsageError(`${JSON.stringify(input)}: ${PROBLEMS[parsed.problem]}`);
  return parsed.value;
}
