// Global setup of the browser tests: one Chromium for the whole run, which every test file
// connects to. Without Chromium the run fails and says how to install it; it never skips.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

// Debian's package installs /usr/bin/chromium; other systems name it differently.
const NAMES = ['chromium', 'chromium-browser'];

function findChromium(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of NAMES) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not in this folder; look in the next
      }
    }
  }
  return undefined;
}

export default async function setup(project: TestProject) {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'The browser tests need Chromium and found no `chromium` on the PATH. ' +
        'Install it with `apt-get install -y chromium` (Debian/Ubuntu), then run `npm run test:e2e` again.',
    );
  }
  // The flags a container needs: no user namespaces for the sandbox, no GPU.
  const server = await chromium.launchServer({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
