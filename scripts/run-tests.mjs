// Runs every test runner (vitest, Playwright, then the benchmarks' quick pass) and ends with
// one plain summary line "N passed, N failed, N skipped" totalling all three, exiting
// non-zero on any failure. The quick pass (scripts/bench.ts --quick) counts one test per
// benchmark, as it reports them: each runs on its own, so the count says how many broke.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Outside test-results/: Playwright empties that folder when it starts.
const outDir = join(tmpdir(), `leestafel-test-summary-${process.pid}`);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const vitestJson = join(outDir, 'vitest.json');
const playwrightJson = join(outDir, 'playwright.json');
const benchJson = join(outDir, 'bench.json');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const playwrightStatus = run(bin('playwright'), ['test'], { PLAYWRIGHT_JSON: playwrightJson });
const benchStatus = run(bin('tsx'), [join(import.meta.dirname, 'bench.ts'), '--quick'], { BENCH_REPORT: benchJson });

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
}
if (existsSync(benchJson)) {
  const b = JSON.parse(readFileSync(benchJson, 'utf8'));
  for (const { status } of b.benchmarks) {
    if (status === 'passed') passed += 1;
    else if (status === 'skipped') skipped += 1;
    else failed += 1;
  }
}
// A runner that crashed before reporting counts as a failure.
if (vitestStatus !== 0 && !existsSync(vitestJson)) failed += 1;
if (playwrightStatus !== 0 && !existsSync(playwrightJson)) failed += 1;
if (benchStatus !== 0 && !existsSync(benchJson)) failed += 1;
if ((vitestStatus !== 0 || playwrightStatus !== 0 || benchStatus !== 0) && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
