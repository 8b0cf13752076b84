/**
 * Fractieset benchmarks (`npx tsx scripts/bench-fractie.ts`), in Chromium over its real
 * IndexedDB on disk (a persistent profile of its own, as bench-reservekopie.ts explains):
 * sharing 10,000 annotations (target < 0.5 s) against `toArray` + `JSON.stringify`, and
 * importing them with validation, preview and anchoring (target < 1.5 s) against `JSON.parse`
 * + `bulkPut`. Prints medians and writes them to fractie.json in the results folder (see
 * bench-mode.ts). With `--quick`: 200 annotations, one run, no warm-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededAnnotations } from './bench-annotation-data';
import { medianOf, withBenchPage } from './bench-browser';
import { QUICK, resultsDir, size } from './bench-mode';
import { convertAll, readSources } from './convert-all';

const ANNOTATIONS = size(10_000, 200);
const RUNS = size(5, 1);

interface ShareRun {
  shareMs: number;
  baselineMs: number;
  bytes: number;
  count: number;
}
interface ImportRun {
  importMs: number;
  parseMs: number;
  previewMs: number;
  applyMs: number;
  baselineMs: number;
  orphans: number;
}

async function main() {
  const models = convertAll(readSources()).map((converted) => converted.model);
  const annotations = seededAnnotations(models, ANNOTATIONS, { naam: 'Anna de Vries', fractie: 'Fractie Leusden' });
  const shareRuns: ShareRun[] = [];
  const importRuns: ImportRun[] = [];
  await withBenchPage('fractie-bench', 'bench-fractie-page.ts', async (page) => {
    const stored = await page.evaluate(([json, modelsJson]) => window.benchFractie.load(json, modelsJson), [JSON.stringify(annotations), JSON.stringify(models)] as const);
    console.log(`fractieset: ${stored} aantekeningen van Anna op de vijf stukken`);
    if (!QUICK) {
      await page.evaluate(() => window.benchFractie.share());
      await page.evaluate(() => window.benchFractie.import());
    }
    for (let run = 0; run < RUNS; run++) {
      shareRuns.push(await page.evaluate(() => window.benchFractie.share()));
      importRuns.push(await page.evaluate(() => window.benchFractie.import()));
    }
  });
  const figures = {
    runs: RUNS,
    annotations: shareRuns[0]!.count,
    fileMB: Math.round(shareRuns[0]!.bytes / 10_000) / 100,
    share: { medianMs: medianOf(shareRuns, 'shareMs'), baselineMs: medianOf(shareRuns, 'baselineMs') },
    import: { medianMs: medianOf(importRuns, 'importMs'), parseMs: medianOf(importRuns, 'parseMs'), previewMs: medianOf(importRuns, 'previewMs'), applyMs: medianOf(importRuns, 'applyMs'), baselineMs: medianOf(importRuns, 'baselineMs'), orphans: importRuns[0]!.orphans },
  };
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`delen (${figures.annotations} aantekeningen, ${figures.fileMB} MB): ${ms(figures.share.medianMs)} median · toArray + JSON.stringify ${ms(figures.share.baselineMs)}`);
  console.log(
    `importeren: ${ms(figures.import.medianMs)} median (controleren ${ms(figures.import.parseMs)}, voorbeeld met verankeren ${ms(figures.import.previewMs)}, toepassen ${ms(figures.import.applyMs)}; ${figures.import.orphans} zonder plaats)` +
      ` · JSON.parse + bulkPut ${ms(figures.import.baselineMs)}`,
  );
  mkdirSync(resultsDir(), { recursive: true });
  const file = join(resultsDir(), 'fractie.json');
  writeFileSync(file, `${JSON.stringify({ ...figures, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
