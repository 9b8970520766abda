// delist-portal import <file|->: one IP or CIDR per line, an optional ";reason", "#" comments.
// Bad lines are reported with their numbers and skipped, or with --strict refuse the whole file.
// The lines are read and sorted first, then listed in short transactions (blocklist/bulk-import);
// a terminal gets a progress bar, and every run ends with how long each phase took.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { createBulkImport, type ImportCounts } from '../blocklist/bulk-import.js';
import { CATEGORIES } from '../blocklist/categories.js';
import { systemClock } from '../clock.js';
import { readImportFile } from './import-file-reader.js';
import { importProgress } from './import-progress.js';
import { categoryOption } from './listing-options.js';
import { actor, withDatabase } from './operator-database.js';

interface ImportOptions {
  reason?: string;
  category: string;
  selfService: boolean;
  strict?: boolean;
  by?: string;
}

/** The file's size for a percentage, or undefined for standard input (or a pipe named as a file). */
function sizeOf(path: string): number | undefined {
  if (path === '-') return undefined;
  const stats = statSync(path);
  return stats.isFile() ? stats.size : undefined;
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
      const progress = importProgress(process.stderr, sizeOf(path));
      let totals: ImportCounts = { listed: 0, unchanged: 0 };
      const result = await withDatabase(async (db) => {
        const bulk = createBulkImport(db, systemClock);
        const read = await readImportFile(path, defaultReason, bulk.add, ({ bytes, lines }) =>
          progress.reading(bytes, lines),
        );
        // Under --strict one bad line refuses the file, before anything is written.
        if (options.strict && read.bad.length > 0) bulk.discard();
        else {
          progress.sorting();
          totals = bulk.commit(settings, (done, total) => progress.listing(done, total));
        }
        return read;
      });
      progress.finish();
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
