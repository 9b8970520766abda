// The operator's command line, run as a process the way `npm run cli` runs it, against a real
// database file: output, exit codes, and the history each change leaves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'delist-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'delist.db'), ...env },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function rows<T>(sql: string): T[] {
  const db = new Database(join(dir, 'delist.db'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

it('blocks, lists, changes the reason and unblocks, with exit codes scripts can trust', () => {
  expect(cli(['block', '203.0.113.7', '--reason', 'spam trap', '--by', 'alice'])).toMatchObject({
    code: 0,
    out: '203.0.113.7/32: listed\n',
  });
  expect(cli(['block', '203.0.113.7', '--reason', 'spam trap', '--by', 'alice']).out).toBe(
    '203.0.113.7/32: already listed; nothing changed\n',
  );
  expect(cli(['block', '203.0.113.7', '--reason', 'botnet', '--by', 'alice']).out).toBe(
    '203.0.113.7/32: already listed; reason updated\n',
  );
  expect(cli(['block', '198.51.100.7/24', '-r', 'snowshoe', '--by', 'bob']).out).toBe(
    '198.51.100.0/24: listed\n',
  );

  const table = cli(['list']);
  expect(table.code).toBe(0);
  expect(table.out.split('\n')[0]).toMatch(/^NETWORK\s+LISTED AT\s+LEAVES AT\s+CATEGORY\s+REASON$/);
  expect(table.out).toMatch(/203\.0\.113\.7\/32\s+\d{4}-\d\d-\d\dT[\d:.]+Z\s+-\s+spam\s+botnet/);

  const listed = JSON.parse(cli(['list', '--json']).out) as Array<Record<string, unknown>>;
  expect(listed.map((entry) => [entry.network, entry.reason, entry.listedBy])).toEqual([
    ['203.0.113.7/32', 'botnet', 'cli:alice'],
    ['198.51.100.0/24', 'snowshoe', 'cli:bob'],
  ]);
  expect(
    rows<{ network: string }>('SELECT network FROM listed_now ORDER BY listed_at').map((r) => r.network),
  ).toEqual(['203.0.113.7/32', '198.51.100.0/24']);

  expect(cli(['unblock', '203.0.113.7', '--reason', 'cleaned up', '--by', 'alice'])).toMatchObject({
    code: 0,
    out: '203.0.113.7/32: unlisted\n',
  });
  expect(cli(['unblock', '203.0.113.7'])).toMatchObject({ code: 1, err: '203.0.113.7/32: not listed\n' });
  expect(
    rows(
      "SELECT network, action, actor, reason FROM blocklist_history WHERE network = '203.0.113.7/32' ORDER BY id",
    ),
  ).toEqual([
    { network: '203.0.113.7/32', action: 'listed', actor: 'cli:alice', reason: 'spam trap' },
    { network: '203.0.113.7/32', action: 'reason_changed', actor: 'cli:alice', reason: 'botnet' },
    { network: '203.0.113.7/32', action: 'unlisted', actor: 'cli:alice', reason: 'cleaned up' },
  ]);
});

it('records a category, a listing that only operators may remove, and an expiry', () => {
  expect(cli(['block', '203.0.113.7', '-r', 'x', '--category', 'malware', '--no-self-service']).code).toBe(0);
  expect(cli(['block', '203.0.113.8', '-r', 'x', '--expires', '2099-01-31']).code).toBe(0);
  expect(cli(['block', '203.0.113.9', '-r', 'x', '--expires', '30d']).code).toBe(0);
  const listed = JSON.parse(cli(['list', '--json']).out) as Array<Record<string, unknown>>;
  expect(listed.map((entry) => [entry.network, entry.category, entry.selfService])).toEqual([
    ['203.0.113.7/32', 'malware', 0],
    ['203.0.113.8/32', 'spam', 1],
    ['203.0.113.9/32', 'spam', 1],
  ]);
  expect(listed[1]?.expiresAt).toBe('2099-01-31T00:00:00.000Z');
  const inThirtyDays = Date.parse(String(listed[2]?.expiresAt)) - Date.now();
  expect(Math.abs(inThirtyDays - 30 * 86_400_000)).toBeLessThan(600_000);
  const table = cli(['list']).out;
  expect(table).toMatch(/203\.0\.113\.7\/32 .* malware\*/);
  expect(table).toContain('* not removable through the portal');
  expect(table).toMatch(/203\.0\.113\.8\/32\s+\S+\s+2099-01-31T00:00:00\.000Z/);
});

it.each([
  [['block', '203.0.113.7', '-r', 'x', '--category', 'naughty'], /--category must be one of spam, malware/],
  [['block', '203.0.113.7', '-r', 'x', '--expires', 'tomorrow'], /--expires must be a duration/],
  [['block', '203.0.113.7', '-r', 'x', '--expires', '2001-01-01'], /--expires must be in the future/],
  [['block', '203.0.113.7', '-r', 'x', '--expires', '2099-01-01T10:00'], /--expires must be a duration/],
  [['block', '10.0.0.1', '--reason', 'x'], /private/],
  [['block', '0x7f.1', '--reason', 'x'], /four decimal numbers/],
  [['block', '8.0.0.0/7', '--reason', 'x'], /wider than \/8/],
  [['block', '203.0.113.7'], /required option '-r, --reason <text>'/],
  [['block', '203.0.113.7', '--reason', '  '], /--reason must not be empty/],
  [['frobnicate'], /unknown command 'frobnicate'/],
  [['unblock', 'mail.example.com'], /not an IP address/],
])('refuses %j with exit code 2 and says why', (args, message) => {
  const result = cli(args);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
});

it('names the variable of a bad configuration, with exit code 2', () => {
  const result = cli(['list'], { DELIST_DELAY: '5x' });
  expect(result.code).toBe(2);
  expect(result.err).toContain('DELIST_DELAY');
});

it('prints help with exit code 0', () => {
  const result = cli(['--help']);
  expect(result.code).toBe(0);
  expect(result.out).toContain('block [options] <ip-or-cidr>');
});

it('keeps the history append-only', () => {
  cli(['block', '203.0.113.7', '--reason', 'x']);
  const db = new Database(join(dir, 'delist.db'));
  try {
    expect(() => db.exec("UPDATE blocklist_history SET reason = 'rewritten'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM blocklist_history')).toThrow(/append-only/);
  } finally {
    db.close();
  }
});

describe('import', () => {
  it('lists a file of addresses and networks, skips bad lines by number, and changes nothing the second time', () => {
    writeFileSync(
      join(dir, 'feed.txt'),
      [
        '# spam feed, 2026-11-24',
        '203.0.113.7',
        '198.51.100.0/24 ; snowshoe range',
        '',
        '2001:db8::25   # trailing comment',
        '10.0.0.1',
        '0x7f.1;odd spelling',
        '203.0.113.7',
      ].join('\n'),
    );
    const first = cli(['import', 'feed.txt', '--by', 'feeds', '--category', 'spam']);
    expect(first.code).toBe(1);
    expect(first.out).toBe('feed.txt: 3 listed, 1 already listed, 2 bad lines skipped\n');
    expect(first.err).toContain('line 6: "10.0.0.1": a private or shared address');
    expect(first.err).toContain('line 7: "0x7f.1;odd spelling": write IPv4 as four decimal numbers');
    expect(
      rows('SELECT network, reason, listed_by AS listedBy FROM blocked_senders ORDER BY network'),
    ).toEqual([
      { network: '198.51.100.0/24', reason: 'snowshoe range', listedBy: 'cli:feeds' },
      { network: '2001:db8::25/128', reason: 'imported from feed.txt', listedBy: 'cli:feeds' },
      { network: '203.0.113.7/32', reason: 'imported from feed.txt', listedBy: 'cli:feeds' },
    ]);
    const historyRows = rows('SELECT count(*) AS n FROM blocklist_history');
    const second = cli(['import', 'feed.txt']);
    expect(second.out).toBe('feed.txt: 0 listed, 4 already listed, 2 bad lines skipped\n');
    expect(rows('SELECT count(*) AS n FROM blocklist_history')).toEqual(historyRows);
  });

  it('imports nothing from a file with a bad line under --strict', () => {
    writeFileSync(join(dir, 'feed.txt'), '203.0.113.7\nnonsense\n');
    const result = cli(['import', 'feed.txt', '--strict']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('nothing imported (--strict)');
    expect(rows('SELECT * FROM blocked_senders')).toEqual([]);
  });

  it('reads standard input', () => {
    const result = spawnSync(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), 'import', '-'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'delist.db') },
      input: '203.0.113.9;from a pipe\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('-: 1 listed, 0 already listed, 0 bad lines skipped\n');
    expect(rows('SELECT reason FROM blocked_senders')).toEqual([{ reason: 'from a pipe' }]);
  });
});

describe('import, larger and odder files', () => {
  it('numbers lines ended by CRLF or CR as an editor does, and ends with a plain summary off a terminal', () => {
    writeFileSync(
      join(dir, 'feed.txt'),
      '203.0.113.7\r\n\r\nnonsense\r198.51.100.1;crlf\r\n1.2.3\n2001:db8::1',
    );
    const result = cli(['import', 'feed.txt']);
    expect(result.out).toBe('feed.txt: 3 listed, 0 already listed, 2 bad lines skipped\n');
    expect(result.err).toMatch(
      /^read 6 lines in \d+\.\d s, sorted in \d+\.\d s; listing 3 networks took \d+\.\d s\n/,
    );
    expect(result.err).toContain('line 3: "nonsense": not an IP address or CIDR network');
    expect(result.err).toContain('line 5: "1.2.3": write IPv4 as four decimal numbers');
    expect(result.err).not.toContain('\r');
    expect(result.err).not.toContain('\x1b');
    expect(rows("SELECT network, reason FROM blocked_senders WHERE network LIKE '198%'")).toEqual([
      { network: '198.51.100.1/32', reason: 'crlf' },
    ]);
  });

  it('lists 60,000 lines from standard input once each, with one history row each, and nothing the second time', () => {
    const lines = Array.from(
      { length: 60_000 },
      (_, i) => `${11 + (i % 50)}.${(i >> 8) % 256}.${i % 256}.${i % 7}`,
    );
    const run = () =>
      spawnSync(
        process.execPath,
        [join(packageRoot, 'dist/src/cli/main.js'), 'import', '-', '--by', 'feeds'],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'delist.db') },
          input: `${lines.join('\n')}\n`,
          encoding: 'utf8',
        },
      );
    const distinct = new Set(lines).size;
    expect(run().stdout).toBe(
      `-: ${distinct} listed, ${lines.length - distinct} already listed, 0 bad lines skipped\n`,
    );
    const counts =
      'SELECT (SELECT count(*) FROM blocked_senders) AS listed, count(*) AS history, count(DISTINCT network) AS networks FROM blocklist_history';
    expect(rows(counts)).toEqual([{ listed: distinct, history: distinct, networks: distinct }]);
    expect(run().stdout).toBe(`-: 0 listed, ${lines.length} already listed, 0 bad lines skipped\n`);
    expect(rows(counts)).toEqual([{ listed: distinct, history: distinct, networks: distinct }]);
  });
});

