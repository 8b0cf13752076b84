/**
 * Asking before a delete: a modal dialog (native <dialog>: focus trap and Escape come with it)
 * with the question, what it means, and two buttons. The focus starts on "Annuleren", so that
 * Enter right away changes nothing; it goes back to where it was when the dialog closes,
 * unless the caller moves it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './trash.css';

interface ConfirmDialogProps {
  /** The question, e.g. "Prullenbak legen?". */
  title: string;
  /** What happens, in a sentence or two. */
  children: ReactNode;
  /** The button that goes ahead, e.g. "Definitief verwijderen". */
  confirmLabel: string;
  onConfirm: () => void;
  /** "Annuleren" or Escape. */
  onCancel: () => void;
}

/** Mount it to ask; the caller unmounts it in onConfirm or onCancel. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      element?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="modal-dialog confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      // Escape closes this dialog only, not a panel or editor it was opened over.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`}>{children}</div>
      <div className="confirm-dialog-buttons">
        <button type="button" className="button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </dialog>
  );
}
