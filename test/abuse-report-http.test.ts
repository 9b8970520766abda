// The abuse report form over real HTTP against the compiled server, with the multipart body
// built by the platform's own FormData encoder (as a browser builds it), the way a reporter
// uses it, and the operator then finding the report with the CLI.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterEach, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { sameOriginPost } from './support/http-browser.js';
import {
  logLine,
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

const EML = [
  'Received: from relay.provider.example (relay.provider.example [198.51.100.25]) by mx.recipient.example',
  'Received: from shop.example (shop.example [198.51.100.77]) by relay.provider.example',
  'From: sales@shop.example',
  'Subject: Cheap watches',
  '',
  'Buy now!',
].join('\r\n');

/** What the form's bot-check widget fills in once /report is open: a solved challenge. */
async function openReportForm(url: string) {
  await (await fetch(`${url}/report`)).text();
  const challenge = (await (await fetch(`${url}/bot-check/challenge`)).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** Posts the form as a browser does from the portal's own page (Fetch Metadata, Origin). */
async function send(url: string, fill: (form: FormData) => void) {
  const form = new FormData();
  form.set('altcha', await openReportForm(url));
  fill(form);
  return fetch(`${url}/report`, {
    method: 'POST',
    headers: sameOriginPost(url),
    body: form,
    redirect: 'manual',
  });
}

it('takes an uploaded .eml over HTTP, and the operator finds it with the CLI', async () => {
  dir = makeServerFolder();
  server = await startServerProcess(dir, { OWN_NETWORKS: '198.51.100.0/24', ABUSE_REPORT_MAX_BYTES: '8192' });
  const { url } = server;

  const accepted = await send(url, (form) => {
    form.set('category', 'spam');
    form.set('headers', '');
    form.set('file', new Blob([EML], { type: 'message/rfc822' }), 'watches.eml');
  });
  expect(accepted.status).toBe(303);
  const thanks = await fetch(new URL(String(accepted.headers.get('location')), url));
  const reference = /Your reference is (AR-[0-9A-Z-]+)\./.exec(await thanks.text())?.[1];
  expect(reference).toBeDefined();

  const tooLarge = await send(url, (form) => {
    form.set('category', 'spam');
    form.set(
      'file',
      new Blob([`Subject: x\r\n\r\n${'y'.repeat(20_000)}`], { type: 'message/rfc822' }),
      'big.eml',
    );
  });
  expect(tooLarge.status).toBe(413);
  expect(await tooLarge.text()).toContain('The file is larger than 8 KiB.');

  const cli = spawnSync(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), 'reports', '--json'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'data/delist.db') },
    encoding: 'utf8',
  });
  expect(cli.status).toBe(0);
  expect(JSON.parse(cli.stdout)).toEqual([
    expect.objectContaining({
      publicId: reference,
      source: 'uploaded',
      fileName: 'watches.eml',
      sendingIp: '198.51.100.77',
      messageBytes: Buffer.byteLength(EML),
    }),
  ]);
  const filed = await logLine(
    server,
    (entry) => entry.action === 'abuse report' && entry.outcome === 'filed',
  );
  expect(filed).toMatchObject({ report: reference, sendingIp: '198.51.100.77', reporter: 'none' });
});
