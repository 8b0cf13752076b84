/** The "Aantekeningen" button in the reader's header that opens and closes the panel. */
import { PANEL_ID, setPanelOpen, usePanelOpen } from './panel-state';

/** A disclosure button (aria-expanded) for the annotations panel. */
export function AnnotationsPanelToggle() {
  const open = usePanelOpen();
  return (
    <button
      type="button"
      className="annotations-panel-toggle"
      aria-expanded={open}
      // Only point at the panel while it exists.
      aria-controls={open ? PANEL_ID : undefined}
      onClick={() => setPanelOpen(!open)}
    >
      Aantekeningen
    </button>
  );
}
