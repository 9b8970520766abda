// The server's log destination batches lines: none may be lost or reordered, a line appears
// within moments even when nothing else is logged, and what is held is written at exit.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogDestination } from '../src/log-destination.js';
import { packageRoot } from '../src/paths.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'log-destination-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const linesOf = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { n?: number; msg: string });

it('writes every line of a burst, in order', async () => {
  const path = join(dir, 'burst.log');
  const fd = openSync(path, 'w');
  const destination = createLogDestination(fd);
  const log = pino({ level: 'info' }, destination);
  for (let n = 0; n < 20_000; n++) log.info({ n }, 'request completed');
  await new Promise<void>((resolve, reject) =>
    destination.flush((error) => (error ? reject(error) : resolve())),
  );
  closeSync(fd);
  const lines = linesOf(path);
  expect(lines).toHaveLength(20_000);
  expect(lines.every((line, index) => line.n === index)).toBe(true);
});

it('writes a lone line soon, without being flushed', async () => {
  const path = join(dir, 'lone.log');
  const fd = openSync(path, 'w');
  const log = pino({ level: 'info' }, createLogDestination(fd));
  log.info('portal ready');
  await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 2_000 }).toContain('portal ready');
  closeSync(fd);
});

it('writes what it holds when the process exits', () => {
  const script = `
    import pino from 'pino';
    import { createLogDestination } from ${JSON.stringify(join(packageRoot, 'dist/src/log-destination.js'))};
    const log = pino({ level: 'info' }, createLogDestination());
    for (let n = 0; n < 500; n++) log.info({ n }, 'line');
    log.info('last words');
    process.exit(3);
  `;
  // The compiled module (built before the tests run), in a process of its own, as the server runs it.
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: packageRoot,
  });
  expect(child.status, child.stderr).toBe(3);
  const lines = child.stdout.split('\n').filter(Boolean);
  expect(lines).toHaveLength(501);
  expect(lines.at(-1)).toContain('last words');
});
