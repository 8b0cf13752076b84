/** Reads the reading view's text selection into the facts `locateSelection` needs (DOM only, no logic). */
import type { SelectionFacts } from '../selection-passage';

/** The facts of a selection inside a document block, or undefined when there is none. */
export function readSelectionFacts(range: Range | undefined, selectedText: string): SelectionFacts | undefined {
  if (!range || range.collapsed || selectedText.trim() === '') return undefined;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const block = start?.closest<HTMLElement>('[data-block-id]');
  if (!block?.dataset.blockId) return undefined;
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return { blockId: block.dataset.blockId, selectedText, offsetInBlock: before.toString().length };
}

/** The current selection's first range and text, copied so later clicks cannot change them. */
export function currentSelection(): { range: Range; text: string } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  return { range: selection.getRangeAt(0).cloneRange(), text: selection.toString() };
}
