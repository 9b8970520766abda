// A test portal with the policy service in front of its list, as server.ts wires them: the
// SQLite list at the manual clock, the NDR from the config, and the log lines kept to read.
import { Writable } from 'node:stream';
import { ndrText } from '../../src/blocklist/index.js';
import { createPolicyServer, type PolicyServer } from '../../src/policy/index.js';
import { startTestPortal, type TestPortal } from './test-portal.js';

export interface PolicyService {
  portal: TestPortal;
  server: PolicyServer;
  port: number;
  logs: Array<Record<string, unknown>>;
  /** The log lines of the policy service that carry this problem. */
  problems(problem: string): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startPolicyService(
  options: {
    env?: Record<string, string>;
    idleTimeoutMs?: number;
    maxConnections?: number;
    smtpUrl?: string;
  } = {},
): Promise<PolicyService> {
  const logs: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const portal = await startTestPortal({
    logger: { level: 'debug', stream },
    ...(options.env ? { env: options.env } : {}),
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
  });
  const { config } = portal;
  const server = createPolicyServer({
    // A getter each time: a restarted portal has a new database handle.
    isListed: (address) => portal.app.portal.blocklist.isListed(address),
    rejection: (ip) => ndrText(config.ndrTemplate, ip, config.publicUrl),
    idleTimeoutMs: options.idleTimeoutMs ?? config.policy.idleTimeoutMs,
    log: portal.app.log.child({ module: 'policy' }),
    ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}),
  });
  const { port } = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    portal,
    server,
    port,
    logs,
    problems: (problem) => logs.filter((entry) => entry.module === 'policy' && entry.problem === problem),
    async close() {
      await server.close();
      await portal.close();
    },
  };
}
