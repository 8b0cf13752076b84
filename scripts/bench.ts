/**
 * Benchmarks (`npm run bench`, after a build): prints medians and records them in
 * BENCHMARKS.md together with a description of the machine. Every figure is set against a
 * baseline measured in the same run, because absolute times on a shared machine are noisy.
 *
 * - Conversion of all five documents, against loading the prebuilt JSON (what the app does).
 * - In Chromium: navigation to the first document text painted in the reader, against the
 *   same text as a plain static HTML page served by the same server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, freemem, totalmem, release, type } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { convertAll, readSources } from './convert-all';

const root = join(import.meta.dirname, '..');
const RUNS = 25;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function benchConversion(): { convert: number; load: number } {
  const sources = readSources();
  const built = sources.map((s) => readFileSync(join(root, 'dist', 'renderer', 'documents', `${s.info.id}.json`), 'utf8'));
  for (let i = 0; i < 5; i++) convertAll(sources); // warm-up: JIT
  const convert = median(Array.from({ length: RUNS }, () => time(() => convertAll(sources))));
  const load = median(Array.from({ length: RUNS }, () => time(() => built.forEach((json) => JSON.parse(json)))));
  return { convert, load };
}

async function startPreview(port: number): Promise<ChildProcess> {
  const server = spawn(join(root, 'node_modules', '.bin', 'vite'), ['preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && resolve());
    server.on('exit', () => reject(new Error('vite preview stopped')));
  });
  return server;
}

/** Writes a static page with the beleidskader's text into the build, as the paint baseline. */
function writeBaselinePage(): void {
  const model = JSON.parse(readFileSync(join(root, 'dist', 'renderer', 'documents', 'beleidskader-sociaal-domein-2023-2026.json'), 'utf8')) as {
    title: string;
    blocks: { kind: string; text?: string }[];
  };
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = model.blocks.filter((b) => b.text).map((b) => `<p>${escape(b.text!)}</p>`).join('\n');
  writeFileSync(join(root, 'dist', 'renderer', 'bench-baseline.html'), `<!doctype html><html lang="nl"><meta charset="utf-8"><title>${escape(model.title)}</title><main><h1>${escape(model.title)}</h1>${body}</main></html>`);
}

async function benchFirstPaint(port: number): Promise<{ reader: number; baseline: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const base = `http://127.0.0.1:${port}/`;
  // The largest contentful paint inside the article is the document text appearing.
  const measure = async (url: string, selector: string): Promise<number> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(selector);
    const ms = await page.evaluate(
      (sel) =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { element?: Element | null })[];
            const inText = entries.filter((e) => e.element && e.element.closest(sel));
            resolve((inText.at(-1) ?? entries.at(-1))!.startTime);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
      selector.split(' ')[0]!,
    );
    await context.close();
    return ms;
  };
  const readerUrl = `${base}#/doc/beleidskader-sociaal-domein-2023-2026`;
  await measure(readerUrl, 'main p'); // warm the server and disk cache
  const reader: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 15; i++) {
    reader.push(await measure(readerUrl, 'main p'));
    baseline.push(await measure(`${base}bench-baseline.html`, 'main p'));
  }
  await browser.close();
  return { reader: median(reader), baseline: median(baseline) };
}

function describeMachine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'onbekende CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB geheugen (${(freemem() / 2 ** 30).toFixed(0)} GiB vrij), ${type()} ${release()}, Node ${process.version}`;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const conversion = benchConversion();
  console.log(`Omzetten van alle vijf documenten: mediaan ${fmt(conversion.convert)} (voorgebouwde JSON laden: ${fmt(conversion.load)})`);
  writeBaselinePage();
  const port = 4180;
  const server = await startPreview(port);
  let paint: { reader: number; baseline: number };
  try {
    paint = await benchFirstPaint(port);
  } finally {
    server.kill();
  }
  console.log(`Eerste documenttekst getekend (beleidskader): mediaan ${fmt(paint.reader)} (statische HTML-pagina: ${fmt(paint.baseline)})`);

  const rows = [
    ['Omzetten van alle vijf documenten (converter)', fmt(conversion.convert), `voorgebouwde JSON laden: ${fmt(conversion.load)}`, `${(conversion.convert / conversion.load).toFixed(1)}×`, '< 300 ms'],
    ['Navigatie → eerste documenttekst getekend (Chromium, beleidskader)', fmt(paint.reader), `statische HTML met dezelfde tekst: ${fmt(paint.baseline)}`, `${(paint.reader / paint.baseline).toFixed(1)}×`, '< 300 ms'],
  ];
  const section = [
    '## Lezer: omzetten en eerste tekst',
    '',
    `Gemeten op ${new Date().toISOString().slice(0, 10)}: ${describeMachine()}; Chromium via Playwright, headless.`,
    `Medianen over ${RUNS} (omzetten) en 15 (tekenen) herhalingen.`,
    '',
    '| meting | mediaan | basislijn in dezelfde run | verhouding | doel |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  const file = join(root, 'BENCHMARKS.md');
  const header = '# Benchmarks\n\nGemaakt met `npm run bench`; elke meting staat naast een basislijn uit dezelfde run.\n\n';
  writeFileSync(file, header + section);
  console.log(`Vastgelegd in ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
