// Where benchmark results are kept: one JSON file per benchmark (its latest run) under
// bench/results/, and bench/results.md, the page a person reads, rebuilt from all of them.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './benchmark.js';

export interface Machine {
  ranAt: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  /** The 1-minute load average when the benchmark started: the machine is shared. */
  load: number;
}

export interface RecordedRun {
  name: string;
  description: string;
  machine: Machine;
  results: BenchResult[];
}

export function describeMachine(): Machine {
  return {
    ranAt: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export const formatRatio = (ratio: number) => `${ratio.toFixed(2)}×`;

const resultsDir = (root: string) => join(root, 'bench', 'results');

export function saveRun(root: string, run: RecordedRun): void {
  mkdirSync(resultsDir(root), { recursive: true });
  writeFileSync(join(resultsDir(root), `${run.name}.json`), `${JSON.stringify(run, null, 2)}\n`);
}

function loadRuns(root: string): RecordedRun[] {
  let files: string[] = [];
  try {
    files = readdirSync(resultsDir(root)).filter((name) => name.endsWith('.json'));
  } catch {
    return []; // no benchmark has run yet
  }
  return files
    .sort()
    .map((file) => JSON.parse(readFileSync(join(resultsDir(root), file), 'utf8')) as RecordedRun);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function machineLine(machine: Machine): string {
  return `${machine.ranAt}; ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.load} at the start`;
}

/** Rewrites bench/results.md from every benchmark's latest run; returns its path. */
export function writeResultsPage(root: string): string {
  const runs = loadRuns(root);
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see the README). Each benchmark keeps its latest run, so the rows',
    'below may come from different days; each section says when and on what it ran. The machine is',
    'shared with other work, so absolute times are noisy: each figure is compared with a baseline',
    'measured in the same run.',
    '',
    '| benchmark | measure | ours | baseline | base | ratio | goal | met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const run of runs) {
    for (const r of run.results) {
      lines.push(
        `| ${cell(run.name)} | ${cell(r.measure)} | ${cell(r.ours)} | ${cell(r.baseline)} | ${cell(r.base)} | ${formatRatio(r.ratio)} | ${cell(r.goal)} | ${r.met ? 'yes' : 'no'} |`,
      );
    }
  }
  for (const run of runs) {
    lines.push('', `## ${run.name}`, '', run.description, '', `Ran ${machineLine(run.machine)}.`);
    for (const r of run.results.filter((result) => result.notes))
      lines.push('', `**${r.measure}.** ${r.notes}`);
  }
  const path = join(root, 'bench', 'results.md');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
