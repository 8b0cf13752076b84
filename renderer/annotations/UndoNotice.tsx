/**
 * The notice after a deletion: "Aantekening verwijderd" with an "Ongedaan maken" button and
 * the way to the Prullenbak, where the annotation now is, announced politely; Ctrl+Z (outside
 * text fields) undoes too. Mount it once.
 */
import { useEffect } from 'react';
import { isTextField, isUndoKey } from '../keyboard/text-field';
import { trashHref } from '../navigation/route';
import { dismissUndo, undoLastDelete, usePendingUndo } from './undo-delete';

/** Shows the undo notice while a deletion can be undone. */
export function UndoNotice() {
  const pending = usePendingUndo();

  useEffect(() => {
    if (!pending) return;
    function onKeyDown(event: KeyboardEvent) {
      // In a text field Ctrl+Z undoes typing, as everywhere else.
      if (isUndoKey(event) && !isTextField(event.target)) {
        event.preventDefault();
        void undoLastDelete();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [pending]);

  return (
    // The live region stays in the page so screen readers announce what appears in it.
    <div className="undo-notice-region" role="status" aria-live="polite">
      {pending && (
        <div className="undo-notice" key={pending.serial}>
          <span>Aantekening verwijderd</span>
          <button type="button" onClick={() => void undoLastDelete()}>
            Ongedaan maken
          </button>
          <a href={trashHref}>Prullenbak</a>
          <button type="button" aria-label="Melding sluiten" onClick={dismissUndo}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
