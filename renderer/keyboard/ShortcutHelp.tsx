/** The "Sneltoetsen" overlay: the keyboard shortcuts of one screen, opened with "?". */
import { useEffect, useRef } from 'react';
import './shortcut-help.css';

/** One shortcut as the overlay lists it. */
export interface Shortcut {
  keys: string;
  action: string;
}

/** A modal dialog listing `shortcuts`; the focus goes back where it was when it closes. */
export function ShortcutHelp({ shortcuts, onClose }: { shortcuts: readonly Shortcut[]; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog ref={ref} className="shortcut-help" aria-labelledby="shortcut-help-title" onClose={onClose}>
      <h2 id="shortcut-help-title">Sneltoetsen</h2>
      <dl>
        {shortcuts.map((shortcut) => (
          <div key={shortcut.keys}>
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Sluiten
      </button>
    </dialog>
  );
}
