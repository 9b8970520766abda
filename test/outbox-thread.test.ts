// The server sends its emails from a thread of its own: forms accepted while it is sending are
// each sent once, and the thread's log lines come out with the server's own (JSON lines, no
// full address).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { httpBrowser } from './support/http-browser.js';
import { makeServerFolder, type ServerProcess, startServerProcess } from './support/server-process.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';

let dir: string;
let server: ServerProcess | undefined;
let smtp: SmtpSink | undefined;

afterEach(async () => {
  server?.child.kill('SIGKILL');
  await smtp?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('sends each email of a burst once, from its own thread, logging as the server does', async () => {
  dir = makeServerFolder();
  const senders = Array.from({ length: 6 }, (_, n) => ({
    ip: `203.0.113.${10 + n}`,
    email: `noc${n}@sender.example`,
  }));
  for (const { ip } of senders) {
    execFileSync(
      process.execPath,
      [join(packageRoot, 'dist/src/cli/main.js'), 'block', ip, '--reason', 'spam'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'data/delist.db') },
      },
    );
  }
  // A mail server that takes a while over each message, so forms arrive while one is being sent.
  smtp = await startSmtpSink({ acceptAfterMs: 300 });
  server = await startServerProcess(dir, { SMTP_URL: smtp.url, TOKEN_KEYS: `k1:${'s'.repeat(40)}` });
  const url = server.url;

  const answers = await Promise.all(
    senders.map(({ ip, email }) => httpBrowser(url).submit('/', '/', { email, ip, ack: 'yes' })),
  );
  expect(answers.map((answer) => answer.status)).toEqual(senders.map(() => 303));

  await smtp.waitForMail(senders.length, 20_000);
  expect(smtp.raw.map((mail) => mail.recipients[0]).sort()).toEqual(senders.map(({ email }) => email).sort());

  await expect
    .poll(
      () => server?.logs.filter((entry) => entry.module === 'outbox' && entry.msg === 'email sent').length,
    )
    .toBe(senders.length);
  const lines = JSON.stringify(server.logs);
  for (const { email } of senders) expect(lines).not.toContain(email);
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}, 60_000);
