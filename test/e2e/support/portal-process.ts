// The portal the browser tests walk through: the compiled server as a process on a free port,
// with a fresh data folder, capture mode (so /dev/mailbox holds the emails) and an easy bot
// check. Addresses are put on the list with the CLI, as an operator would.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../src/paths.js';
import { makeServerFolder, startServerProcess } from '../../support/server-process.js';

export interface PortalProcess {
  url: string;
  /** The database file, for checks an operator would make with sqlite3. */
  databasePath: string;
  /** `delist-portal block <network>`, with any further CLI options. */
  block(network: string, ...options: string[]): void;
  stop(): Promise<void>;
}

export async function startPortal(env: Record<string, string> = {}): Promise<PortalProcess> {
  const dir = makeServerFolder();
  const databasePath = join(dir, 'data/delist.db');
  const server = await startServerProcess(dir, {
    // A few hundred hashes: the widget still runs its worker, but solves in a moment.
    POW_DIFFICULTY: '200',
    // Every walk posts from 127.0.0.1; the per-client form limit is not under test here.
    POSTS_PER_MINUTE: '1000',
    ...env,
  });
  return {
    url: server.url,
    databasePath,
    block(network, ...options) {
      const result = spawnSync(
        process.execPath,
        [join(packageRoot, 'dist/src/cli/main.js'), 'block', network, '--reason', 'browser test', ...options],
        { cwd: dir, env: { PATH: process.env.PATH ?? '', DATABASE_PATH: databasePath }, encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(`block ${network} failed: ${result.stderr}`);
    },
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
