// Tests that run the CLI or the server as a process use the compiled JavaScript, exactly as
// `npm start` and `npm run cli` do; compile it once before any test file runs.
import { execFileSync } from 'node:child_process';
import { packageRoot } from '../../src/paths.js';

export default function buildOnce(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: packageRoot,
    stdio: 'inherit',
  });
}
