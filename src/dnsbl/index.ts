// The DNSBL (RFC 5782): a DNS responder over the listed index, on UDP and TCP.

export { type DnsblService, startDnsbl } from './dnsbl-service.js';
export { type DnsblListener, startDnsblListener } from './listener.js';
export { createDnsblResponder, type DnsblResponder, type DnsblSettings } from './responder.js';
