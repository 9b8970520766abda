// delist-portal import <file|->: one IP or CIDR per line, an optional ";reason", "#" comments.
// Bad lines are reported with their numbers and skipped, or with --strict refuse the whole file.
// Batched transactions keep a million lines to seconds; a terminal gets a progress line.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createBulkImport, type ImportEntry } from '../blocklist/bulk-import.js';
import { CATEGORIES } from '../blocklist/categories.js';
import { parseNetwork } from '../blocklist/index.js';
import { systemClock } from '../clock.js';
import { categoryOption } from './listing-options.js';
import { networkProblemText } from './network-argument.js';
import { actor, withDatabase } from './operator-database.js';

const BATCH = 50_000;

export interface BadLine {
  line: number;
  text: string;
  problem: string;
}

/** Reads the file and calls `onBatch` with its good lines; returns the bad ones. */
export async function readImportFile(
  path: string,
  defaultReason: string,
  onBatch: (entries: ImportEntry[]) => void | Promise<void>,
): Promise<{ lines: number; bad: BadLine[] }> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const bad: BadLine[] = [];
  let batch: ImportEntry[] = [];
  let lines = 0;
  for await (const raw of reader) {
    lines++;
    const text = raw.replace(/#.*/, '').trim();
    if (!text) continue;
    const semicolon = text.indexOf(';');
    const networkText = (semicolon === -1 ? text : text.slice(0, semicolon)).trim();
    const reason = semicolon === -1 ? defaultReason : text.slice(semicolon + 1).trim() || defaultReason;
    const parsed = parseNetwork(networkText);
    if (!parsed.ok) {
      bad.push({ line: lines, text: raw.slice(0, 80), problem: networkProblemText(parsed.problem) });
      continue;
    }
    batch.push({ network: parsed.value.cidr, reason: reason.slice(0, 500) });
    if (batch.length >= BATCH) {
      await onBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await onBatch(batch);
  return { lines, bad };
}

/** "\r1,234,567 lines" on a terminal, at most ten times a second; nothing elsewhere. */
export function progressReporter(stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(done: number) {
      if (!stream.isTTY || Date.now() - last < 100) return;
      last = Date.now();
      stream.write(`\rimporting: ${done.toLocaleString('en')} networks`);
    },
    done() {
      if (stream.isTTY) stream.write('\r\x1b[K');
    },
  };
}

interface ImportOptions {
  reason?: string;
  category: string;
  selfService: boolean;
  strict?: boolean;
  by?: string;
}

export function addImportCommand(program: Command): void {
  program
    .command('import')
    .description('List every IP or CIDR in a file: one per line, optional ";reason", "#" comments')
    .argument('<file>', 'the file to read, or - for standard input')
    .option('-r, --reason <text>', 'reason for lines that give none (default: "imported from <file>")')
    .option('-c, --category <name>', `what senders may be told: ${CATEGORIES.join(', ')}`, 'spam')
    .option('--no-self-service', 'senders cannot remove these through the portal')
    .option('--strict', 'import nothing when any line is bad')
    .option('--by <name>', 'operator name for the history (default: your user name)')
    .action(async (path: string, options: ImportOptions) => {
      const category = categoryOption(options.category) ?? 'spam';
      const defaultReason =
        options.reason?.trim() || `imported from ${path === '-' ? 'standard input' : basename(path)}`;
      const settings = { actor: actor(options.by), category, selfService: options.selfService };
      const totals = { listed: 0, unchanged: 0 };
      const progress = progressReporter(process.stderr);
      const result = await withDatabase(async (db) => {
        const importBatch = createBulkImport(db, systemClock);
        const write = (entries: ImportEntry[]) => {
          const counts = importBatch(entries, settings);
          totals.listed += counts.listed;
          totals.unchanged += counts.unchanged;
          progress.update(totals.listed + totals.unchanged);
        };
        if (!options.strict) return readImportFile(path, defaultReason, write);
        // Strict: read everything first; write only when every line is good.
        const held: ImportEntry[][] = [];
        const read = await readImportFile(path, defaultReason, (entries) => {
          held.push(entries);
        });
        if (read.bad.length === 0) for (const entries of held) write(entries);
        return read;
      });
      progress.done();
      for (const bad of result.bad.slice(0, 100)) {
        process.stderr.write(`line ${bad.line}: ${JSON.stringify(bad.text)}: ${bad.problem}\n`);
      }
      if (result.bad.length > 100) process.stderr.write(`… and ${result.bad.length - 100} more bad lines\n`);
      const skipped =
        options.strict && result.bad.length > 0
          ? 'nothing imported (--strict)'
          : `${result.bad.length} bad lines skipped`;
      process.stdout.write(
        `${path}: ${totals.listed} listed, ${totals.unchanged} already listed, ${skipped}\n`,
      );
      if (result.bad.length > 0) process.exitCode = 1;
    });
}
