/**
 * Watches the user's text selection in the article (mouse drag or Shift+arrows) and plain
 * clicks on the text, reporting them as anchor-text passages and offsets.
 */
import { useEffect } from 'react';
import { offsetFromPoint, offsetsFromRange, type ArticleTextIndex } from '../anchoring/dom-ranges';
import type { Passage } from './create-annotation';

interface SelectionHandlers {
  /** A non-empty selection in the text ended. */
  onSelect: (passage: Passage, range: Range) => void;
  /** A click on the text that selected nothing, at this anchor offset (undefined: not on text). */
  onClickText: (offset: number | undefined) => void;
}

/** The current selection as a passage of the article, if it has one. */
export function selectedPassage(index: ArticleTextIndex): { passage: Passage; range: Range } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(index.article)) return undefined;
  const passage = offsetsFromRange(index, range);
  return passage && { passage, range };
}

// How far (CSS px) the pointer may move between press and release for a click.
const CLICK_SLOP = 4;

function insidePopover(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.annotation-popover, dialog, .annotation-margin') !== null;
}

/** Calls the handlers after each mouse or keyboard selection; `getIndex` gives the current index. */
export function useSelectionPassage(getIndex: () => ArticleTextIndex | undefined, handlers: SelectionHandlers): void {
  useEffect(() => {
    let down: { x: number; y: number } | undefined;
    function beforeMouse(event: MouseEvent) {
      down = { x: event.clientX, y: event.clientY };
    }
    function afterMouse(event: MouseEvent) {
      if (event.button !== 0 || insidePopover(event.target)) return;
      const index = getIndex();
      if (!index) return;
      // A single click that did not move is a click, also inside a selection left from before
      // (Chromium collapses that only after mouseup): it opens the highlight under it. A drag,
      // a double click (a word) or Shift+click (extending) is a selection.
      const moved = !down || Math.hypot(event.clientX - down.x, event.clientY - down.y) > CLICK_SLOP;
      const selected = moved || event.detail > 1 || event.shiftKey ? selectedPassage(index) : undefined;
      if (selected) handlers.onSelect(selected.passage, selected.range);
      else if (event.target instanceof Node && index.article.contains(event.target)) {
        handlers.onClickText(offsetFromPoint(index, event.clientX, event.clientY));
      }
    }
    function afterKey(event: KeyboardEvent) {
      if (!event.shiftKey || insidePopover(event.target)) return;
      const index = getIndex();
      const selected = index && selectedPassage(index);
      if (selected) handlers.onSelect(selected.passage, selected.range);
    }
    document.addEventListener('mousedown', beforeMouse);
    document.addEventListener('mouseup', afterMouse);
    document.addEventListener('keyup', afterKey);
    return () => {
      document.removeEventListener('mousedown', beforeMouse);
      document.removeEventListener('mouseup', afterMouse);
      document.removeEventListener('keyup', afterKey);
    };
  }, [getIndex, handlers]);
}
