/**
 * Maps offsets in a document's anchor text (anchor-text.ts) onto the rendered article and
 * back: an anchor offset ⇄ a DOM point, an annotation ⇄ a DOM Range, the user's selection
 * or a click ⇄ anchor offsets. The article is read, never changed.
 *
 * The walk mirrors buildAnchorText: each element with data-block-id is a block starting at
 * its span's offset; inside it, text nodes follow in DOM order, and a "\n" separates text of
 * different cells (li, th, td, caption). Subtrees marked data-no-anchor (buttons, notes the
 * app adds) are skipped, so they are never part of a quote.
 */
import type { AnchorText } from './anchor-text';

/** Fired on window by whatever splits or joins the article's text nodes outside React (search marks). */
export const TEXT_NODES_CHANGED = 'leestafel:text-nodes-changed';

/** A text node of the article and the span [start, end) of the anchor text it shows. */
export interface TextSegment<N = Text> {
  node: N;
  start: number;
  end: number;
}

/** One rendered block: its text pieces in DOM order, each with the cell it belongs to (or null). */
export interface BlockPieces<N> {
  blockId: string;
  pieces: { node: N; length: number; cell: unknown }[];
}

/** The text segments of an article, in order, and the blocks whose rendering did not match. */
export interface SegmentLayout<N> {
  segments: TextSegment<N>[];
  /** Blocks whose text length differs from the anchor text: their offsets cannot be trusted. */
  mismatched: string[];
}

/** A point in a text node. */
export interface TextPoint<N = Text> {
  node: N;
  offset: number;
}

const CELL_SEPARATOR_LENGTH = 1;

/** Places the pieces of each block in the anchor text (pure: nodes are opaque). */
export function layoutSegments<N>(anchorText: AnchorText, blocks: readonly BlockPieces<N>[]): SegmentLayout<N> {
  const spans = new Map(anchorText.blocks.map((span) => [span.id, span]));
  const segments: TextSegment<N>[] = [];
  const mismatched: string[] = [];
  for (const block of blocks) {
    const span = spans.get(block.blockId);
    if (!span) {
      mismatched.push(block.blockId);
      continue;
    }
    const placed: TextSegment<N>[] = [];
    let at = span.start;
    let previousCell: unknown = undefined;
    block.pieces.forEach((piece, index) => {
      if (piece.length === 0) return;
      if (index > 0 && placed.length > 0 && piece.cell !== previousCell) at += CELL_SEPARATOR_LENGTH;
      placed.push({ node: piece.node, start: at, end: at + piece.length });
      at += piece.length;
      previousCell = piece.cell;
    });
    if (at !== span.end) mismatched.push(block.blockId);
    else segments.push(...placed);
  }
  return { segments, mismatched };
}

