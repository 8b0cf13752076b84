/**
 * Benchmarks (`npm run bench`, after a build): prints medians and records them in
 * BENCHMARKS.md together with a description of the machine. Every figure is set against a
 * baseline measured in the same run, because absolute times on a shared machine are noisy.
 *
 * - Conversion of all five documents, against loading the prebuilt JSON (what the app does).
 * - In Chromium: navigation to the first document text painted in the reader, against the
 *   same text as a plain static HTML page served by the same server (scripts/serve-like-app.ts:
 *   the files as the desktop app's protocol serves them).
 * - Annotations (scripts/bench-annotations.ts): painting highlights against mark.js, and
 *   re-anchoring 1,000 annotations after an edit of the beleidskader.
 * - Search (scripts/bench-search.ts): the index at 50× the bundled text against a naive scan.
 * - Reservekopie (scripts/bench-reservekopie.ts), in Chromium over real IndexedDB: making one of
 *   10,000 annotations and 1,000 questions against `toArray` + `JSON.stringify`, and restoring it
 *   (validate + Samenvoegen) against `bulkPut`; Vervangen beside them.
 * - Fractieset (scripts/bench-fractie.ts), likewise: sharing 10,000 annotations against `toArray`
 *   + `JSON.stringify`, and importing them (validate, preview with anchoring, apply) against
 *   `JSON.parse` + `bulkPut`. The first text painted is also measured with 10,000 annotations
 *   stored (2,000 on the opened document), against the same start with none.
 * The three last run as their own processes (so their memory and JIT state stay apart) and
 * leave their figures in bench-results/, from which the sections below are written.
 *
 * Every benchmark runs even when an earlier one failed, and fails when it throws or reports a
 * figure that is not a number; any failure ends the run with exit code 1 and leaves
 * BENCHMARKS.md as it was.
 *
 * `--quick` (or BENCH_QUICK=1) is the quick pass the test runner runs: every benchmark end to
 * end with few repetitions and small sizes (see bench-mode.ts), the BENCHMARKS.md text built
 * but not written. With BENCH_REPORT=<file> it writes
 * each benchmark's outcome there as JSON, for the test runner's count.
 */
import { spawnSync } from 'node:child_process';
import { cpus, freemem, release, totalmem, type } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { seededAnnotations } from './bench-annotation-data';
import { CACHE_DIR, QUICK, RENDERER_DIR, resultsDir, root, size } from './bench-mode';
import { convertAll, readSources } from './convert-all';
import { benchTables, type TableFigures } from './bench-tables';
import { serveLikeApp } from './serve-like-app';
import { CHROMIUM, median } from './bench-browser';

const RUNS = size(25, 2);
const CONVERSION_WARMUP = size(5, 0);
const PAINT_RUNS = size(21, 1);
/** Annotations stored for the paint with a raadslid's years of work; a fifth on the opened document. */
const STORED_ANNOTATIONS = size(10_000, 500);
/** How long a measured page is left to start before its figures are read (it needs about 0.3 s). */
const SETTLE_MS = size(1000, 300);

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

type ConversionFigures = { convert: number; load: number; tables: TableFigures };

function benchConversion(): ConversionFigures {
  const sources = readSources();
  const built = sources.map((s) => readFileSync(join(RENDERER_DIR, 'documents', `${s.info.id}.json`), 'utf8'));
  for (let i = 0; i < CONVERSION_WARMUP; i++) convertAll(sources); // warm-up: JIT
  const convert = median(Array.from({ length: RUNS }, () => time(() => convertAll(sources))));
  const load = median(Array.from({ length: RUNS }, () => time(() => built.forEach((json) => JSON.parse(json)))));
  const tables = benchTables(convertAll(sources).map((c) => c.model), RUNS, median);
  return { convert, load, tables };
}

/**
 * Writes a static page with the beleidskader's text into the build, as the paint baseline, and
 * returns its path (the caller removes it again: it is no part of the app and would be packaged).
 */
