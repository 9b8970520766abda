// `npm start` as a newcomer meets it: the compiled server starts on no configuration at all,
// makes and keeps its signing key, serves the form and the capture mailbox, refuses bad
// configuration by name, and stops cleanly.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { makeServerFolder, type ServerProcess, startServerProcess } from './support/server-process.js';

const started: ServerProcess[] = [];
let dir: string;

afterEach(() => {
  for (const server of started.splice(0)) server.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}) {
  const server = await startServerProcess(dir, env);
  started.push(server);
  return server;
}

async function stop(server: ServerProcess) {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

it('starts on defaults, makes a signing key once, serves the form and the mailbox, and stops on SIGTERM', async () => {
  dir = makeServerFolder();
  const first = await start();
  const form = await fetch(`${first.url}/`);
  expect(form.status).toBe(200);
  const html = await form.text();
  for (const field of ['name="email"', 'name="ip"', 'name="ack"']) expect(html).toContain(field);
  expect((await fetch(`${first.url}/dev/mailbox`)).status).toBe(200);

  const keyFile = join(dir, 'data/token-keys');
  expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  const key = readFileSync(keyFile, 'utf8');
  expect(key).toMatch(/^k[0-9a-z]+:[A-Za-z0-9_-]{43}\n$/);
  const warnings = first.logs.filter((entry) => entry.level === 40);
  expect(warnings).toHaveLength(1);
  expect(String(warnings[0]?.msg)).toContain('TOKEN_KEYS');
  expect(first.logs.some((entry) => String(entry.msg).includes('/dev/mailbox'))).toBe(true);
  await stop(first);

  const second = await start();
  expect(second.logs.filter((entry) => entry.level === 40)).toHaveLength(0);
  expect(readFileSync(keyFile, 'utf8')).toBe(key);
  await stop(second);
}, 30_000);

it('has no mailbox when a mail server is configured, and logs no token', async () => {
  dir = makeServerFolder();
  const server = await start({ SMTP_URL: 'smtp://127.0.0.1:9', TOKEN_KEYS: `k1:${'s'.repeat(40)}` });
  expect((await fetch(`${server.url}/dev/mailbox`)).status).toBe(404);
  expect((await fetch(`${server.url}/confirm?token=k1.secret-looking-token.abc.def`)).status).toBe(400);
  await stop(server);
  const log = JSON.stringify(server.logs);
  expect(log).toContain('"url":"/confirm"');
  expect(log).not.toContain('secret-looking-token');
  expect(log).not.toContain('s'.repeat(40));
}, 30_000);

it.each([
  [{ DELIST_DELAY: '5x' }, 'DELIST_DELAY'],
  [{ PORT: 'abc' }, 'PORT'],
  [{ TOKEN_KEYS: 'nonsense' }, 'TOKEN_KEYS'],
])('refuses to start with %o, naming %s', (env, name) => {
  dir = makeServerFolder();
  const result = spawnSync(process.execPath, [join(packageRoot, 'dist/src/server.js')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'data/delist.db'), ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${name}: `);
  expect(result.stdout).not.toContain('portal ready');
});
