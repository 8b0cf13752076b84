/**
 * The one toolbar for selected words (or a paragraph taken with the keyboard): the annotation
 * form in a popover, and "Vraag stellen" to make a question for a vergadering of the passage.
 */
import { AnnotationForm, DEFAULT_FORM_VALUES, type AnnotationFormValues } from './AnnotationForm';
import { Popover } from './Popover';
import type { Box } from './popover-position';

interface SelectionToolbarProps {
  target: Box;
  /** The selected words, shown shortened so the user sees what is annotated. */
  quote: string;
  takeFocus: boolean;
  onSave: (values: AnnotationFormValues) => Promise<void>;
  /** Opens the dialog that makes a question of the passage. */
  onAskQuestion: () => void;
  onClose: () => void;
}

/** "Nieuwe aantekening": colour, flag, note, tags, visibility, then "Opslaan"; or "Vraag stellen". */
export function SelectionToolbar({ target, quote, takeFocus, onSave, onAskQuestion, onClose }: SelectionToolbarProps) {
  return (
    <Popover label="Nieuwe aantekening" target={target} onClose={onClose} takeFocus={takeFocus} className="selection-toolbar">
      <p className="annotation-quote">{shorten(quote)}</p>
      <AnnotationForm initial={DEFAULT_FORM_VALUES} onSubmit={onSave} onCancel={onClose} submitLabel="Opslaan" />
      <div className="annotation-extra-actions">
        <button type="button" aria-haspopup="dialog" onClick={onAskQuestion}>
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
