/**
 * What every bench script shares: the project's folders and the two modes.
 *
 * - The full run (`npm run bench`) measures with many repetitions at full size and bench.ts
 *   records the figures in BENCHMARKS.md.
 * - The quick pass (`--quick`, or BENCH_QUICK=1, which bench.ts hands on to the benches it
 *   starts) runs every benchmark end to end with few repetitions and small sizes, writes no
 *   BENCHMARKS.md and keeps its intermediate figures out of bench-results/. The test runner
 *   runs it so a benchmark cannot break unnoticed; its figures mean nothing.
 */
import { join, resolve } from 'node:path';

/** The project's root (the benches are bundled with `import.meta.dirname` set to scripts/). */
export const root = join(import.meta.dirname, '..');

export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/** The full run's value, or the quick pass's. */
export function size<T>(full: T, quick: T): T {
  return QUICK ? quick : full;
}

/**
 * Where bundled benches are written and run. Inside the project, so that Node's module
 * resolution (which looks upward from the file) finds the project's packages; node_modules/
 * is ignored by git and a fresh `npm ci` empties it.
 */
export const CACHE_DIR = join(root, 'node_modules', '.cache', 'leestafel-bench');

/**
 * Where the benches bench.ts starts leave their figures for it: bench-results/ for a full run,
 * or the folder bench.ts names in BENCH_RESULTS_DIR (the quick pass uses a folder of its own,
 * so it never overwrites a full run's figures).
 */
export function resultsDir(): string {
  return process.env.BENCH_RESULTS_DIR ?? (QUICK ? join(CACHE_DIR, 'quick-results') : join(root, 'bench-results'));
}

/** The built renderer, where vite.config.mts puts it (RENDERER_OUT_DIR is relative to renderer/). */
export const RENDERER_DIR = resolve(root, 'renderer', process.env.RENDERER_OUT_DIR ?? '../dist/renderer');