function writeBaselinePage(): string {
  const model = JSON.parse(readFileSync(join(RENDERER_DIR, 'documents', 'beleidskader-sociaal-domein-2023-2026.json'), 'utf8')) as {
    title: string;
    blocks: { kind: string; text?: string }[];
  };
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = model.blocks.filter((b) => b.text).map((b) => `<p>${escape(b.text!)}</p>`).join('\n');
  const file = join(RENDERER_DIR, 'bench-baseline.html');
  writeFileSync(file, `<!doctype html><html lang="nl"><meta charset="utf-8"><title>${escape(model.title)}</title><main><h1>${escape(model.title)}</h1>${body}</main></html>`);
  return file;
}

interface PaintResult {
  /** A first start: a new browser profile, so the database is created too. */
  reader: number;
  /** A later start: the profile has been used before (database and reading position exist). */
  readerReturning: number;
  /** A later start with 10,000 annotations stored, 2,000 of them on the opened document. */
  readerReturningAnnotated: number;
  annotationsStored: number;
  baseline: number;
  searchReady: number;
}

/**
 * The in-page script that reads a start-up's figures: once `selector` is there (and, if asked,
 * the search index is ready), the last largest contentful paint inside the text. A string,
 * because tsx would add helpers to a function that do not exist in the page.
 */
function readFigures(selector: string, withSearch: boolean): string {
  return `new Promise((resolve, reject) => {
    const sel = ${JSON.stringify(selector)};
    const giveUp = Date.now() + 5000;
    const check = () => {
      const ready = performance.getEntriesByName('search-index-ready')[0];
      if (document.querySelector(sel) && (${withSearch} === false || ready)) {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          const inText = entries.filter((e) => e.element && e.element.closest(sel.split(' ')[0]));
          resolve({ paint: (inText.at(-1) ?? entries.at(-1)).startTime, searchReady: ready?.startTime });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      } else if (Date.now() > giveUp) reject(new Error(sel + ' verscheen niet'));
      else setTimeout(check, 50);
    };
    check();
  })`;
}

/** The in-page script that stores annotations (JSON) in the app's database, as years of work would have. */
function storeAnnotations(json: string): string {
  return `new Promise((resolve, reject) => {
    const open = indexedDB.open('leestafel');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('annotations', 'readwrite');
      for (const annotation of ${json}) transaction.objectStore('annotations').put(annotation);
      transaction.oncomplete = () => { open.result.close(); resolve(undefined); };
      transaction.onerror = () => reject(transaction.error);
    };
  })`;
}

async function benchFirstPaint(port: number): Promise<PaintResult> {
  const browser = await chromium.launch(CHROMIUM);
  const base = `http://127.0.0.1:${port}/`;
  // The largest contentful paint inside the article is the document text appearing.
  const searchReady: number[] = [];
  const measure = async (url: string, selector: string, returning = false, stored?: string): Promise<number> => {
    const context = await browser.newContext();
    if (returning) {
      const earlier = await context.newPage();
      await earlier.goto(url);
      await earlier.waitForSelector(selector);
      await earlier.waitForTimeout(300);
      if (stored) await earlier.evaluate(storeAnnotations(stored));
      await earlier.close();
    }
    const page = await context.newPage();
    // Only the navigation is awaited, then the page is left alone while it starts: waiting with
    // waitForSelector would inject Playwright's selector engine, which runs on the page's main
    // thread (about 15 ms here) in the middle of the start-up being measured.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForTimeout(SETTLE_MS);
    const measured = (await page.evaluate(readFigures(selector, url.includes('#/') && !returning))) as { paint: number; searchReady?: number };
    if (measured.searchReady !== undefined) searchReady.push(measured.searchReady);
    await context.close();
    return measured.paint;
  };
  const readerUrl = `${base}#/doc/beleidskader-sociaal-domein-2023-2026`;
  const models = convertAll(readSources()).map((converted) => converted.model);
  const annotations = seededAnnotations(models, STORED_ANNOTATIONS, { naam: 'Anna de Vries', fractie: 'Fractie Leusden' }, { id: 'beleidskader-sociaal-domein-2023-2026', count: STORED_ANNOTATIONS / 5 });
  const stored = JSON.stringify(annotations);
  await measure(readerUrl, 'main p'); // warm the server and disk cache
  const reader: number[] = [];
  const readerReturning: number[] = [];
  const readerReturningAnnotated: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < PAINT_RUNS; i++) {
    reader.push(await measure(readerUrl, 'main p'));
    readerReturning.push(await measure(readerUrl, 'main p', true));
    readerReturningAnnotated.push(await measure(readerUrl, 'main p', true, stored));
    baseline.push(await measure(`${base}bench-baseline.html`, 'main p'));
  }
  await browser.close();
  return {
    reader: median(reader),
    readerReturning: median(readerReturning),
    readerReturningAnnotated: median(readerReturningAnnotated),
    annotationsStored: annotations.length,
    baseline: median(baseline),
    searchReady: median(searchReady.slice(1)),
  };
}

