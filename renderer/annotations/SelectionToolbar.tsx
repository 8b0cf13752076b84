/** The toolbar for a new annotation on the selected passage: the annotation form in a popover. */
import { AnnotationForm, DEFAULT_FORM_VALUES, type AnnotationFormValues } from './AnnotationForm';
import { Popover } from './Popover';
import type { Box } from './popover-position';

interface SelectionToolbarProps {
  target: Box;
  /** The selected words, shown shortened so the user sees what is annotated. */
  quote: string;
  takeFocus: boolean;
  onSave: (values: AnnotationFormValues) => void;
  onClose: () => void;
}

/** "Nieuwe aantekening": colour, flag, note, tags, visibility, then "Opslaan". */
export function SelectionToolbar({ target, quote, takeFocus, onSave, onClose }: SelectionToolbarProps) {
  return (
    <Popover label="Nieuwe aantekening" target={target} onClose={onClose} takeFocus={takeFocus} className="selection-toolbar">
      <p className="annotation-quote">{shorten(quote)}</p>
      <AnnotationForm initial={DEFAULT_FORM_VALUES} onSubmit={onSave} onCancel={onClose} submitLabel="Opslaan" />
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