/** Index of the first segment that ends after `offset` (segments.length if none). */
function firstEndingAfter<N>(segments: readonly TextSegment<N>[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where an anchor offset falls: the segment's index and the offset in its node. */
interface SegmentPoint {
  segment: number;
  offset: number;
}

/**
 * Locates an anchor offset. A start snaps forward over a separator to the next text; an end
 * snaps back to the end of the previous text, so a range never begins or ends in a gap
 * between cells or blocks.
 */
function locate<N>(segments: readonly TextSegment<N>[], offset: number, side: 'start' | 'end'): SegmentPoint | undefined {
  if (side === 'start') {
    const index = firstEndingAfter(segments, offset);
    const segment = segments[index];
    return segment ? { segment: index, offset: Math.max(0, offset - segment.start) } : undefined;
  }
  const index = lastStartingBefore(segments, offset);
  const segment = segments[index];
  return segment ? { segment: index, offset: Math.min(offset, segment.end) - segment.start } : undefined;
}

/** Index of the last segment that starts before `offset` (-1 if none). */
function lastStartingBefore<N>(segments: readonly TextSegment<N>[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The text point of an anchor offset, as the start or the end of a range. */
export function pointAtOffset<N>(segments: readonly TextSegment<N>[], offset: number, side: 'start' | 'end'): TextPoint<N> | undefined {
  const point = locate(segments, offset, side);
  return point && { node: segments[point.segment]!.node, offset: point.offset };
}

/** The start and end points of the anchor range [start, end), or undefined if it shows no text. */
export function pointsOfRange<N>(segments: readonly TextSegment<N>[], start: number, end: number): { start: TextPoint<N>; end: TextPoint<N> } | undefined {
  const from = locate(segments, start, 'start');
  const to = locate(segments, end, 'end');
  if (!from || !to) return undefined;
  if (segments[from.segment]!.start + from.offset >= segments[to.segment]!.start + to.offset) return undefined;
  return {
    start: { node: segments[from.segment]!.node, offset: from.offset },
    end: { node: segments[to.segment]!.node, offset: to.offset },
  };
}

/** Shrinks [start, end) so it neither begins nor ends with white space; undefined if nothing is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

// ---------------------------------------------------------------------------------------
// The DOM side.

/** The text segments of one rendered article, with a lookup from text node to segment. */
export interface ArticleTextIndex {
  article: HTMLElement;
  anchorText: AnchorText;
  segments: TextSegment[];
  segmentOf: Map<Text, TextSegment>;
  mismatched: string[];
}

const CELL_SELECTOR = 'li, th, td, caption';

function blockPieces(block: HTMLElement): BlockPieces<Text> {
  const pieces: BlockPieces<Text>['pieces'] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('data-no-anchor')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node as Text;
    pieces.push({ node: text, length: text.data.length, cell: text.parentElement?.closest(CELL_SELECTOR) ?? null });
  }
  return { blockId: block.dataset.blockId ?? '', pieces };
}

/** Walks the article's blocks and places every text node in the anchor text. */
export function indexArticle(article: HTMLElement, anchorText: AnchorText): ArticleTextIndex {
  const blocks = Array.from(article.querySelectorAll<HTMLElement>('[data-block-id]'), blockPieces);
  const { segments, mismatched } = layoutSegments(anchorText, blocks);
  return { article, anchorText, segments, segmentOf: new Map(segments.map((s) => [s.node, s])), mismatched };
}

/** Whether the index still describes the article (React has not replaced its text nodes). */
export function isIndexCurrent(index: ArticleTextIndex): boolean {
  const first = index.segments[0];
  const last = index.segments[index.segments.length - 1];
  return !first || (first.node.isConnected && last!.node.isConnected);
}

/** A live DOM Range over the anchor range [start, end), or undefined if it shows no text. */
export function rangeFromOffsets(index: ArticleTextIndex, start: number, end: number): Range | undefined {
  const points = pointsOfRange(index.segments, start, end);
  if (!points) return undefined;
  const range = index.article.ownerDocument.createRange();
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}

/** A StaticRange over [start, end): cheap to make in thousands, for painting. */
export function staticRangeFromOffsets(index: ArticleTextIndex, start: number, end: number): StaticRange | undefined {
  const points = pointsOfRange(index.segments, start, end);
  if (!points) return undefined;
  return new StaticRange({
    startContainer: points.start.node,
    startOffset: points.start.offset,
    endContainer: points.end.node,
    endOffset: points.end.offset,
  });
}

/**
 * The anchor offset of a DOM point. A point in an indexed text node maps directly; any other
 * point (an element boundary, a skipped note) maps to the nearest text after it (a start)
 * or before it (an end).
 */
export function offsetOfPoint(index: ArticleTextIndex, container: Node, offset: number, side: 'start' | 'end'): number | undefined {
  const segment = container.nodeType === Node.TEXT_NODE ? index.segmentOf.get(container as Text) : undefined;
  if (segment) return segment.start + Math.min(offset, segment.end - segment.start);
  const { segments } = index;
  if (segments.length === 0) return undefined;
  const probe = index.article.ownerDocument.createRange();
  probe.setStart(container, offset);
  // Binary search for the first segment whose text lies after the point.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(segments[mid]!.node, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  if (side === 'start') return lo < segments.length ? segments[lo]!.start : undefined;
  return lo > 0 ? segments[lo - 1]!.end : undefined;
}

/** The anchor range of a DOM range (the user's selection), trimmed of white space; undefined outside the text. */
export function offsetsFromRange(index: ArticleTextIndex, range: AbstractRange): { start: number; end: number } | undefined {
  if (range.collapsed) return undefined;
  const start = offsetOfPoint(index, range.startContainer, range.startOffset, 'start');
  const end = offsetOfPoint(index, range.endContainer, range.endOffset, 'end');
  if (start === undefined || end === undefined || start >= end) return undefined;
  return trimRange(index.anchorText.text, start, end);
}

/** The anchor offset under a screen point (a click), or undefined when it is not on the text. */
export function offsetFromPoint(index: ArticleTextIndex, x: number, y: number): number | undefined {
  const doc = index.article.ownerDocument;
  let node: Node | undefined;
  let offset = 0;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    if (position) ({ offsetNode: node, offset } = position);
  } else if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    if (range) ({ startContainer: node, startOffset: offset } = range);
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
  const segment = index.segmentOf.get(node as Text);
  return segment ? segment.start + Math.min(offset, segment.end - segment.start) : undefined;
}