function describeMachine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'onbekende CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB geheugen (${(freemem() / 2 ** 30).toFixed(0)} GiB vrij), ${type()} ${release()}, Node ${process.version}`;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
/** Sub-millisecond figures in microseconds, so that a search's median keeps its digits. */
const fmt2 = (ms: number) => (ms < 1 ? `${Math.round(ms * 1000)} µs` : `${ms.toFixed(2)} ms`);
const EDIT_LABELS: Record<string, string> = {
  wordsInserted: 'keer woorden ingevoegd',
  wordsDeleted: 'keer woorden weggelaten',
  wordsReplaced: 'keer woorden vervangen',
  paragraphsDeleted: 'alinea’s geschrapt',
  paragraphsMoved: 'alinea verplaatst',
  paragraphsInserted: 'alinea ingevoegd',
};
const times = (ratio: number) => `${ratio.toFixed(0)}×`;
const met = (ok: boolean) => (ok ? 'gehaald' : '**niet gehaald**');

/** The environment of a bench bench.ts starts: the mode and the results folder handed on. */
function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, BENCH_RESULTS_DIR: resultsDir(), ...(QUICK ? { BENCH_QUICK: '1' } : {}) };
}

function readResults<T>(resultFile: string): T {
  return JSON.parse(readFileSync(join(resultsDir(), resultFile), 'utf8')) as T;
}

/** Runs one of the other bench scripts in its own process and returns what it recorded. */
function runBench<T>(script: string, resultFile: string): T {
  rmSync(join(resultsDir(), resultFile), { force: true });
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', script)], { cwd: root, stdio: 'inherit', env: childEnv() });
  if (result.status !== 0) throw new Error(`${script} is mislukt (exitcode ${result.status ?? result.signal})`);
  return readResults<T>(resultFile);
}

/**
 * Runs a bench script as one minified bundle, the way the app's code reaches V8 (Vite bundles
 * and minifies it, packages included), rather than through tsx's per-file transform, which
 * adds several microseconds to every call of a sub-millisecond search. The bundle is written
 * inside the project (CACHE_DIR), not into the system's temporary folder: were a package ever
 * left out of it, Node would look for it upward from the bundle's folder.
 */
