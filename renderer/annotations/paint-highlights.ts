/**
 * Paints annotations over the text with the CSS Custom Highlight API: one Highlight per
 * colour plus one for the open annotation, styled by ::highlight() rules in
 * annotations.css. Nothing in the DOM changes, so React's text nodes stay untouched
 * (mark.js would split them and wrap each range in an element; see
 * scripts/bench-annotations.ts for the measured comparison).
 */
import type { AnchoredAnnotation } from '../anchoring/anchor-all';
import type { AnchorText } from '../anchoring/anchor-text';
import { COLORS, type ColorCode } from '../model/annotation';
import { indexArticle, staticRangeFromOffsets, type ArticleTextIndex } from '../anchoring/dom-ranges';

/** The registered name of a colour's highlight, as used in `::highlight(...)`. */
export function highlightName(color: ColorCode): string {
  return `annotation-${color}`;
}

/** The registered name of the highlight under fractie members' annotations (a dashed underline). */
export const SHARED_HIGHLIGHT = 'annotation-shared';

/** The registered name of the open annotation's highlight. */
export const ACTIVE_HIGHLIGHT = 'annotation-active';

/** The registered name of the highlight on the passage of the focused margin marker (use-highlight-keyboard.ts). */
export const FOCUS_HIGHLIGHT = 'annotation-focus';

/** Whether this browser can paint highlights (Electron's Chromium and Chromium ≥ 105 can). */
export function canPaintHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints the anchored annotations (replacing earlier paint); returns how many ranges were painted. */
export function paintIndexed(index: ArticleTextIndex, anchored: readonly AnchoredAnnotation[], activeId?: string): number {
  if (!canPaintHighlights()) return 0;
  const byColor = new Map<ColorCode, StaticRange[]>(COLORS.entries.map((c) => [c.code, []]));
  const active: StaticRange[] = [];
  const shared: StaticRange[] = [];
  let painted = 0;
  for (const { annotation, start, end } of anchored) {
    const range = staticRangeFromOffsets(index, start, end);
    if (!range) continue;
    byColor.get(annotation.color)?.push(range);
    if (annotation.id === activeId) active.push(range);
    if (annotation.origin) shared.push(range);
    painted++;
  }
  for (const [color, ranges] of byColor) {
    const highlight = new Highlight(...ranges);
    highlight.priority = 0;
    CSS.highlights.set(highlightName(color), highlight);
  }
  CSS.highlights.set(SHARED_HIGHLIGHT, new Highlight(...shared));
  const activeHighlight = new Highlight(...active);
  // Above the colours, so the open annotation stands out where annotations overlap.
  activeHighlight.priority = 1;
  CSS.highlights.set(ACTIVE_HIGHLIGHT, activeHighlight);
  return painted;
}

/**
 * Paints annotations in an article: `paintHighlights(article, anchorText, anchored)`.
 * Returns the index it built, for callers that paint again without re-walking the DOM.
 */
export function paintHighlights(
  article: HTMLElement,
  anchorText: AnchorText,
  anchored: readonly AnchoredAnnotation[],
  activeId?: string,
): { index: ArticleTextIndex; painted: number } {
  const index = indexArticle(article, anchorText);
  return { index, painted: paintIndexed(index, anchored, activeId) };
}

/** Paints [start, end) as the focused annotation's passage, or clears that paint (no range). */
export function paintFocused(index: ArticleTextIndex | undefined, passage?: { start: number; end: number }): void {
  if (!canPaintHighlights()) return;
  const range = index && passage && staticRangeFromOffsets(index, passage.start, passage.end);
  const highlight = range ? new Highlight(range) : new Highlight();
  highlight.priority = 2;
  CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
}

/** Removes all annotation paint (leaving the document). */
export function clearHighlights(): void {
  if (!canPaintHighlights()) return;
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
  for (const color of COLORS.entries) CSS.highlights.delete(highlightName(color.code));
  CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  CSS.highlights.delete(SHARED_HIGHLIGHT);
}
