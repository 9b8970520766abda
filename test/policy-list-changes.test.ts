// The policy service follows the list as it changes: a removal a sender schedules stops counting
// at delist_at exactly (the manual clock, no sweep), and what an operator changes with the CLI,
// a separate process writing the same database file, is in the very next answer.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { connectPolicy, type PolicyClient } from './support/policy-client.js';
import { type PolicyService, startPolicyService } from './support/policy-service.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import { confirmationPath, listNetwork, pressDelist, submitForm, tokenOf } from './support/test-portal.js';

const run = promisify(execFile);
let service: PolicyService;
let smtp: SmtpSink | undefined;
let postfix: PolicyClient | undefined;

afterEach(async () => {
  postfix?.close();
  await service.close();
  await smtp?.stop();
});

const LISTED = /^550 5\.7\.606 Access denied, banned sending IP \[203\.0\.113\.7\]/;

it('stops rejecting at delist_at to the millisecond, before any sweep', async () => {
  smtp = await startSmtpSink();
  service = await startPolicyService({ smtpUrl: smtp.url, env: { DELIST_DELAY: '1h' } });
  const { portal } = service;
  listNetwork(portal, '203.0.113.7/32');
  postfix = await connectPolicy(service.port);
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);

  // The sender's whole flow: the form, the emailed link, Delist IP.
  await submitForm(portal.app, { email: 'postmaster@sender.example', ip: '203.0.113.7', ack: 'yes' });
  const token = tokenOf(confirmationPath(await smtp.waitForMail()));
  await portal.app.portal.outboxSender.idle();
  const pressedAt = portal.clock.now();
  const confirmed = await pressDelist(portal.app, token);
  expect(confirmed.statusCode).toBe(200);
  const delistAt = pressedAt + 3_600_000;
  expect(portal.app.portal.blocklist.find('203.0.113.7/32')?.delistAt).toBe(new Date(delistAt).toISOString());

  portal.clock.set(delistAt - 1);
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
  portal.clock.set(delistAt);
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toBe('DUNNO');
  // Nothing swept it: the row is still there, it just no longer counts.
  expect(portal.app.portal.blocklist.find('203.0.113.7/32')).toBeDefined();
});

it('sees a block and an unblock made by the CLI process in the next answer', async () => {
  service = await startPolicyService();
  postfix = await connectPolicy(service.port);
  const cli = (...args: string[]) =>
    run(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: service.portal.config.databasePath },
    });

  expect(await postfix.ask({ client_address: '203.0.113.7' })).toBe('DUNNO');
  expect((await cli('block', '203.0.113.0/24', '--reason', 'snowshoe')).stdout).toBe(
    '203.0.113.0/24: listed\n',
  );
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toMatch(LISTED);
  expect((await cli('unblock', '203.0.113.0/24')).stdout).toBe('203.0.113.0/24: unlisted\n');
  expect(await postfix.ask({ client_address: '203.0.113.7' })).toBe('DUNNO');
});