async function runBundledBench<T>(script: string, resultFile: string): Promise<T> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const folder = mkdtempSync(join(CACHE_DIR, 'bundle-'));
  const bundle = join(folder, script.replace(/\.ts$/, '.mjs'));
  try {
    await build({
      entryPoints: [join(root, 'scripts', script)],
      outfile: bundle,
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      // A failure then points at the TypeScript line, not at one minified line of the bundle.
      sourcemap: 'inline',
      // Vite's order: .ts before .tsx.
      resolveExtensions: ['.mts', '.ts', '.tsx', '.mjs', '.js', '.json'],
      // The scripts find the project's files from their own folder.
      define: { 'import.meta.dirname': JSON.stringify(join(root, 'scripts')) },
    });
    rmSync(join(resultsDir(), resultFile), { force: true });
    const result = spawnSync(process.execPath, ['--enable-source-maps', bundle], { cwd: root, stdio: 'inherit', env: childEnv() });
    if (result.status !== 0) throw new Error(`${script} is mislukt (exitcode ${result.status ?? result.signal})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return readResults<T>(resultFile);
}

interface PaintRun {
  medianMs: number;
  medianToNextFrameMs: number;
  elementsAdded: number;
}
interface PaintFigures {
  count: number;
  highlightApi: PaintRun;
  markJs: PaintRun;
}
interface AnnotationFigures {
  anchorTextLength: number;
  /** In rising order of `count`; the last carries the target. */
  painting: PaintFigures[];
  reanchor: {
    annotations: number;
    edits: Record<string, number>;
    medianMs: number;
    passageStillThere: number;
    placedOnTheRightWords: number;
    rightShare: number;
    passageGone: number;
    passageGoneOrphaned: number;
    misplaced: number;
  };
}

function annotationSection(a: AnnotationFigures): string {
  // "Getekend" is up to the next frame, so style and paint are counted, not only the script.
  const painted = (p: PaintFigures) => p.markJs.medianToNextFrameMs / p.highlightApi.medianToNextFrameMs;
  const run = (r: PaintRun) => `${fmt(r.medianToNextFrameMs)} (script ${fmt(r.medianMs)}; ${r.elementsAdded} elementen erbij)`;
  const paint = (p: PaintFigures, last: boolean) => {
    const [target, verdict] = last
      ? ['< 50 ms en ≥ 10× sneller', met(p.highlightApi.medianToNextFrameMs < 50 && painted(p) >= 10)]
      : ['—', ''];
    return `| ${p.count.toLocaleString('nl-NL')} markeringen getekend | ${run(p.highlightApi)} | mark.js: ${run(p.markJs)} | ${painted(p).toFixed(1)}× | ${target} | ${verdict} |`;
  };
  const r = a.reanchor;
  const edits = Object.entries(r.edits).map(([kind, n]) => `${n} ${EDIT_LABELS[kind] ?? kind}`).join(', ');
  return [
    '## Aantekeningen: tekenen en opnieuw verankeren (beleidskader)',
    '',
    `Op de beleidskader (${a.anchorTextLength.toLocaleString('nl-NL')} tekens). Tekenen: de CSS Custom Highlight API, zoals de app, naast mark.js in dezelfde run; gemeten tot het volgende frame (script, stijl en tekenen), het script alleen tussen haakjes.`,
    '',
    '| meting | mediaan | basislijn in dezelfde run | verhouding | doel | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...a.painting.map((p, i) => paint(p, i === a.painting.length - 1)),
    `| ${r.annotations} aantekeningen opnieuw verankeren na bewerking | ${fmt(r.medianMs)} | — | — | < 300 ms | ${met(r.medianMs < 300)} |`,
    '',
    `Bewerking: ${edits}.`,
    `Van de ${r.passageStillThere} aantekeningen waarvan de passage nog bestaat, staan er ${r.placedOnTheRightWords} op de juiste woorden (${(100 * r.rightShare).toFixed(1)} %, doel ≥ 99 %: ${met(r.rightShare >= 0.99)}).`,
    `Van de ${r.passageGone} waarvan de passage weg is, zijn er ${r.passageGoneOrphaned} wees (*Niet meer gevonden*, niet verwijderd); verkeerd geplaatst in totaal: ${r.misplaced} (doel 0: ${met(r.misplaced === 0)}).`,
    '',
  ].join('\n');
}

interface SearchFigures {
  corpus: { copies: number; blocks: number; textMB: number; queries: number; runsPerQuery: number };
  bundled: { blocks: number; indexKB: number; loadMs: number };
  index: { buildMs: number; serialisedMB: number; loadMs: number; queryMedianMs: number; queryP95Ms: number };
  naiveScan: { queryMedianMs: number; queryP95Ms: number };
  keystroke: { medianMs: number; p95Ms: number; maxMs: number };
  ratio: { medianScanOverIndex: number };
}

function searchSection(s: SearchFigures, readyMs: number | undefined): string {
  const i = s.index;
  return [
    `## Zoeken (${s.corpus.copies}× de meegeleverde stukken)`,
    '',
    `De zoekcode draait als één geminificeerde bundel, zoals in de app. Corpus: ${s.corpus.copies}× de vijf stukken, ${s.corpus.blocks.toLocaleString('nl-NL')} blokken, ${s.corpus.textMB} MB tekst; ${s.corpus.queries} vaste zoekvragen (woorden, voorvoegsels tijdens het typen, zinsdelen, gevouwen diakrieten) × ${s.corpus.runsPerQuery}.`,
    '',
    '| meting | index | naïeve gevouwen scan in dezelfde run | verhouding | doel | |',
    '| --- | --- | --- | --- | --- | --- |',
    `| zoekvraag, mediaan | ${fmt2(i.queryMedianMs)} | ${fmt2(s.naiveScan.queryMedianMs)} | ${times(s.ratio.medianScanOverIndex)} | ≥ 100× sneller | ${met(s.ratio.medianScanOverIndex >= 100)} |`,
    `| zoekvraag, p95 | ${fmt2(i.queryP95Ms)} | ${fmt2(s.naiveScan.queryP95Ms)} | — | < 2 ms | ${met(i.queryP95Ms < 2)} |`,
    `| werk per toetsaanslag (zoeken, groeperen, fragmenten), p95 / max | ${fmt2(s.keystroke.p95Ms)} / ${fmt(s.keystroke.maxMs)} | — | — | typen nooit geblokkeerd | |`,
    `| index ${s.corpus.copies}× bouwen / laden | ${fmt(i.buildMs)} / ${fmt(i.loadMs)} (${i.serialisedMB} MB) | — | — | — | |`,
    `| meegeleverde index laden (${s.bundled.blocks} blokken, ${s.bundled.indexKB} kB) | ${fmt(s.bundled.loadMs)} | — | — | — | |`,
    readyMs === undefined
      ? ''
      : `| zoekindex klaar na navigatiestart (Chromium) | ${fmt(readyMs)} | — | — | < 300 ms | ${met(readyMs < 300)} |`,
    '',
  ].filter((line, n, all) => line !== '' || all[n - 1] !== '').join('\n');
}

