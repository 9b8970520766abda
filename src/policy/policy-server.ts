// The policy delegation service over TCP (Postfix's check_policy_service inet:host:port).
// Closing stops new connections, lets each one finish the request it is receiving, and then
// ends it; Postfix treats a closed policy connection as a reason to reconnect, not an answer.
import { createServer, type Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { type AnswerDeps, createPolicyAnswer } from './policy-answer.js';
import { type PolicyConnection, serveConnection } from './policy-connection.js';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './request-reader.js';

export interface PolicyServerDeps extends AnswerDeps {
  log: FastifyBaseLogger;
  idleTimeoutMs: number;
  limits?: ReaderLimits;
  /** How long a stop waits for a half-received request before it cuts the connection. */
  closeGraceMs?: number;
  /** Connections served at once; more are closed as they arrive. */
  maxConnections?: number;
}

// Postfix holds one connection per smtpd process (default_process_limit is 100), so this leaves
// room for several mail servers while keeping a flood of connections from taking every file
// descriptor the portal has.
const MAX_CONNECTIONS = 1000;

export interface PolicyServer {
  listen(options: { port: number; host: string }): Promise<{ port: number; host: string }>;
  close(): Promise<void>;
}

export function createPolicyServer(deps: PolicyServerDeps): PolicyServer {
  const answer = createPolicyAnswer(deps);
  const connections = new Map<Socket, PolicyConnection>();
  const connectionDeps = {
    answer,
    log: deps.log,
    idleTimeoutMs: deps.idleTimeoutMs,
    limits: deps.limits ?? DEFAULT_READER_LIMITS,
  };
  const server = createServer((socket) => {
    connections.set(socket, serveConnection(socket, connectionDeps));
    socket.on('close', () => connections.delete(socket));
  });
  server.maxConnections = deps.maxConnections ?? MAX_CONNECTIONS;
  let dropped = 0;
  server.on('drop', (data) => {
    // One line per hundred, so a flood of connections is not also a flood of logs.
    if (dropped++ % 100 === 0) {
      deps.log.warn(
        { remoteAddress: data?.remoteAddress, maxConnections: server.maxConnections, dropped },
        'policy service at its connection limit: new connection closed',
      );
    }
  });

  return {
    listen({ port, host }) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          server.on('error', (error) => deps.log.error({ err: error }, 'policy service error'));
          const address = server.address();
          resolve({ port: typeof address === 'object' && address ? address.port : port, host });
        });
      });
    },

    close() {
      return new Promise((resolve) => {
        if (!server.listening) {
          resolve();
          return;
        }
        const cut = setTimeout(() => {
          for (const socket of connections.keys()) socket.destroy();
        }, deps.closeGraceMs ?? 2_000);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        for (const connection of connections.values()) connection.closeWhenIdle();
      });
    },
  };
}
