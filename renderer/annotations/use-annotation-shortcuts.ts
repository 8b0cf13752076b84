/** The reading view's annotation shortcuts ("A" to annotate, "?" for help); see ShortcutHelp. */
import { useLayoutEffect } from 'react';
import { isShortcutKeyPress } from '../keyboard/shortcut-key';

interface ShortcutHandlers {
  annotate: () => void;
  showHelp: () => void;
}

/** Listens on the window while mounted; never while the user types in a field or a dialog is modal. */
export function useAnnotationShortcuts(handlers: ShortcutHandlers): void {
  // A layout effect: listening from the first painted frame on, not a moment after it.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isShortcutKeyPress(event)) return;
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