describe('show, export and list filters', () => {
  beforeEach(() => {
    cli(['block', '203.0.113.7', '-r', 'trap, "quoted"', '--by', 'alice']);
    cli(['block', '203.0.113.0/24', '-r', 'range', '--category', 'compromised', '--expires', '2099-01-01']);
    cli(['block', '198.51.100.1', '-r', 'old']);
    cli(['unblock', '198.51.100.1', '-r', 'cleaned']);
  });

  it('shows every listing covering an address and what happened to them', () => {
    const shown = cli(['show', '203.0.113.7']);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/203\.0\.113\.7\/32 .* spam\s+trap, "quoted"/);
    expect(shown.out).toMatch(/203\.0\.113\.0\/24 .* 2099-01-01T00:00:00\.000Z\s+compromised\s+range/);
    expect(shown.out).toContain('HISTORY');
    expect(shown.out).toMatch(/203\.0\.113\.7\/32 {2}listed {2}cli:alice {2}trap/);
    const json = JSON.parse(cli(['show', '198.51.100.1', '--json']).out);
    expect(json.listings).toEqual([]);
    expect(json.history.map((entry: { action: string }) => entry.action)).toEqual(['listed', 'unlisted']);
    expect(cli(['show', '192.0.2.55']).out).toBe('192.0.2.55: not listed\n');
  });

  it('exports what counts now as plain lines or CSV', () => {
    expect(cli(['export']).out).toBe('203.0.113.7/32\n203.0.113.0/24\n');
    const csv = cli(['export', '--format', 'csv']).out.split('\n');
    expect(csv[0]).toBe('network,category,self_service,reason,listed_by,listed_at,delist_at,expires_at');
    expect(csv[1]).toMatch(/^203\.0\.113\.7\/32,spam,1,"trap, ""quoted""",cli:alice,[^,]+,,$/);
    expect(cli(['export', '--format', 'xml'])).toMatchObject({ code: 2 });
  });

  it('exports rbldnsd datasets, one per address family, answering 127.0.0.2 with the TXT text', () => {
    cli(['block', '2001:db8::/48', '-r', 'v6']);
    const env = { PUBLIC_URL: 'https://delist.example.net' };
    const v4 = cli(['export', '--format', 'rbldnsd'], env).out.split('\n');
    expect(v4[0]).toMatch(/^# delist-portal ip4set dataset, \S+: 2 networks$/);
    expect(v4.slice(1)).toEqual([
      ':127.0.0.2:Banned sending IP $; to request removal visit https://delist.example.net/?ip=$',
      '203.0.113.7/32',
      '203.0.113.0/24',
      '',
    ]);
    const v6 = cli(['export', '--format', 'rbldnsd', '--family', '6'], env).out.split('\n');
    expect(v6[0]).toMatch(/ip6trie dataset, \S+: 1 networks$/);
    expect(v6[2]).toBe('2001:db8::/48');
    expect(cli(['export', '--format', 'rbldnsd', '--family', '5']).code).toBe(2);
  });

  it('filters the list to what is leaving, or what was listed since a time', () => {
    const leaving = JSON.parse(cli(['list', '--json', '--leaving']).out);
    expect(leaving.map((listing: { network: string }) => listing.network)).toEqual(['203.0.113.0/24']);
    expect(JSON.parse(cli(['list', '--json', '--since', '1h']).out)).toHaveLength(2);
    expect(JSON.parse(cli(['list', '--json', '--since', '2099-01-01']).out)).toEqual([]);
    expect(cli(['list', '--csv']).out.split('\n')[0]).toContain('network,category');
    expect(cli(['list', '--since', 'yesterday'])).toMatchObject({ code: 2 });
  });
});

