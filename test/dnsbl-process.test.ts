// The DNSBL as `npm start` runs it: the server process with DNSBL_ZONE and DNSBL_PORT set (in
// its own process, or in forked workers) answers on UDP and TCP, sees a change the CLI makes
// from another process within a second, and stops cleanly on SIGTERM, workers and all.
import { spawnSync } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { askTcp, askUdp, decode, query } from './support/dns-client.js';
import {
  freePort,
  makeServerFolder,
  type ServerProcess,
  startServerProcess,
} from './support/server-process.js';

let server: ServerProcess | undefined;
let dir: string;

afterEach(() => {
  server?.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'data/delist.db') },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

it.each([1, 2])(
  'serves the zone from npm start with %i process(es) and follows the CLI in another process',
  async (workers) => {
    dir = makeServerFolder();
    const dnsPort = await freePort();
    server = await startServerProcess(dir, {
      DNSBL_ZONE: 'bl.example.net',
      DNSBL_PORT: String(dnsPort),
      DNSBL_WORKERS: String(workers),
    });
    expect(server.logs.find((line) => String(line.msg).startsWith('dnsbl ready'))).toMatchObject({
      zone: 'bl.example.net',
      port: dnsPort,
      networks: 0,
      workers,
    });
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([`127.0.0.1:${dnsPort}`]);
    const name = '7.113.0.203.bl.example.net';
    await expect(resolver.resolve4(name)).rejects.toMatchObject({ code: 'ENOTFOUND' });

    cli(['block', '203.0.113.0/24', '--reason', 'snowshoe']);
    // With workers, UDP and TCP questions may reach different ones, each following the database
    // on its own: within a second both have caught up.
    await vi.waitFor(
      async () => {
        expect(await resolver.resolve4(name)).toEqual(['127.0.0.2']);
        const [overTcp] = await askTcp(dnsPort, [query(name)]);
        expect(decode(overTcp as Buffer).answers).toMatchObject([{ type: 'A', data: '127.0.0.2' }]);
      },
      { timeout: 1000, interval: 50 },
    );
    const portal = server.url;
    await vi.waitFor(
      async () =>
        expect(await resolver.resolveTxt(name)).toEqual([
          [`Banned sending IP 203.0.113.7; to request removal visit ${portal}/?ip=203.0.113.7`],
        ]),
      { timeout: 1000, interval: 50 },
    );

    cli(['unblock', '203.0.113.0/24']);
    // Each worker follows the database on its own: within a second every one of them, whichever
    // takes a question, answers every question of a burst, and answers it NXDOMAIN.
    const burst = async () => {
      const answers = await Promise.all(Array.from({ length: 20 }, () => askUdp(dnsPort, query(name))));
      return answers.map((answer) => answer && decode(answer).rcode);
    };
    await vi.waitFor(async () => expect(await burst()).toEqual(Array(20).fill('NXDOMAIN')), {
      timeout: 1000,
      interval: 50,
    });

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
    // Nothing is left answering once the server has stopped.
    expect(await askUdp(dnsPort, query(name), 300)).toBeUndefined();
  },
);
