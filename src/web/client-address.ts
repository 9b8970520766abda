// Which address a request came from, with TRUST_PROXY applied: Fastify's request.ip for requests
// Fastify handles, and the same rule for answers given before it (front-cache.ts), so both log
// the same client.
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { Config } from '../config.js';

/** Whether the proxy at `address`, `hop` steps from us, may say who the client is; false: none may. */
export type ProxyTrust = false | ((address: string, hop: number) => boolean);

/** TRUST_PROXY as a function, given to Fastify as its trustProxy setting and used here alike. */
export function proxyTrust(setting: Config['trustProxy']): ProxyTrust {
  if (setting === false) return false;
  if (setting === true) return () => true;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyAddr.compile(setting);
}

/** The client's address as request.ip gives it; undefined once the socket is gone. */
export function clientAddress(request: IncomingMessage, trust: ProxyTrust): string | undefined {
  if (trust === false) return request.socket.remoteAddress;
  return proxyAddr(request, trust);
}
