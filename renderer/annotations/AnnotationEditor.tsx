/**
 * An annotation opened from the text (a click on its highlight or its margin marker): where
 * it sits now, who wrote it, the form to change it (which notices a change or delete in another
 * window), "Vraag maken" (a question for a vergadering from its passage) and "Verwijderen"
 * (undoable); those two go once the annotation is deleted in another window.
 */
import { Trash2 } from 'lucide-react';
import { useRef } from 'react';
import type { FormAtAsking } from './annotation-requests';
import type { AnchoredAnnotation } from '../anchoring/anchor-all';
import { anchorStatusText } from './anchor-status';
import { Popover } from './Popover';
import type { Box } from './popover-position';
import { shorten } from './SelectionToolbar';
import { SharedAnnotationActions } from './SharedAnnotationActions';
import { StoredAnnotationForm } from './StoredAnnotationForm';
import { onFirstUse } from '../locale/on-first-use';

interface AnnotationEditorProps {
  item: AnchoredAnnotation;
  target: Box;
  takeFocus: boolean;
  /** Called once a change is stored (the form stores it, against the version it opened). */
  onSaved: () => void;
  onDelete: () => void;
  /** Opens the dialog that makes a question of this annotation, starting from the note as typed. */
  onAskQuestion: (form: FormAtAsking) => void;
  onClose: () => void;
}

const dateFormat = onFirstUse(() => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }));

/** The editor popover; `key` it by annotation id so the form starts from that annotation. */
export function AnnotationEditor({ item, target, takeFocus, onSaved, onDelete, onAskQuestion, onClose }: AnnotationEditorProps) {
  const { annotation, status } = item;
  const form = useRef<FormAtAsking>({ note: annotation.note, edited: false });
  const extraActions = (
    <div className="annotation-extra-actions">
      <button type="button" aria-haspopup="dialog" onClick={() => onAskQuestion(form.current)}>
        Vraag maken
      </button>
      <button type="button" onClick={onDelete}>
        <Trash2 />
        Verwijderen
      </button>
    </div>
  );
  return (
    <Popover label="Aantekening" target={target} onClose={onClose} takeFocus={takeFocus} className="annotation-editor">
      <p className="annotation-quote">{shorten(annotation.target.quote.exact)}</p>
      <p className={`anchor-status anchor-status-${status}`}>{anchorStatusText(status)}</p>
      <p className="annotation-meta">
        {[annotation.author.naam, annotation.author.fractie].filter(Boolean).join(', ')} ·{' '}
        {dateFormat().format(annotation.updatedAt)}
      </p>
      {annotation.origin ? (
        <>
          {annotation.note !== '' && <p className="annotation-shared-note">{annotation.note}</p>}
          {annotation.tags.length > 0 && <p className="annotation-meta">Labels: {annotation.tags.join(', ')}</p>}
          <SharedAnnotationActions annotation={annotation} onDone={onClose} />
          {extraActions}
        </>
      ) : (
        <StoredAnnotationForm
          annotation={annotation}
          onSaved={onSaved}
          onCancel={onClose}
          onFormChange={(now) => (form.current = now)}
          // Gone once the annotation is deleted elsewhere: there is nothing left to ask about or delete.
          actions={extraActions}
        />
      )}
    </Popover>
  );
}
