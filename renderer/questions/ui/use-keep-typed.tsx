/**
 * Keeps a question dialog open on Escape while it holds typed text: Escape out of habit must
 * not throw a councillor's question away. The dialog asks first ("Vraag niet opslaan?") with
 * "Verder schrijven" (the default, also a second Escape) and "Niet opslaan". Annuleren stays
 * an explicit choice and closes without asking.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject, type SyntheticEvent } from 'react';

interface KeepTyped {
  /** For the <dialog>. */
  dialogProps: {
    onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => void;
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
  };
  /** The question to show inside the dialog's form (null while not asking). */
  confirm: ReactNode;
}

/** `edited`: the dialog holds text the user typed; `field` gets the focus back on "Verder schrijven". */
export function useKeepTyped(dialog: RefObject<HTMLDialogElement | null>, edited: boolean, field: RefObject<HTMLElement | null>): KeepTyped {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const keepWriting = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) keepWriting.current?.focus();
  }, [asking]);

  function resume() {
    setAsking(false);
    field.current?.focus();
  }

  return {
    dialogProps: {
      onKeyDown: (event) => {
        if (event.key !== 'Escape') return;
        // Escape closes this dialog only, not the toolbar, editor or panel it was opened from.
        event.stopPropagation();
        if (!edited) return;
        // Refused on the key itself: the browser lets a page refuse its own cancel event only once
        // between two user activations, so a second Escape would close the dialog regardless.
        event.preventDefault();
        if (asking) resume();
        else setAsking(true);
      },
      onCancel: (event) => {
        if (!edited) return;
        event.preventDefault();
        setAsking(true);
      },
    },
    confirm: asking ? (
      <div className="discard-confirm" role="group" aria-labelledby={`${id}-ask`}>
        <p id={`${id}-ask`}>Vraag niet opslaan? Wat je typte gaat dan verloren.</p>
        <div className="button-row">
          <button type="button" ref={keepWriting} onClick={resume}>
            Verder schrijven
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Niet opslaan
          </button>
        </div>
      </div>
    ) : null,
  };
}
