// The only entry point: config -> database -> app -> listener and jobs; a clean stop on
// SIGINT/SIGTERM that lets requests in flight and an email being sent finish.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildApp } from './app.js';
import { ndrText } from './blocklist/index.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { loadOrCreateKeyFile } from './delist/index.js';
import { serveDnsbl } from './dnsbl/index.js';
import { every } from './jobs/every.js';
import { createLogDestination } from './log-destination.js';
import { loggerOptions } from './logging.js';
import { createPolicyServer, type PolicyServer } from './policy/index.js';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const clock = systemClock;
  const db = openDatabase(config.databasePath, clock, { busyTimeoutMs: config.databaseBusyTimeoutMs });
  const keyFile = join(dirname(config.databasePath), 'token-keys');
  const generated = config.tokenKeys ? undefined : loadOrCreateKeyFile(keyFile);
  const tokenKeys = config.tokenKeys ?? generated?.keys ?? [];

  const app = await buildApp({
    config,
    db,
    clock,
    tokenKeys,
    logger: { ...loggerOptions(config.logLevel), stream: createLogDestination() },
  });
  if (generated?.created) {
    app.log.warn(
      { keyFile },
      'TOKEN_KEYS is not set: generated a signing key and saved it; set TOKEN_KEYS in production',
    );
  }

  const { portal } = app;
  // Anything due while the process was down is settled before the first request.
  portal.sweeper.sweep();
  const stopJobs = [
    every(config.sweepIntervalMs, 'sweep', () => portal.sweeper.sweep(), app.log),
    every(config.outboxIntervalMs, 'outbox', () => portal.outboxSender.flush(), app.log),
  ];
  portal.outboxSender.kick();
  // Loaded now rather than by the first lookup, which would wait for the whole list.
  portal.listedIndex.start();

  const dnsbl = config.dnsbl
    ? await serveDnsbl({
        settings: config.dnsbl,
        config,
        db,
        clock,
        log: app.log.child({ module: 'dnsbl' }),
        index: portal.listedIndex.index,
      })
    : undefined;

  let policy: PolicyServer | undefined;
  if (config.policy.port !== undefined) {
    const log = app.log.child({ module: 'policy' });
    policy = createPolicyServer({
      // Exact at the injected clock: a removal stops counting at delist_at, and a change the CLI
      // makes from its own process is seen by the next request. Most clients are not listed,
      // which the caught-up index answers without a query; a yes is confirmed in SQLite.
      isListed: (address) =>
        !portal.listedIndex.certainlyNotListed(address, clock.now()) && portal.blocklist.isListed(address),
      rejection: (ip) => ndrText(config.ndrTemplate, ip, config.publicUrl),
      idleTimeoutMs: config.policy.idleTimeoutMs,
      log,
    });
    const where = await policy.listen({ port: config.policy.port, host: config.policy.host });
    log.info(where, `policy service listening on ${where.host}:${where.port}`);
  }

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { publicUrl: config.publicUrl, mail: portal.transport.mode, database: config.databasePath },
    portal.transport.mode === 'capture'
      ? `portal ready at ${config.publicUrl}/ ; emails are captured at ${config.publicUrl}/dev/mailbox`
      : `portal ready at ${config.publicUrl}/`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    for (const stopJob of stopJobs) stopJob();
    await Promise.all([app.close(), policy?.close(), dnsbl?.close()]);
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `delist-portal failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
