// An abuse report leaves one structured log line an operator can act on (reference, category,
// sending IP, the reporter masked) and never the pasted message, the reporter's words or address.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { loggerOptions } from '../src/logging.js';
import { logLines } from './support/log-lines.js';
import { createManualClock } from './support/manual-clock.js';
import { KEY_A, postForm } from './support/test-portal.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('logs the report without its content', async () => {
  dir = mkdtempSync(join(tmpdir(), 'delist-report-logs-'));
  const { lines, stream } = logLines();
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'delist.db'),
    POW_DIFFICULTY: '20',
    LOG_LEVEL: 'trace',
  });
  const clock = createManualClock();
  const db = openDatabase(config.databasePath, clock);
  const headers =
    'Received: from a (a [203.0.113.5]) by mx.example\nSubject: Marker-Subject-7731\n\nMarker body';
  const app = await buildApp({
    config,
    db,
    clock,
    tokenKeys: [KEY_A],
    logger: { ...loggerOptions('trace'), stream },
  });
  try {
    const fields = {
      category: 'spam',
      headers,
      description: 'Marker words 4412',
      email: 'private.reporter@home.example',
    };
    expect((await postForm(app, '/report', fields)).statusCode).toBe(200);
    // A refused one too: its values are not logged either.
    expect((await postForm(app, '/report', { ...fields, category: 'nope' })).statusCode).toBe(400);
  } finally {
    await app.close();
    db.close();
  }

  const log = lines.join('\n');
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  const filed = lines.map((line) => JSON.parse(line)).find((entry) => entry.outcome === 'filed');
  expect(filed).toMatchObject({
    msg: 'abuse report',
    bytes: String(Buffer.byteLength(headers)),
    category: 'spam',
    source: 'pasted',
    sendingIp: '203.0.113.5',
    basis: 'earliest-public',
    reporter: 'p***@home.example',
  });
  expect(filed.report).toMatch(/^AR-/);
  expect(log).not.toContain('private.reporter');
  expect(log).not.toContain('Marker');
});
