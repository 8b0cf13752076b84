/**
 * The panel's two ways into the rendered text: bringing an annotation's passage into view
 * (scroll to its block, then flash the words with the CSS Custom Highlight API, which leaves
 * React's DOM untouched) and reading the user's current selection as anchor offsets.
 */
import { scrollToBlock } from '../navigation/scroll-to-block';
import { blockAt, type AnchorText } from '../anchoring/anchor-text';
import { indexArticle, offsetsFromRange, rangeFromOffsets } from '../anchoring/dom-ranges';

/** The name of the highlight that flashes a passage; styled with ::highlight(passage-flash). */
export const FLASH_HIGHLIGHT = 'passage-flash';
const FLASH_MS = 2000;
let flashTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Scrolls to the block that holds `start`, gives it the focus, and flashes [start, end).
 * Returns false when the document has no block there.
 */
export function goToPassage(article: HTMLElement, anchorText: AnchorText, start: number, end: number): boolean {
  const block = blockAt(anchorText, start);
  const element = block && article.querySelector(`[data-block-id="${CSS.escape(block.id)}"]`);
  if (!block || !element) return false;
  // Paragraphs are not focusable by themselves; the keyboard focus must follow to the passage,
  // so that Tab continues from there.
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  scrollToBlock(block.id, { focus: true });
  const range = rangeFromOffsets(indexArticle(article, anchorText), start, end);
  if (!range) return true;
  // A passage deep inside a long block may still be below the fold.
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.top > window.innerHeight - 40) window.scrollBy(0, rect.top - window.innerHeight / 3);
  flash(range);
  return true;
}

function flash(range: Range): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
}

/** The user's current selection in the article as anchor offsets (trimmed), or undefined. */
export function selectionInArticle(article: HTMLElement, anchorText: AnchorText): { start: number; end: number } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.commonAncestorContainer)) return undefined;
  return offsetsFromRange(indexArticle(article, anchorText), range);
}
