// Runs the benchmarks in bench/benchmarks/ (compiled to dist/bench/benchmarks/*.js): those named
// on the command line, or all of them. Prints each figure as it comes, keeps each benchmark's
// latest results in bench/results/<name>.json, and rewrites bench/results.md from all of those,
// so running one benchmark keeps the others' rows (each with the date and machine it ran on).
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/paths.js';
import { type Benchmark, BenchmarkSkipped } from './benchmark.js';
import { describeMachine, formatRatio, type RecordedRun, saveRun, writeResultsPage } from './results.js';

const benchmarksDir = fileURLToPath(new URL('./benchmarks/', import.meta.url));

async function loadBenchmarks(): Promise<Map<string, Benchmark>> {
  const benchmarks = new Map<string, Benchmark>();
  // Only files whose source is still there: a deleted benchmark's old output stays in dist/.
  const compiled = readdirSync(benchmarksDir).filter(
    (name) =>
      name.endsWith('.js') &&
      existsSync(join(packageRoot, 'bench', 'benchmarks', `${basename(name, '.js')}.ts`)),
  );
  for (const file of compiled.sort()) {
    try {
      const module = (await import(new URL(file, `file://${benchmarksDir}`).href)) as { default: Benchmark };
      benchmarks.set(module.default.name ?? basename(file, '.js'), module.default);
    } catch (error) {
      // A dev dependency missing (npm ci --omit=dev), say: the other benchmarks still run.
      process.stderr.write(
        `cannot load ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
  return benchmarks;
}

async function main(names: string[]): Promise<number> {
  const benchmarks = await loadBenchmarks();
  const unknown = names.filter((name) => !benchmarks.has(name));
  if (unknown.length > 0) {
    process.stderr.write(
      `no benchmark named ${unknown.join(', ')}; there are: ${[...benchmarks.keys()].join(', ')}\n`,
    );
    return 2;
  }
  let failed = 0;
  for (const benchmark of names.length > 0
    ? names.map((name) => benchmarks.get(name) as Benchmark)
    : benchmarks.values()) {
    process.stdout.write(`\n== ${benchmark.name}: ${benchmark.description}\n`);
    const machine = describeMachine();
    try {
      const results = await benchmark.run();
      for (const result of results) {
        process.stdout.write(
          `${result.measure}: ${result.ours} vs ${result.base} (${result.baseline}) = ${formatRatio(result.ratio)}, goal ${result.goal}: ${result.met ? 'met' : 'NOT met'}\n`,
        );
      }
      const run: RecordedRun = { name: benchmark.name, description: benchmark.description, machine, results };
      saveRun(packageRoot, run);
    } catch (error) {
      if (error instanceof BenchmarkSkipped) {
        process.stderr.write(`skipped ${benchmark.name}: ${error.message}\n`);
        continue;
      }
      failed++;
      process.stderr.write(
        `${benchmark.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
  }
  const page = writeResultsPage(packageRoot);
  process.stdout.write(`\nwrote ${page}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
