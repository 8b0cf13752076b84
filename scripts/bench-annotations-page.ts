/**
 * The browser side of scripts/bench-annotations.ts, bundled by it: renders a document with
 * the reader's own DocumentArticle and times painting N annotation highlights with the CSS
 * Custom Highlight API (the app's paintHighlights) against mark.js's markRanges on the same
 * ranges.
 */
import Mark from 'mark.js';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { AnchoredAnnotation } from '../renderer/anchoring/anchor-all';
import { buildAnchorText, type AnchorText } from '../renderer/anchoring/anchor-text';
import { COLORS, type Annotation } from '../renderer/model/annotation';
import { indexArticle, pointsOfRange } from '../renderer/anchoring/dom-ranges';
import { clearHighlights, paintHighlights } from '../renderer/annotations/paint-highlights';
import type { DocumentModel } from '../renderer/documents/model';
import { DocumentArticle } from '../renderer/reader/DocumentArticle';

let root: Root | undefined;
let model: DocumentModel;
let anchorText: AnchorText;

/** Renders the whole document as the reader does, resolving once every block is in the article. */
function render(): Promise<HTMLElement> {
  root?.unmount();
  const container = document.getElementById('root')!;
  root = createRoot(container);
  return new Promise((resolve) => {
    flushSync(() => root!.render(createElement(DocumentArticle, { document: model, onComplete: resolve })));
  });
}

/** `count` non-overlapping passages of one to three words, spread evenly over the text. */
function passages(count: number): { start: number; end: number }[] {
  const text = anchorText.text;
  const slot = Math.floor(text.length / count);
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < count; i++) {
    const from = i * slot;
    const words = [...text.slice(from, from + slot).matchAll(/[\p{L}\p{N}]+/gu)];
    if (words.length === 0) continue;
    const first = words[0]!;
    const last = words[Math.min(words.length - 1, 1 + (i % 3))]!;
    found.push({ start: from + first.index!, end: from + last.index! + last[0].length });
  }
  return found;
}

function anchoredOf(ranges: { start: number; end: number }[]): AnchoredAnnotation[] {
  return ranges.map((r, i) => ({
    annotation: { id: `a${i}`, color: COLORS.entries[i % COLORS.entries.length]!.code } as Annotation,
    status: 'exact',
    start: r.start,
    end: r.end,
  }));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function paintHighlightApi(count: number) {
  const article = await render();
  clearHighlights();
  await nextFrame();
  const anchored = anchoredOf(passages(count));
  const start = performance.now();
  const { painted } = paintHighlights(article, anchorText, anchored);
  void document.body.offsetHeight;
  const sync = performance.now() - start;
  await nextFrame();
  const frame = performance.now() - start;
  return { sync, frame, painted, elementsAdded: 0 };
}

async function paintMarkJs(count: number) {
  const article = await render();
  clearHighlights();
  await nextFrame();
  const before = article.getElementsByTagName('*').length;
  // mark.js counts offsets over the concatenated text nodes of its context, without separators.
  const index = indexArticle(article, anchorText);
  const cumulative = new Map<Text, number>();
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    cumulative.set(node as Text, total);
    total += (node as Text).data.length;
  }
  const ranges = passages(count).flatMap((p) => {
    const points = pointsOfRange(index.segments, p.start, p.end);
    if (!points) return [];
    const start = cumulative.get(points.start.node)! + points.start.offset;
    return [{ start, length: cumulative.get(points.end.node)! + points.end.offset - start }];
  });
  const started = performance.now();
  new Mark(article).markRanges(ranges);
  void document.body.offsetHeight;
  const sync = performance.now() - started;
  await nextFrame();
  const frame = performance.now() - started;
  return { sync, frame, painted: article.querySelectorAll('mark').length, elementsAdded: article.getElementsByTagName('*').length - before };
}

declare global {
  interface Window {
    benchAnnotations: {
      load: (document: DocumentModel) => number;
      highlightApi: typeof paintHighlightApi;
      markJs: typeof paintMarkJs;
    };
  }
}

window.benchAnnotations = {
  load(document) {
    model = document;
    anchorText = buildAnchorText(document);
    return anchorText.text.length;
  },
  highlightApi: paintHighlightApi,
  markJs: paintMarkJs,
};
