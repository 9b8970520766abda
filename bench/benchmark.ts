// The shape every benchmark in bench/benchmarks/ shares, so bench/run.ts can run any of them and
// write one table. A benchmark compares our figure with a baseline measured in the same run, on
// the same machine, because absolute timings on a shared machine say little by themselves.

export interface BenchResult {
  /** What was measured, e.g. "import of 1,000,000 lines". */
  measure: string;
  /** What it is compared with, e.g. "sqlite3 CLI, same rows, one transaction". */
  baseline: string;
  /** Our figure as text, e.g. "8.41 s". */
  ours: string;
  /** The baseline's figure as text. */
  base: string;
  /** ours / base (or base / ours for throughput); the goal says which way is better. */
  ratio: number;
  /** The goal as text, e.g. "≤ 3×". */
  goal: string;
  met: boolean;
  notes?: string;
}

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<BenchResult[]>;
}

/**
 * Thrown by a benchmark that cannot run here (a tool is missing, say): bench/run.ts reports the
 * message, skips the benchmark and keeps its earlier results.
 */
export class BenchmarkSkipped extends Error {
  override name = 'BenchmarkSkipped';
}
