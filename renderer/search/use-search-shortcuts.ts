/**
 * React hook: the search's global keys. Ctrl+K (Cmd+K) focuses the box; Ctrl+F in a document
 * also limits the search to that document and marks its hits; F3 / Shift+F3 in a document step
 * to the next / previous hit. They work wherever the focus is, text fields included.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { setFilters, startMarking } from './search-store';
import type { StepDirection } from './step-through-hits';

/** What the shortcuts act on. */
export interface SearchShortcutTargets {
  /** The search box's input. */
  input: RefObject<HTMLInputElement | null>;
  /** The document on screen, if any (Ctrl+F and F3 search in it). */
  documentId: string | undefined;
  /** Steps through the document's hits (see stepThroughHits). */
  step: (direction: StepDirection) => void;
}

/** Listens on the window for Ctrl+K, Ctrl+F and F3 while mounted. */
export function useSearchShortcuts({ input, documentId, step }: SearchShortcutTargets): void {
  // Ctrl+K, Ctrl+F, F3 work from the first painted frame on (a layout effect: a passive one may
  // run only after the screen shows, and lose a quick Ctrl+K). No dependency list: the listener
  // is renewed with every render, so it always sees the current document and query.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && !event.altKey && (key === 'k' || key === 'f')) {
        event.preventDefault();
        if (key === 'f' && documentId) {
          setFilters({ documentFilter: documentId });
          startMarking(documentId);
        }
        input.current?.focus({ preventScroll: true });
        input.current?.select();
        return;
      }
      if (event.key === 'F3' && documentId) {
        event.preventDefault();
        step(event.shiftKey ? 'previous' : 'next');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
}
