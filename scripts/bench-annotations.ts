/**
 * Annotation benchmarks on the beleidskader (`npx tsx scripts/bench-annotations.ts`):
 *
 * - In Chromium: painting 1,000 and 5,000 highlights with the CSS Custom Highlight API (what
 *   the app does) against mark.js's markRanges on the same ranges, in the same run.
 * - In Node: re-anchoring 1,000 annotations after the document was edited (a paragraph
 *   inserted at the top, words inserted, deleted and replaced, paragraphs deleted and one
 *   moved), with how many landed on the right words and how many became orphans.
 *
 * Prints medians and writes them to annotations.json in the results folder (bench-results/ for
 * a full run; see bench-mode.ts). With `--quick`: 200 annotations re-anchored once, 200 and
 * 1,000 highlights painted once each without warm-up — the same code end to end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { anchorAll } from '../renderer/anchoring/anchor-all';
import { blockAt, buildAnchorText, BLOCK_SEPARATOR } from '../renderer/anchoring/anchor-text';
import type { Annotation } from '../renderer/model/annotation';
import { describeRange } from '../renderer/anchoring/selectors';
import type { Block, DocumentModel } from '../renderer/documents/model';
import { QUICK, resultsDir, root, size } from './bench-mode';
import { convertAll, readSources } from './convert-all';
import { seededRandom } from './bench-annotation-data';
import { CHROMIUM, median } from './bench-browser';

const DOCUMENT_ID = 'beleidskader-sociaal-domein-2023-2026';
/** How many highlights are painted, in rising order: the last is the one with a target. */
const PAINT_COUNTS = size([1000, 5000], [200, 1000]);
const PAINT_RUNS = size(11, 1);
const ANNOTATIONS = size(1000, 200);
const ANCHOR_RUNS = size(7, 1);