interface ReservekopieFigures {
  runs: number;
  records: Record<string, number>;
  fileMB: number;
  baselineMB: number;
  make: { medianMs: number; collectMs: number; buildMs: number; baselineMs: number };
  restore: { medianMs: number; parseMs: number; applyMs: number; baselineMs: number };
  replace: { medianMs: number; safetyMs: number; applyMs: number };
}

function reservekopieSection(r: ReservekopieFigures): string {
  const n = (name: string) => (r.records[name] ?? 0).toLocaleString('nl-NL');
  const ratio = (ms: number, baseline: number) => `${(ms / baseline).toFixed(1)}×`;
  return [
    `## Reservekopie: maken en terugzetten (${n('annotations')} aantekeningen, ${n('questions')} vragen)`,
    '',
    `In Chromium via Playwright, met de echte IndexedDB op schijf (een eigen profiel, niet incognito) en de code van de app (renderer/exchange/reservekopie). Gegevens: ${n('annotations')} aantekeningen op de vijf stukken (echte passages met selectors, notities, labels), ${n('questions')} vragen bij ${n('meetings')} vergaderingen met ${n('agendaItems')} agendapunten, ${n('trash')} items in de Prullenbak, instellingen, leesposities; het bestand is ${r.fileMB} MB. Medianen over ${r.runs} herhalingen, elke stap in een nieuwe database.`,
    '',
    '| meting | mediaan | basislijn in dezelfde run | verhouding | doel | |',
    '| --- | --- | --- | --- | --- | --- |',
    `| reservekopie maken (lezen ${fmt(r.make.collectMs)}, bestand met SHA-256 opbouwen ${fmt(r.make.buildMs)}) | ${fmt(r.make.medianMs)} | \`toArray\` van elke tabel + \`JSON.stringify\`: ${fmt(r.make.baselineMs)} (${r.baselineMB} MB) | ${ratio(r.make.medianMs, r.make.baselineMs)} | < 500 ms | ${met(r.make.medianMs < 500)} |`,
    `| terugzetten: controleren (${fmt(r.restore.parseMs)}) + Samenvoegen in een lege database (${fmt(r.restore.applyMs)}) | ${fmt(r.restore.medianMs)} | \`bulkPut\` van dezelfde records: ${fmt(r.restore.baselineMs)} | ${ratio(r.restore.medianMs, r.restore.baselineMs)} | < 1500 ms | ${met(r.restore.medianMs < 1500)} |`,
    `| Vervangen over dezelfde gegevens: controleren, reservekopie vooraf (${fmt(r.replace.safetyMs)}), vervangen (${fmt(r.replace.applyMs)}) | ${fmt(r.replace.medianMs)} | — | — | — | |`,
    '',
  ].join('\n');
}

