// The HTTP server Fastify is given (its serverFactory option): Fastify's own, made as Fastify makes
// it, with the front cache (front-cache.ts) asked first.
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import type { FrontDoor } from './plugins/front-cache.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export function httpServerWithFrontCache(door: FrontDoor) {
  return (handler: Handler, options: FastifyServerOptions & { http?: ServerOptions | null }): Server => {
    const server = createServer(options.http ?? {}, (request, response) => {
      if (door.cache?.answer(request, response) !== true) handler(request, response);
    });
    // What Fastify sets on the servers it makes (lib/server.js), from the same options.
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
    if (options.connectionTimeout !== undefined) server.setTimeout(options.connectionTimeout);
    if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
    return server;
  };
}