describe('requests, stats, backup and purge', () => {
  function seedRequests() {
    cli(['block', '203.0.113.7', '-r', 'x']);
    const db = new Database(join(dir, 'delist.db'));
    db.exec(`
      INSERT INTO delist_requests (public_id, email, ip, network, state, locale, created_at, expires_at)
      VALUES ('old-one-xxxxxxxxxxxxxxx', 'old@sender.example', '203.0.113.7', '203.0.113.7/32', 'expired', 'en',
              '2020-01-01T00:00:00.000Z', '2020-01-02T00:00:00.000Z'),
             ('new-one-xxxxxxxxxxxxxxx', 'new@sender.example', '203.0.113.7', '203.0.113.7/32', 'pending', 'en',
              '2099-01-01T00:00:00.000Z', '2099-01-02T00:00:00.000Z');
      INSERT INTO outbox (template, recipient, locale, payload, state, created_at, next_attempt_at)
      VALUES ('delist-confirmation', 'old@sender.example', 'en', '{}', 'sent', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z');
    `);
    db.close();
  }

  it('lists requests and counts', () => {
    seedRequests();
    expect(cli(['requests']).out).toMatch(
      /new@sender\.example {2}pending\n.*old@sender\.example {2}expired\n$/,
    );
    expect(JSON.parse(cli(['requests', '--state', 'expired', '--json']).out)).toHaveLength(1);
    expect(cli(['requests', '--state', 'lost']).code).toBe(2);
    expect(JSON.parse(cli(['stats', '--json']).out)).toEqual({
      listed: 1,
      leaving: 0,
      requests: { expired: 1, pending: 1 },
      escalations: {},
      abuseReports: {},
      emails: { sent: 1 },
    });
    expect(cli(['stats']).out).toBe(
      'listed now: 1 (0 leaving)\nrequests: expired 1, pending 1\nescalations: none\nabuse reports: none\nemails: sent 1\n',
    );
  });

  it('purges the addresses of finished requests past retention, keeping what happened', () => {
    seedRequests();
    expect(cli(['purge', '--older-than', '90d']).out).toMatch(
      /^purged addresses from 1 requests, 0 escalations and 1 emails before /,
    );
    expect(rows('SELECT email, state FROM delist_requests ORDER BY id')).toEqual([
      { email: '', state: 'expired' },
      { email: 'new@sender.example', state: 'pending' },
    ]);
    expect(rows('SELECT recipient FROM outbox')).toEqual([{ recipient: '' }]);
    expect(cli(['purge', '--older-than', 'soon']).code).toBe(2);
  });

  it('writes a consistent backup that opens on its own, and never over an existing file', () => {
    cli(['block', '203.0.113.7', '-r', 'x']);
    const target = join(dir, 'copy.db');
    expect(cli(['backup', target])).toMatchObject({ code: 0, out: `backed up to ${target}\n` });
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT network FROM listed_now').pluck().all()).toEqual(['203.0.113.7/32']);
    copy.close();
    expect(cli(['backup', target])).toMatchObject({ code: 2 });
  });
});