interface FractieFigures {
  runs: number;
  annotations: number;
  fileMB: number;
  share: { medianMs: number; baselineMs: number };
  import: { medianMs: number; parseMs: number; previewMs: number; applyMs: number; baselineMs: number; orphans: number };
}

function fractieSection(f: FractieFigures): string {
  const n = f.annotations.toLocaleString('nl-NL');
  const ratio = (ms: number, baseline: number) => `${(ms / baseline).toFixed(1)}×`;
  return [
    `## Delen met de fractie: een set van ${n} aantekeningen`,
    '',
    `In Chromium via Playwright, met de echte IndexedDB op schijf en de code van de app (renderer/exchange/fractie). ${n} aantekeningen op echte passages van de vijf stukken, alle op Fractie; het bestand (W3C Web Annotation, JSON-LD) is ${f.fileMB} MB. Importeren is: het bestand controleren, het voorbeeld per auteur en per stuk met het verankeren van elke aantekening in haar stuk (${f.import.orphans} zonder plaats), en toepassen in een lege database. Medianen over ${f.runs} herhalingen.`,
    '',
    '| meting | mediaan | basislijn in dezelfde run | verhouding | doel | |',
    '| --- | --- | --- | --- | --- | --- |',
    `| delen (de set maken) | ${fmt(f.share.medianMs)} | \`toArray\` + \`JSON.stringify\`: ${fmt(f.share.baselineMs)} | ${ratio(f.share.medianMs, f.share.baselineMs)} | < 500 ms | ${met(f.share.medianMs < 500)} |`,
    `| importeren: controleren (${fmt(f.import.parseMs)}), voorbeeld met verankeren (${fmt(f.import.previewMs)}), toepassen (${fmt(f.import.applyMs)}) | ${fmt(f.import.medianMs)} | \`JSON.parse\` + \`bulkPut\`: ${fmt(f.import.baselineMs)} | ${ratio(f.import.medianMs, f.import.baselineMs)} | < 1500 ms | ${met(f.import.medianMs < 1500)} |`,
    '',
  ].join('\n');
}

