// The deployment files: the systemd unit passes systemd's own check, and the Dockerfile copies
// only files the repository has and starts the entry point the build makes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { SERVER_NODE_FLAGS } from '../src/server-flags.js';

it('has a systemd unit that systemd-analyze verifies, running the compiled server unprivileged', () => {
  const unit = join(packageRoot, 'deploy/delist-portal.service');
  const output = execFileSync('systemd-analyze', ['verify', unit], { encoding: 'utf8', stdio: 'pipe' });
  expect(output).toBe('');
  const text = readFileSync(unit, 'utf8');
  expect(text).toMatch(/^User=delist-portal$/m);
  expect(text).toMatch(/^ProtectSystem=strict$/m);
  expect(text).toMatch(/^ReadWritePaths=\/var\/lib\/delist-portal$/m);
  expect(text).toContain(
    `/usr/bin/node ${SERVER_NODE_FLAGS.join(' ')} /opt/delist-portal/dist/src/server.js`,
  );
});

it('starts the server with the same Node options from npm start', () => {
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  expect(manifest.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} dist/src/server.js`);
});

it('has a Dockerfile whose sources exist and whose command is the built server', () => {
  const text = readFileSync(join(packageRoot, 'Dockerfile'), 'utf8');
  const sources = [...text.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((match) =>
    (match[1] ?? '').split(' '),
  );
  expect(sources.length).toBeGreaterThan(3);
  for (const source of sources) expect(existsSync(join(packageRoot, source)), source).toBe(true);
  expect(text).toMatch(/^USER node$/m);
  const command = ['node', ...SERVER_NODE_FLAGS, 'dist/src/server.js'];
  expect(text).toContain(`CMD ["${command.join('", "')}"]`);
  expect(existsSync(join(packageRoot, 'dist/src/server.js'))).toBe(true);
});
