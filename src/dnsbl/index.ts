// The DNSBL (RFC 5782): a DNS responder over the listed index, on UDP and TCP, in the server's
// process or in forked workers.
export { type DnsblService, type DnsblSettings, startDnsbl } from './dnsbl-service.js';
export { createDnsblResponder, type DnsblResponder } from './responder.js';
export { serveDnsbl } from './serve-dnsbl.js';
