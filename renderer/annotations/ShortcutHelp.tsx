/** The "Sneltoetsen" overlay: every keyboard shortcut of the reading view, opened with "?". */
import { useEffect, useRef } from 'react';

/** The shortcuts, for the overlay and the documentation. */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'A', action: 'Aantekening bij de selectie, of bij de alinea waar de focus staat' },
  { keys: 'Tab', action: 'Naar de knop "Aantekening bij deze alinea" of een markering in de marge' },
  { keys: 'Enter', action: 'Knop gebruiken: aantekening maken of openen' },
  { keys: 'Esc', action: 'Werkbalk, aantekening of dit overzicht sluiten' },
  { keys: 'Ctrl+Z', action: 'Verwijderde aantekening terugzetten' },
  { keys: 'Ctrl+K', action: 'Zoeken in alle documenten en aantekeningen' },
  { keys: 'Ctrl+F', action: 'Zoeken in dit document' },
  { keys: 'Enter / Shift+Enter', action: 'In het zoekvak: volgende / vorige treffer' },
  { keys: 'F3 / Shift+F3', action: 'Volgende / vorige treffer, waar de focus ook staat' },
  { keys: '?', action: 'Dit overzicht van sneltoetsen' },
];

/** A modal dialog listing SHORTCUTS. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
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
        {SHORTCUTS.map((shortcut) => (
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
