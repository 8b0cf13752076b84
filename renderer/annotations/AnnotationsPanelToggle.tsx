/**
 * The "Aantekeningen" button in the reader's header that opens and closes the panel, also with
 * the key P anywhere in the reader (outside form fields): opening moves the focus into the
 * panel, closing puts it back on this button.
 */
import { NotebookPen } from 'lucide-react';
import { useCallback, useRef } from 'react';
import { useShortcutKey } from '../keyboard/use-shortcut-key';
import { PANEL_ID, setPanelOpen, usePanelOpen } from './panel-state';

const PANEL_KEYS = ['p', 'P'];

/** A disclosure button (aria-expanded) for the annotations panel. */
export function AnnotationsPanelToggle() {
  const open = usePanelOpen();
  const button = useRef<HTMLButtonElement>(null);
  useShortcutKey(
    PANEL_KEYS,
    useCallback(() => {
      setPanelOpen(!open);
      if (open) button.current?.focus();
    }, [open]),
  );
  return (
    <button
      ref={button}
      type="button"
      className="annotations-panel-toggle"
      aria-expanded={open}
      // Only point at the panel while it exists.
      aria-controls={open ? PANEL_ID : undefined}
      aria-keyshortcuts="P"
      title="Aantekeningen openen of sluiten (P)"
      onClick={() => setPanelOpen(!open)}
    >
      <NotebookPen />
      Aantekeningen
    </button>
  );
}
