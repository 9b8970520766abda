// .env.example is the operator's reference: it must name every variable the config reads, and
// the values it shows must be the defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { expect, it } from 'vitest';
import { ConfigSchema, loadConfig } from '../src/config.js';
import { packageRoot } from '../src/paths.js';

const example = parseEnv(readFileSync(join(packageRoot, '.env.example'), 'utf8'));

it('lists every variable of the config schema, and nothing else', () => {
  const schemaKeys = Object.keys(ConfigSchema.in.shape).sort();
  expect(Object.keys(example).sort()).toEqual(schemaKeys);
});

it('is described, every variable of it, in the README', () => {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  const missing = Object.keys(example).filter((name) => !readme.includes(`\`${name}\``));
  expect(missing).toEqual([]);
});

it('shows the defaults', () => {
  expect(loadConfig(example)).toEqual(loadConfig({}));
});
