/**
 * Finds a selection of the reading view in the document's anchor text. The DOM shows list
 * items, table cells and heading numbers differently from the anchor text, so the selected
 * words are matched with any whitespace between them, starting in the block where the
 * selection begins and near the offset there. Pure: the caller reads the DOM.
 */
import type { AnchorText } from '../annotations/anchor-text';

/** What the reading view knows about a selection. */
export interface SelectionFacts {
  /** The block the selection starts in. */
  blockId: string;
  /** The selected text as the browser gives it. */
  selectedText: string;
  /** Characters of the block's rendered text before the selection start: a hint only. */
  offsetInBlock: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The [start, end) of the selection in the anchor text, or undefined when it is not there. */
export function locateSelection(anchorText: AnchorText, facts: SelectionFacts): { start: number; end: number } | undefined {
  const words = facts.selectedText.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return undefined;
  const block = anchorText.blocks.find((span) => span.id === facts.blockId);
  if (!block) return undefined;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  // Rendered text may carry a few extra characters (a heading's number) before the block text.
  const hint = Math.max(block.start, block.start + facts.offsetInBlock - 16);
  for (const from of [hint, block.start]) {
    pattern.lastIndex = from;
    const match = pattern.exec(anchorText.text);
    if (match && match.index <= block.end) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
