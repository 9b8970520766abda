// `npm start` with POLICY_PORT set: the server process also runs the policy service, says where
// it listens, answers from the list the CLI changes, and closes it with the rest on SIGTERM.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { connectPolicy } from './support/policy-client.js';
import {
  freePort,
  makeServerFolder,
  type ServerProcess,
  startServerProcess,
} from './support/server-process.js';

let dir: string;
let server: ServerProcess | undefined;

afterEach(() => {
  server?.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

it('starts the policy service on POLICY_PORT, answers from the list, and stops on SIGTERM', async () => {
  dir = makeServerFolder();
  const policyPort = await freePort();
  server = await startServerProcess(dir, { POLICY_PORT: String(policyPort) });
  const listening = server.logs.find((entry) => String(entry.msg).startsWith('policy service listening'));
  expect(listening?.msg).toBe(`policy service listening on 127.0.0.1:${policyPort}`);

  execFileSync(
    process.execPath,
    [join(packageRoot, 'dist/src/cli/main.js'), 'block', '203.0.113.7', '-r', 'spam trap'],
    {
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'data/delist.db') },
    },
  );
  const postfix = await connectPolicy(policyPort);
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toBe(
    `550 5.7.606 Access denied, banned sending IP [203.0.113.7]; To request removal from this list please visit ${server.url}/ and follow the directions.`,
  );
  expect(await postfix.ask({ client_address: '203.0.113.8' })).toBe('DUNNO');

  // An open, idle Postfix connection does not hold the stop up.
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  await postfix.closed;
}, 30_000);
