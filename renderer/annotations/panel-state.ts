/**
 * Whether the annotations panel is open: a tiny shared store, so that the toggle in the
 * reader's header and the panel beside the text agree without the reading screen holding
 * the state. It outlives one document, so the panel stays open when the user follows a link
 * from it to another document.
 */
import { useSyncExternalStore } from 'react';

let open = false;
// Set when the user opens the panel, so that it takes the focus then (and only then).
let focusRequested = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Opens (true) or closes (false) the panel. */
export function setPanelOpen(next: boolean): void {
  if (next === open) return;
  open = next;
  focusRequested = next;
  for (const listener of listeners) listener();
}

/** Whether the panel is open, live. */
export function usePanelOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}

/** The id of the panel's landmark, for the toggle's aria-controls. */
export const PANEL_ID = 'aantekeningen-paneel';

/** True once after the user opened the panel: the panel then moves the focus into itself. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}