async function benchPainting(model: DocumentModel) {
  const bundle = await build({
    entryPoints: [join(root, 'scripts', 'bench-annotations-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
  });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent('<!doctype html><html lang="nl"><head><style>::highlight(annotation-geel){background:yellow}</style></head><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await page.evaluate((m) => window.benchAnnotations.load(m), model);
    const results = [];
    for (const count of PAINT_COUNTS) {
      const api: { sync: number; frame: number; painted: number; elementsAdded: number }[] = [];
      const mark: typeof api = [];
      // Warm-up, then alternate so both meet the same machine state.
      if (!QUICK) {
        await page.evaluate((n) => window.benchAnnotations.highlightApi(n), count);
        await page.evaluate((n) => window.benchAnnotations.markJs(n), count);
      }
      for (let run = 0; run < PAINT_RUNS; run++) {
        api.push(await page.evaluate((n) => window.benchAnnotations.highlightApi(n), count));
        mark.push(await page.evaluate((n) => window.benchAnnotations.markJs(n), count));
      }
      const summary = (runs: typeof api) => ({
        medianMs: median(runs.map((r) => r.sync)),
        medianToNextFrameMs: median(runs.map((r) => r.frame)),
        painted: runs[0]!.painted,
        elementsAdded: runs[0]!.elementsAdded,
      });
      const highlightApi = summary(api);
      const markJs = summary(mark);
      // A figure over part of the text would flatter both: every passage must have been painted.
      if (highlightApi.painted !== count) throw new Error(`Highlight API painted ${highlightApi.painted} of ${count} passages`);
      results.push({ count, highlightApi, markJs, ratio: markJs.medianMs / highlightApi.medianMs });
      console.log(
        `paint ${count}: Highlight API ${highlightApi.medianMs.toFixed(1)} ms (to next frame ${highlightApi.medianToNextFrameMs.toFixed(1)} ms, ${highlightApi.painted} ranges, 0 elements added)` +
          ` · mark.js ${markJs.medianMs.toFixed(1)} ms (to next frame ${markJs.medianToNextFrameMs.toFixed(1)} ms, ${markJs.elementsAdded} elements added)` +
          ` · mark.js / Highlight API = ${(markJs.medianMs / highlightApi.medianMs).toFixed(1)}×`,
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** A block's text with, per character, its offset in the original anchor text (-1: new). */
interface TrackedText {
  chars: string[];
  origins: number[];
}

function benchReanchoring(model: DocumentModel) {
  const next = seededRandom(2023);
  const original = buildAnchorText(model);
  const spans = new Map(original.blocks.map((s) => [s.id, s]));
  const paragraphs = model.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 80);

  // ANNOTATIONS annotations of 3–12 words in paragraphs.
  const annotations: Annotation[] = [];
  while (annotations.length < ANNOTATIONS) {
    const block = paragraphs[Math.floor(next() * paragraphs.length)]!;
    const span = spans.get(block.id)!;
    const words = [...original.text.slice(span.start, span.end).matchAll(/\S+/g)];
    const length = 3 + Math.floor(next() * 10);
    if (words.length <= length) continue;
    const first = Math.floor(next() * (words.length - length));
    const start = span.start + words[first]!.index!;
    const last = words[first + length - 1]!;
    const end = span.start + last.index! + last[0].length;
    annotations.push({
      id: `a${annotations.length}`,
      documentId: model.id,
      documentVersion: model.version,
      target: describeRange(original.text, start, end, blockAt(original, start)!.id),
      color: 'geel',
      note: '',
      tags: [],
      visibility: 'prive',
      author: { naam: 'Bench', fractie: '' },
      createdAt: 0,
      updatedAt: 0,
    });
  }

  // The edited version, tracking where every character came from.
  const tracked = new Map<string, TrackedText>();
  for (const block of model.blocks) {
    const span = spans.get(block.id)!;
    const text = original.text.slice(span.start, span.end);
    tracked.set(block.id, { chars: [...text].length === text.length ? text.split('') : Array.from(text, (c) => c), origins: Array.from({ length: text.length }, (_, i) => span.start + i) });
  }
  const wordBoundaries = (t: TrackedText) => t.chars.flatMap((c, i) => (c === ' ' ? [i] : []));
  const insert = (t: TrackedText, at: number, words: string) => {
    t.chars.splice(at, 0, ...words.split(''));
    t.origins.splice(at, 0, ...Array.from(words, () => -1));
  };
  const edits = { wordsInserted: 0, wordsDeleted: 0, wordsReplaced: 0, paragraphsDeleted: 0, paragraphsMoved: 0, paragraphsInserted: 1 };
  paragraphs.forEach((block, i) => {
    const t = tracked.get(block.id)!;
    const spaces = wordBoundaries(t);
    if (spaces.length < 4) return;
    const at = spaces[Math.floor(next() * spaces.length)]!;
    if (i % 10 === 0) {
      insert(t, at, ' en bovendien');
      edits.wordsInserted += 2;
    } else if (i % 15 === 1) {
      const end = t.chars.indexOf(' ', at + 1);
      if (end > at) {
        t.chars.splice(at, end - at);
        t.origins.splice(at, end - at);
        edits.wordsDeleted++;
      }
    } else if (i % 25 === 2) {
      const end = t.chars.indexOf(' ', at + 1);
      if (end > at) {
        t.chars.splice(at + 1, end - at - 1, ...'gemeenschap'.split(''));
        t.origins.splice(at + 1, end - at - 1, ...Array.from('gemeenschap', () => -1));
        edits.wordsReplaced++;
      }
    }
  });
  const deleted = new Set([paragraphs[40]!.id, paragraphs[120]!.id]);
  edits.paragraphsDeleted = deleted.size;
  const moved = paragraphs[80]!;
  edits.paragraphsMoved = 1;
  const newParagraph: Block = { kind: 'paragraph', id: 'nieuw', lines: [0, 0], text: 'Deze alinea is in de nieuwe versie toegevoegd, vóór alle andere tekst van het beleidskader.' };
  tracked.set('nieuw', { chars: newParagraph.text.split(''), origins: Array.from(newParagraph.text, () => -1) });
  const order: Block[] = [];
  model.blocks.forEach((block, i) => {
    if (i === 1) order.push(newParagraph);
    if (deleted.has(block.id) || block.id === moved.id) return;
    order.push(block);
    if (block.id === paragraphs[20]!.id) order.push(moved);
  });
  const edited: DocumentModel = {
    ...model,
    version: 'bewerkt',
    blocks: order.map((b) => (b.kind === 'paragraph' ? { ...b, text: tracked.get(b.id)!.chars.join('') } : b)),
  };
  const editedText = buildAnchorText(edited);
  const origins: number[] = [];
  order.forEach((b, i) => {
    if (i > 0) origins.push(...Array.from(BLOCK_SEPARATOR, () => -1));
    origins.push(...tracked.get(b.id)!.origins);
  });
  if (origins.length !== editedText.text.length) throw new Error('origin tracking out of step');

  const times: number[] = [];
  let result = anchorAll(editedText, edited.version, annotations);
  for (let run = 0; run < ANCHOR_RUNS; run++) {
    const start = performance.now();
    result = anchorAll(editedText, edited.version, annotations, new Map());
    times.push(performance.now() - start);
  }

  // Judge every annotation against where its surviving characters are now.
  const placed = new Map(result.anchored.map((a) => [a.annotation.id, a]));
  let stillThere = 0;
  let right = 0;
  let gone = 0;
  let goneOrphaned = 0;
  let gonePlacedOnRemains = 0;
  let misplaced = 0;
  const statuses: Record<string, number> = { exact: 0, moved: 0, approximate: 0, orphan: result.orphans.length };
  for (const a of result.anchored) statuses[a.status]!++;
  for (const annotation of annotations) {
    const { start, end } = annotation.target.position;
    const survivors: number[] = [];
    origins.forEach((o, i) => {
      if (o >= start && o < end) survivors.push(i);
    });
    const exists = survivors.length >= 0.7 * (end - start);
    const got = placed.get(annotation.id);
    if (!exists) {
      gone++;
      if (!got) goneOrphaned++;
      else {
        // Placed on what is left of its passage is acceptable; placed on any other text is not.
        const onRemains = survivors.length > 0 && got.start < survivors[survivors.length - 1]! + 1 && got.end > survivors[0]!;
        if (onRemains) gonePlacedOnRemains++;
        else {
          misplaced++;
          if (process.env.BENCH_DEBUG) console.log('misplaced (passage gone)', got.status, JSON.stringify(annotation.target.quote.exact), '→', JSON.stringify(editedText.text.slice(got.start, got.end)));
        }
      }
      continue;
    }
    stillThere++;
    const expected = { start: survivors[0]!, end: survivors[survivors.length - 1]! + 1 };
    if (!got) {
      if (process.env.BENCH_DEBUG) console.log('orphaned (passage still there)', JSON.stringify(annotation.target.quote.exact), 'expected', JSON.stringify(editedText.text.slice(expected.start, expected.end)));
      continue;
    }
    const overlap = Math.max(0, Math.min(got.end, expected.end) - Math.max(got.start, expected.start));
    const union = Math.max(got.end, expected.end) - Math.min(got.start, expected.start);
    if (overlap / union >= 0.8) right++;
    else {
      misplaced++;
      // BENCH_DEBUG=1 lists each misplaced annotation, to see why.
      if (process.env.BENCH_DEBUG) console.log('misplaced', got.status, JSON.stringify(annotation.target.quote.exact), '→', JSON.stringify(editedText.text.slice(got.start, got.end)), 'expected', JSON.stringify(editedText.text.slice(expected.start, expected.end)));
    }
  }
  const figures = {
    annotations: annotations.length,
    edits,
    medianMs: median(times),
    statuses,
    passageStillThere: stillThere,
    placedOnTheRightWords: right,
    rightShare: right / stillThere,
    passageGone: gone,
    passageGoneOrphaned: goneOrphaned,
    passageGonePlacedOnRemains: gonePlacedOnRemains,
    misplaced,
  };
  console.log(
    `re-anchor ${ANNOTATIONS} after edits: ${figures.medianMs.toFixed(1)} ms median · ${right}/${stillThere} on the right words (${(100 * figures.rightShare).toFixed(1)} %)` +
      ` · ${goneOrphaned}/${gone} with their passage gone are orphans (${gonePlacedOnRemains} placed on what is left of it) · ${misplaced} misplaced · statuses ${JSON.stringify(statuses)}`,
  );
  return figures;
}

async function main() {
  const model = convertAll(readSources()).find((c) => c.model.id === DOCUMENT_ID)!.model;
  const reanchor = benchReanchoring(model);
  const painting = await benchPainting(model);
  const machine = { os: `${type()} ${release()}`, cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
  mkdirSync(resultsDir(), { recursive: true });
  const file = join(resultsDir(), 'annotations.json');
  writeFileSync(
    file,
    `${JSON.stringify({ document: DOCUMENT_ID, anchorTextLength: buildAnchorText(model).text.length, machine, painting, reanchor, measuredAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(`Written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
