/** React hook: "?" opens a screen's overview of its shortcuts (ShortcutHelp). */
import { useLayoutEffect } from 'react';
import { isShortcutKeyPress } from './shortcut-key';

/** Calls `showHelp` when "?" is pressed outside form fields; listens on the window while mounted. */
export function useHelpKey(showHelp: () => void): void {
  // A layout effect: listening from the first painted frame on, not a moment after it.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '?' || !isShortcutKeyPress(event)) return;
      event.preventDefault();
      showHelp();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showHelp]);
}
