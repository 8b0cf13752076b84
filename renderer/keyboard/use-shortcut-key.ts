/** React hook: a single-key shortcut ("A" to annotate, "?" for the overview of shortcuts). */
import { useLayoutEffect } from 'react';
import { isShortcutKeyPress } from './shortcut-key';

/**
 * Calls `action` when one of `keys` is pressed outside form fields and dialogs; listens on the
 * window while mounted. Pass a constant list of keys and a stable action.
 */
export function useShortcutKey(keys: readonly string[], action: () => void): void {
  // A layout effect: listening from the first painted frame on, not a moment after it.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!keys.includes(event.key) || !isShortcutKeyPress(event)) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [keys, action]);
}
