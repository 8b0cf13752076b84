/** The reading view's annotation shortcuts ("A" to annotate, "?" for help); see ShortcutHelp. */
import { useLayoutEffect } from 'react';

interface ShortcutHandlers {
  annotate: () => void;
  showHelp: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Listens on the window while mounted; never while the user types in a field or a dialog is modal. */
export function useAnnotationShortcuts(handlers: ShortcutHandlers): void {
  // A layout effect: listening from the first painted frame on, not a moment after it.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        handlers.showHelp();
      } else if (event.key === 'a' || event.key === 'A') {
        event.preventDefault();
        handlers.annotate();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
