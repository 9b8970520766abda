// The operator's side of abuse reports, run as a process as `npm run cli` runs it: a report
// filed through the form, then listed, read in full, marked reviewed, and purged with time.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { postForm, startTestPortal, type TestPortal } from './support/test-portal.js';

let portal: TestPortal;
let reference: string;

const HEADERS = [
  'Received: from relay.provider.example (relay.provider.example [198.51.100.25]) by mx.recipient.example',
  'Received: from shop.example (shop.example [198.51.100.77]) by relay.provider.example',
  'Subject: Cheap watches',
].join('\n');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), ...args], {
    cwd: portal.dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: portal.config.databasePath },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function rows<T>(sql: string): T[] {
  const db = new Database(portal.config.databasePath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  portal = await startTestPortal({ env: { OWN_NETWORKS: '198.51.100.0/24' } });
  const thanks = await postForm(portal.app, '/report', {
    category: 'phishing',
    headers: HEADERS,
    email: 'victim@recipient.example',
    description: 'asks for my bank password',
  });
  reference = /Your reference is (AR-[0-9A-Z-]+)\./.exec(thanks.body)?.[1] ?? '';
  // A report from long ago that an operator already dismissed.
  portal.db.exec(`
    INSERT INTO abuse_reports (public_id, created_at, reporter_email, category, description, source, message,
      message_bytes, sending_ip, sending_ip_from, received_hops, state, reviewed_at, reviewed_by, locale, client_ip)
    VALUES ('AR-00000-00001', '2020-01-01T00:00:00.000Z', 'old@reporter.example', 'spam', 'old words', 'uploaded',
      'Subject: old', 12, '198.51.100.9', 'own-network', 1, 'dismissed', '2020-01-02T00:00:00.000Z', 'cli:bob', 'en',
      '192.0.2.44');
  `);
});
afterEach(() => portal.close());

it('lists reports newest first, by state, and as JSON', () => {
  expect(reference).toMatch(/^AR-/);
  const list = cli(['reports']);
  expect(list.code).toBe(0);
  const lines = list.out.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(
    new RegExp(
      `^2026-11-24T09:00:00.000Z {2}#1 {2}${reference} {2}new +phishing +198\\.51\\.100\\.77 +pasted +victim@recipient\\.example$`,
    ),
  );
  expect(lines[1]).toContain('AR-00000-00001  dismissed');
  expect(cli(['reports', '--state', 'new', '--limit', '5']).out.trimEnd().split('\n')).toHaveLength(1);
  expect(cli(['reports', '--ip', '198.51.100.9']).out).toMatch(/^2020-01-01T00:00:00.000Z {2}#2 /);
  expect(cli(['reports', '--ip', '10.0.0.1']).code).toBe(2);
  const shown = cli(['show', '198.51.100.77']);
  expect(shown.out).toContain('198.51.100.77: not listed\n\nABUSE REPORTS');
  expect(shown.out).toContain(`#1  ${reference}  new  phishing\n`);
  const json = JSON.parse(cli(['reports', '--json']).out) as Array<Record<string, unknown>>;
  expect(json[0]).toMatchObject({ publicId: reference, sendingIp: '198.51.100.77', state: 'new' });
  expect(json[0]).not.toHaveProperty('message');
  expect(cli(['reports', '--state', 'reviewed'])).toMatchObject({ code: 0, out: '', err: 'no reports\n' });
  expect(JSON.parse(cli(['stats', '--json']).out).abuseReports).toEqual({ dismissed: 1, new: 1 });
  expect(cli(['stats']).out).toContain('\nabuse reports: dismissed 1, new 1\n');
});

it('shows one report in full, by number or by the reference as the reporter reads it out', () => {
  const shown = cli(['report', '1']);
  expect(shown.code).toBe(0);
  expect(shown.out).toContain(`report:        #1 ${reference}`);
  expect(shown.out).toContain('sending ip:    198.51.100.77 (where it entered OWN_NETWORKS)');
  expect(shown.out).toContain('description:   asks for my bank password');
  expect(shown.out).toContain('sent from:     127.0.0.1');
  expect(shown.out.endsWith(`\n\n${HEADERS}\n`)).toBe(true);
  expect(cli(['report', reference.toLowerCase().replace(/-/g, ' ')]).out).toBe(shown.out);
  expect(JSON.parse(cli(['report', reference, '--json']).out)).toMatchObject({ id: 1, message: HEADERS });
  expect(cli(['report', '99'])).toMatchObject({ code: 1, err: 'no report 99\n' });
});

it('records a decision, who made it and when, and refuses wrong usage with exit code 2', () => {
  expect(
    cli(['report', reference, '--mark', 'reviewed', '--note', 'customer suspended', '--by', 'alice']),
  ).toMatchObject({
    code: 0,
    out: `${reference}: marked reviewed\n`,
  });
  expect(
    rows(
      'SELECT state, reviewed_by, review_note, reviewed_at IS NOT NULL AS dated FROM abuse_reports WHERE id = 1',
    ),
  ).toEqual([{ state: 'reviewed', reviewed_by: 'cli:alice', review_note: 'customer suspended', dated: 1 }]);
  expect(cli(['report', '1', '--mark', 'done']).code).toBe(2);
  expect(cli(['report', '1', '--note', 'no mark']).code).toBe(2);
  expect(cli(['reports', '--state', 'lost']).code).toBe(2);
  expect(cli(['reports', '--limit', '0']).code).toBe(2);
  const help = cli(['reports', '--help']);
  expect(help.code).toBe(0);
  expect(help.out).toContain('--state <state>');
  expect(cli(['report', '--help']).out).toContain('--mark <state>');
});

it('purges the reporter of old reports, and the message of closed ones, keeping what happened', () => {
  const purged = cli(['purge', '--older-than', '90d']);
  expect(purged.code).toBe(0);
  expect(purged.out).toContain('purged addresses from 1 abuse reports, and messages from 1 closed ones\n');
  expect(
    rows(
      'SELECT public_id, reporter_email, client_ip, description, message, message_bytes, sending_ip, state FROM abuse_reports ORDER BY id',
    ),
  ).toEqual([
    {
      public_id: reference,
      reporter_email: 'victim@recipient.example',
      client_ip: '127.0.0.1',
      description: 'asks for my bank password',
      message: HEADERS,
      message_bytes: Buffer.byteLength(HEADERS),
      sending_ip: '198.51.100.77',
      state: 'new',
    },
    {
      public_id: 'AR-00000-00001',
      reporter_email: null,
      client_ip: null,
      description: '',
      message: '',
      message_bytes: 12,
      sending_ip: '198.51.100.9',
      state: 'dismissed',
    },
  ]);
  expect(cli(['report', 'AR-00000-00001']).out).toContain('(message purged)');
});
