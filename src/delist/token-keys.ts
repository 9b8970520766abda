// When TOKEN_KEYS is not set, a key is generated once and kept beside the database, so links
// keep working across restarts of a portal started with no configuration at all.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type TokenKey, TokenKeysSchema } from '../config.js';

function readKeyFile(path: string): TokenKey[] {
  const parsed = TokenKeysSchema.safeParse(readFileSync(path, 'utf8').trim());
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'not a key list'}`);
  return parsed.data;
}

export function loadOrCreateKeyFile(path: string): { keys: TokenKey[]; created: boolean } {
  const key: TokenKey = { id: `k${Date.now().toString(36)}`, secret: randomBytes(32).toString('base64url') };
  mkdirSync(dirname(path), { recursive: true });
  try {
    // wx: never overwrite an existing key; 0600: only the portal's user can read it.
    writeFileSync(path, `${key.id}:${key.secret}\n`, { mode: 0o600, flag: 'wx' });
    return { keys: [key], created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { keys: readKeyFile(path), created: false };
  }
}
