// The server as a real process: killed with SIGKILL at awkward moments it loses nothing, and
// stopped with SIGTERM it finishes the email it is sending before it exits.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { httpBrowser } from './support/http-browser.js';
import {
  freePort,
  makeServerFolder,
  type ServerProcess,
  startServerProcess,
} from './support/server-process.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function folder(): string {
  const dir = makeServerFolder();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function server(dir: string, env: Record<string, string>): Promise<ServerProcess> {
  const started = await startServerProcess(dir, env);
  cleanups.push(() => started.child.kill('SIGKILL'));
  return started;
}

function cli(dir: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'data/delist.db') },
  }).toString();
}

function query<T>(dir: string, sql: string): T {
  const db = new Database(join(dir, 'data/delist.db'), { readonly: true });
  try {
    return db.prepare(sql).all() as T;
  } finally {
    db.close();
  }
}

/** A mail server that greets and then never answers: an email handed to it stays in flight. */
async function stuckMailServer(port: number): Promise<() => Promise<void>> {
  const sockets = new Set<Socket>();
  const stuck: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.write('220 stuck.test ESMTP\r\n');
  });
  await new Promise<void>((resolve) => stuck.listen(port, '127.0.0.1', resolve));
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      stuck.close(() => resolve());
    });
}

async function kill9(process: ServerProcess): Promise<void> {
  process.child.kill('SIGKILL');
  expect(await process.exited).toBe('SIGKILL');
}

it('loses no accepted request, queued email or scheduled removal to kill -9', async () => {
  const dir = folder();
  const smtpPort = await freePort();
  const env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, DELIST_DELAY: '2s', OUTBOX_INTERVAL: '1s' };
  cli(dir, 'block', '203.0.113.7', '--reason', 'spam');
  const closeStuck = await stuckMailServer(smtpPort);
  cleanups.push(closeStuck);

  // Accepted while the mail server hangs, then the process is killed with the email in flight.
  let portal = await server(dir, env);
  const accepted = await httpBrowser(portal.url).submit('/', '/', {
    email: 'ops@sender.example',
    ip: '203.0.113.7',
    ack: 'yes',
  });
  expect(accepted.status).toBe(303);
  await kill9(portal);
  expect(query(dir, 'SELECT state FROM outbox')).toEqual([{ state: 'queued' }]);

  // The mail server is back; the restarted portal sends the email on its own.
  await closeStuck();
  const smtp: SmtpSink = await startSmtpSink({ port: smtpPort });
  cleanups.push(() => smtp.stop());
  portal = await server(dir, env);
  const mail = await smtp.waitForMail(1, 10_000);
  const link = /http:\/\/127\.0\.0\.1:\d+(\/confirm\?token=\S+)/.exec(mail.text ?? '')?.[1] as string;

  // Delist IP, then killed at once; the delay passes while the process is down.
  const pressed = await httpBrowser(portal.url).submit(link, '/delist', {
    token: new URL(link, 'http://portal.test').searchParams.get('token') ?? '',
  });
  expect(pressed.status).toBe(200);
  await kill9(portal);
  expect(query(dir, "SELECT action FROM blocklist_history WHERE action = 'removal_scheduled'")).toHaveLength(
    1,
  );
  await new Promise((resolve) => setTimeout(resolve, 2_500));

  portal = await server(dir, env);
  expect(query(dir, 'SELECT * FROM listed_now')).toEqual([]);
  expect(query(dir, 'SELECT state FROM delist_requests')).toEqual([{ state: 'delisted' }]);
  expect(query(dir, 'SELECT action FROM blocklist_history ORDER BY id')).toEqual([
    { action: 'listed' },
    { action: 'removal_scheduled' },
    { action: 'removed' },
  ]);
  expect(smtp.mails).toHaveLength(1);
}, 60_000);

it('on SIGTERM finishes the email it is sending, then exits cleanly', async () => {
  const dir = folder();
  const smtp = await startSmtpSink({ acceptAfterMs: 1_500 });
  cleanups.push(() => smtp.stop());
  cli(dir, 'block', '203.0.113.7', '--reason', 'spam');
  const portal = await server(dir, { SMTP_URL: smtp.url });
  const accepted = await httpBrowser(portal.url).submit('/', '/', {
    email: 'ops@sender.example',
    ip: '203.0.113.7',
    ack: 'yes',
  });
  expect(accepted.status).toBe(303);
  portal.child.kill('SIGTERM');
  expect(await portal.exited).toBe(0);
  expect(smtp.mails).toHaveLength(1);
  expect(query(dir, 'SELECT state FROM outbox')).toEqual([{ state: 'sent' }]);
  expect(portal.logs.some((entry) => entry.msg === 'stopping')).toBe(true);
}, 30_000);
