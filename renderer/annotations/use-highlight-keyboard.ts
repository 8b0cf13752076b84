/**
 * Opening a highlight from the keyboard. Highlights are painted with the CSS Highlight API
 * (paint-highlights.ts): there is no element in the text to focus, and adding one per
 * annotation would change the memoised article's DOM and could add hundreds of tab stops. So
 * each annotation has exactly one tab stop, its margin marker (MarginMarkers, in reading
 * order): while a marker has the focus (or the pointer), its passage in the text is painted as
 * focused (FOCUS_HIGHLIGHT), so the raadslid sees which words Enter opens. And where the caret
 * itself is in the text (caret browsing, or after a click), Enter on a highlight opens it
 * too; a plain click on a highlight opens it (AnnotationLayer), while a drag that starts on
 * one still selects.
 */
import { useEffect } from 'react';
import type { AnchoredAnnotation } from '../anchoring/anchor-all';
import { offsetOfPoint, type ArticleTextIndex } from '../anchoring/dom-ranges';
import { annotationsAt } from './annotations-at';

// Enter on these keeps its own meaning (a button, a link, a field, a dialog).
const OWN_ENTER = 'a[href], button, input, textarea, select, summary, [contenteditable], [role="button"], dialog, .annotation-popover';

/** The anchor offset of a collapsed caret inside the article's text, if that is where it is. */
export function caretOffset(index: ArticleTextIndex): number | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return undefined;
  const { startContainer, startOffset } = selection.getRangeAt(0);
  if (startContainer.nodeType !== Node.TEXT_NODE || !index.article.contains(startContainer)) return undefined;
  return offsetOfPoint(index, startContainer, startOffset, 'start');
}

/** Calls `open` with the innermost annotation under the caret when Enter is pressed in the text. */
export function useEnterOnHighlight(
  getIndex: () => ArticleTextIndex | undefined,
  anchored: readonly AnchoredAnnotation[],
  open: (id: string) => void,
): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest(OWN_ENTER)) return;
      const index = getIndex();
      const at = index && caretOffset(index);
      if (at === undefined) return;
      // At the very end of a highlight the caret is still "on" it, as after reading its last word.
      const hit = annotationsAt(anchored, at)[0] ?? annotationsAt(anchored, at - 1)[0];
      if (!hit) return;
      event.preventDefault();
      open(hit.annotation.id);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [getIndex, anchored, open]);
}
