// Benchmarks compare with outside tools (the sqlite3 CLI, dnsperf, ...). A missing tool skips the
// benchmark with the command that installs it, instead of a stack trace halfway through.
import { spawnSync } from 'node:child_process';
import { BenchmarkSkipped } from './benchmark.js';

export interface Tool {
  /** The command, looked up on PATH. */
  command: string;
  /** Arguments that make it print its version. */
  versionArgs: string[];
  /** The exit codes of a run with versionArgs that mean it works (default: 0 only). */
  versionExitCodes?: number[];
  /** How to get it, e.g. "apt-get install -y sqlite3". */
  install: string;
}

export const SQLITE3: Tool = {
  command: 'sqlite3',
  versionArgs: ['--version'],
  install: 'apt-get install -y sqlite3',
};

/** The tool's version line; throws BenchmarkSkipped naming the install command when it is missing. */
export function requireTool(tool: Tool): string {
  const result = spawnSync(tool.command, tool.versionArgs, { encoding: 'utf8' });
  const working = tool.versionExitCodes ?? [0];
  if (result.error || result.status === null || !working.includes(result.status)) {
    throw new BenchmarkSkipped(
      `\`${tool.command}\` is not installed or does not run; install it with: ${tool.install}`,
    );
  }
  return (result.stdout || result.stderr).trim().split('\n')[0] ?? tool.command;
}
