/**
 * The one toolbar for selected words (or a paragraph taken with the keyboard): the annotation
 * form in a popover, and "Vraag stellen" to make a question for a vergadering of the passage.
 */
import { useRef } from 'react';
import type { FormAtAsking } from './annotation-requests';
import { AnnotationForm, DEFAULT_FORM_VALUES, sameFormValues, type AnnotationFormValues } from './AnnotationForm';
import { Popover } from './Popover';
import type { Box } from './popover-position';

interface SelectionToolbarProps {
  target: Box;
  /** The selected words, shown shortened so the user sees what is annotated. */
  quote: string;
  takeFocus: boolean;
  onSave: (values: AnnotationFormValues) => Promise<void>;
  /** Opens the dialog that makes a question of the passage, starting from the note typed here. */
  onAskQuestion: (form: FormAtAsking) => void;
  onClose: () => void;
}

/** "Nieuwe aantekening": colour, flag, note, tags, visibility, then "Opslaan"; or "Vraag stellen". */
export function SelectionToolbar({ target, quote, takeFocus, onSave, onAskQuestion, onClose }: SelectionToolbarProps) {
  const values = useRef(DEFAULT_FORM_VALUES);
  return (
    <Popover label="Nieuwe aantekening" target={target} onClose={onClose} takeFocus={takeFocus} className="selection-toolbar">
      <p className="annotation-quote">{shorten(quote)}</p>
      <AnnotationForm
        initial={DEFAULT_FORM_VALUES}
        onSubmit={onSave}
        onCancel={onClose}
        submitLabel="Opslaan"
        onChange={(current) => (values.current = current)}
      />
      <div className="annotation-extra-actions">
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => onAskQuestion({ note: values.current.note, edited: !sameFormValues(values.current, DEFAULT_FORM_VALUES) })}
        >
          Vraag stellen
        </button>
      </div>
    </Popover>
  );
}

/** A quote of at most `max` characters, with an ellipsis in the middle when cut. */
export function shorten(quote: string, max = 120): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const half = Math.floor((max - 1) / 2);
  return `“${flat.slice(0, half).trimEnd()} … ${flat.slice(-half).trimStart()}”`;
}