function readerSection(conversion: ConversionFigures, paint: PaintResult): string {
  const t = conversion.tables;
  const rows = [
    ['Omzetten van alle vijf documenten (converter)', fmt(conversion.convert), `voorgebouwde JSON laden: ${fmt(conversion.load)}`, `${(conversion.convert / conversion.load).toFixed(1)}×`, '< 300 ms', met(conversion.convert < 300)],
    [`Rekencontrole: alle ${t.tables} tabellen lezen en narekenen (${t.findings} bevindingen)`, fmt(t.checkMs), `omzetten van dezelfde documenten: ${fmt(conversion.convert)}`, `${(t.checkMs / conversion.convert).toFixed(2)}×`, '< 50 ms', met(t.checkMs < 50)],
    [`idem, ${t.corpusCopies}× de stukken`, fmt(t.corpusMs), `${t.corpusCopies}× omzetten, geschat: ${fmt(conversion.convert * t.corpusCopies)}`, `${(t.corpusMs / (conversion.convert * t.corpusCopies)).toFixed(2)}×`, '< 1000 ms', met(t.corpusMs < 1000)],
    ['Navigatie → eerste documenttekst getekend (Chromium, beleidskader), latere start', fmt(paint.readerReturning), `statische HTML met dezelfde tekst: ${fmt(paint.baseline)}`, `${(paint.readerReturning / paint.baseline).toFixed(1)}×`, '< 300 ms', met(paint.readerReturning < 300)],
    ['idem, allereerste start (nieuw profiel: database wordt aangemaakt)', fmt(paint.reader), `statische HTML met dezelfde tekst: ${fmt(paint.baseline)}`, `${(paint.reader / paint.baseline).toFixed(1)}×`, '< 300 ms', met(paint.reader < 300)],
    [
      `idem, latere start met ${paint.annotationsStored.toLocaleString('nl-NL')} aantekeningen opgeslagen (${(paint.annotationsStored / 5).toLocaleString('nl-NL')} in dit stuk)`,
      fmt(paint.readerReturningAnnotated),
      `dezelfde start zonder aantekeningen: ${fmt(paint.readerReturning)}`,
      `${(paint.readerReturningAnnotated / paint.readerReturning).toFixed(2)}×`,
      '≤ 1,2×',
      met(paint.readerReturningAnnotated <= 1.2 * paint.readerReturning),
    ],
  ];
  return [
    '## Lezer: omzetten en eerste tekst',
    '',
    `Chromium via Playwright, headless; de bestanden geserveerd zoals het app://-protocol van de desktop-app ze serveert (zelfde paden en CSP-header, zonder compressie of cache-headers).`,
    `Medianen over ${RUNS} (omzetten) en ${PAINT_RUNS} (tekenen) herhalingen. Tekenen = de laatste *largest contentful paint* in de tekst; elke meting in een eigen browsercontext, een latere start na één eerder bezoek in die context. Tijdens het starten wordt de pagina niet aangeraakt (geen selector-polling van Playwright); de cijfers worden na ${SETTLE_MS} ms uitgelezen.`,
    '',
    '| meting | mediaan | basislijn in dezelfde run | verhouding | doel | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/**
 * Throws when a figure is not a number: a median over no samples (NaN), a division by zero, a
 * field the bench stopped writing (JSON turns NaN and Infinity into null). What a broken bench
 * looks like; whether a figure meets its target is for the full run to report, not to fail on.
 */
function checkFigures(what: string, figures: unknown, path = what): void {
  if (typeof figures === 'number') {
    if (!Number.isFinite(figures)) throw new Error(`${path} is geen getal (${figures})`);
  } else if (figures === null || figures === undefined) {
    throw new Error(`${path} ontbreekt`);
  } else if (typeof figures === 'object') {
    for (const [key, value] of Object.entries(figures)) checkFigures(what, value, `${path}.${key}`);
  }
}

type Outcome = { name: string; status: 'passed' | 'failed' | 'skipped'; ms: number; error?: string };

/** Runs one benchmark, recording how it ended; a failure is printed and does not stop the others. */
async function benchmark<T>(outcomes: Outcome[], name: string, fn: () => T | Promise<T>): Promise<T | undefined> {
  const start = performance.now();
  try {
    const figures = await fn();
    checkFigures(name, figures);
    outcomes.push({ name, status: 'passed', ms: performance.now() - start });
    return figures;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✘ ${name}: ${message}`);
    outcomes.push({ name, status: 'failed', ms: performance.now() - start, error: message });
    return undefined;
  }
}

async function main(): Promise<void> {
  if (QUICK) {
    // A folder of this run's own, so a quick pass never reads another run's figures.
    mkdirSync(CACHE_DIR, { recursive: true });
    process.env.BENCH_RESULTS_DIR = mkdtempSync(join(CACHE_DIR, 'quick-results-'));
    console.log('Snelle doorloop van de benchmarks (--quick): weinig herhalingen, kleine aantallen; de cijfers zeggen niets en BENCHMARKS.md blijft zoals het is.');
  }
  const outcomes: Outcome[] = [];
  const conversion = await benchmark(outcomes, 'omzetten', () => {
    const figures = benchConversion();
    console.log(`Omzetten van alle vijf documenten: mediaan ${fmt(figures.convert)} (voorgebouwde JSON laden: ${fmt(figures.load)})`);
    console.log(`Rekencontrole van alle ${figures.tables.tables} tabellen: mediaan ${fmt(figures.tables.checkMs)}; ${figures.tables.corpusCopies}× de stukken: ${fmt(figures.tables.corpusMs)}`);
    return figures;
  });
  const paint = await benchmark(outcomes, 'eerste tekst getekend', async () => {
    const baselinePage = writeBaselinePage();
    let figures: PaintResult;
    try {
      // Any free port: another run (or the e2e tests' preview server) may hold a fixed one.
      const server = await serveLikeApp(RENDERER_DIR, 0);
      try {
        figures = await benchFirstPaint((server.address() as AddressInfo).port);
      } finally {
        server.close();
      }
    } finally {
      rmSync(baselinePage, { force: true });
    }
    console.log(`Eerste documenttekst getekend (beleidskader): mediaan ${fmt(figures.reader)} bij de allereerste start, ${fmt(figures.readerReturning)} bij een latere start (statische HTML-pagina: ${fmt(figures.baseline)})`);
    console.log(`Zoekindex klaar na navigatiestart: mediaan ${fmt(figures.searchReady)}`);
    return figures;
  });
  const annotations = await benchmark(outcomes, 'aantekeningen', () => runBench<AnnotationFigures>('bench-annotations.ts', 'annotations.json'));
  const search = await benchmark(outcomes, 'zoeken', () => runBundledBench<SearchFigures>('bench-search.ts', 'search.json'));
  const reservekopie = await benchmark(outcomes, 'reservekopie', () => runBench<ReservekopieFigures>('bench-reservekopie.ts', 'reservekopie.json'));
  const fractie = await benchmark(outcomes, 'fractieset', () => runBench<FractieFigures>('bench-fractie.ts', 'fractie.json'));

  // The text of BENCHMARKS.md is built in the quick pass as well, so its code cannot break unseen.
  const report = 'BENCHMARKS.md opbouwen';
  let text: string | undefined;
  if (conversion && paint && annotations && search && reservekopie && fractie) {
    text = await benchmark(outcomes, report, () => {
      const header = `# Benchmarks\n\nGemaakt met \`npm run bench\` op ${new Date().toISOString().slice(0, 10)}: ${describeMachine()}. Elke meting staat naast een basislijn uit dezelfde run; de machine is gedeeld, dus absolute tijden schommelen.\n\n`;
      return [header + readerSection(conversion, paint), annotationSection(annotations), searchSection(search, paint.searchReady), reservekopieSection(reservekopie), fractieSection(fractie)].join('\n');
    });
  } else {
    outcomes.push({ name: report, status: 'skipped', ms: 0, error: 'een benchmark is mislukt' });
  }

  const failed = outcomes.filter((o) => o.status === 'failed');
  if (QUICK) {
    rmSync(resultsDir(), { recursive: true, force: true });
    for (const o of outcomes) console.log(`${o.status === 'passed' ? '✔' : o.status === 'failed' ? '✘' : '-'} ${o.name} (${(o.ms / 1000).toFixed(1)} s)${o.error ? `: ${o.error}` : ''}`);
  } else if (text !== undefined && failed.length === 0) {
    const file = join(root, 'BENCHMARKS.md');
    writeFileSync(file, text);
    console.log(`Vastgelegd in ${file}`);
  } else {
    console.error(`Mislukt: ${failed.map((o) => o.name).join(', ')}; BENCHMARKS.md is niet bijgewerkt.`);
  }
  if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, `${JSON.stringify({ quick: QUICK, benchmarks: outcomes }, null, 2)}\n`);
  if (failed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
