// Files that ship with the package (migrations, views, public assets) are found from the
// package root, so the same code works from src/ under vitest and from dist/src/ when built.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const migrationsDir = join(packageRoot, 'migrations');
export const viewsDir = join(packageRoot, 'views');
export const publicDir = join(packageRoot, 'public');
