// Electronegativity (Doyensec's Electron security linter) over the compiled main process.
// The tool always exits 0, so the test reads its SARIF report and allows exactly one
// finding: CSP_GLOBAL_CHECK, which only recognises a CSP set in webRequest.onHeadersReceived,
// while ours is a response header of the app:// handler (asserted in protocol-handler.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
// The pinned Electron release (exact, in devDependencies): the checks depend on its version.
const electronVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron ?? '';
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

it('checks against the pinned Electron 45 release', () => {
  expect(electronVersion).toMatch(/^45\.\d+\.\d+$/);
  const installed = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  expect(installed.version).toBe(electronVersion);
});

it('finds no Electron security misconfiguration in the main process and preload', () => {
  const out = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  execFileSync(bin('tsc'), ['-p', join(root, 'tsconfig.electron.json'), '--outDir', join(out, 'js')], { stdio: 'pipe' });
  const report = join(out, 'report.sarif');
  // AvailableSecurityFixesGlobalCheck asks the network for Electron releases; this machine has none.
  execFileSync(bin('electronegativity'), ['-i', join(out, 'js'), '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report], { stdio: 'pipe' });
  const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
  const findings = sarif.runs.flatMap((run) => run.results.map((r) => r.ruleId));
  expect(findings.filter((rule) => rule !== 'CSP_GLOBAL_CHECK')).toEqual([]);
}, 60_000);
