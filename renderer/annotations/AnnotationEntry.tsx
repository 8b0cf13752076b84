/**
 * One annotation in the panel: its passage, facts and place status, with "Ga naar passage",
 * "Bewerken" (the shared form of a stored annotation, inline), "Vraag maken" (a question for a
 * vergadering, asked of the screen that mounts the panel) and "Verwijderen" (undoable).
 */
import { Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { AnchorStatus } from '../anchoring/anchor';
import { anchorStatusLabel } from './anchor-status';
import { AnnotationMeta, shortQuote } from './AnnotationMeta';
import type { Annotation } from '../model/annotation';
import { SharedAnnotationActions } from './SharedAnnotationActions';
import { StoredAnnotationForm } from './StoredAnnotationForm';

interface AnnotationEntryProps {
  annotation: Annotation;
  /** The passage as it reads now (or as stored, for another document). */
  quote: string;
  status?: AnchorStatus;
  /** For an annotation of another document: its title and the link to its passage. */
  elsewhere?: { title: string; href: string };
  /** Scrolls to the passage in the open document; absent for other documents. */
  onGoTo?: () => void;
  onAskQuestion: () => void;
  onDelete: () => void;
  /** Told when the edit form opens and closes (the panel keeps an entry being edited, see keep-while-editing). */
  onEditingChange?: (editing: boolean) => void;
  /** This entry replaces one whose form just closed (see AnnotationsPanel): its Bewerken takes the focus. */
  focusOnMount?: boolean;
  /** The form is closing, and the focus is to go back to Bewerken. */
  onClosing?: () => void;
}

/** A list item; the edit form replaces the actions while it is open. */
export function AnnotationEntry({ annotation, quote, status, elsewhere, onGoTo, onAskQuestion, onDelete, onEditingChange, focusOnMount, onClosing }: AnnotationEntryProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const formBox = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) formBox.current?.querySelector<HTMLElement>('[data-autofocus], button')?.focus();
    else if (returnFocus.current) editButton.current?.focus();
    returnFocus.current = false;
  }, [editing]);

  const focusWhenMounted = useRef(focusOnMount);
  useEffect(() => {
    if (focusWhenMounted.current) editButton.current?.focus();
  }, []);

  const reportEditing = useRef(onEditingChange);
  reportEditing.current = onEditingChange;
  useEffect(() => {
    if (!editing) return;
    reportEditing.current?.(true);
    return () => reportEditing.current?.(false);
  }, [editing]);

  function close() {
    returnFocus.current = true;
    onClosing?.();
    setEditing(false);
  }

  return (
    <li className="panel-entry" data-color={annotation.color} data-shared={annotation.origin ? true : undefined}>
      {elsewhere && (
        <p className="panel-document">
          <a href={elsewhere.href}>{elsewhere.title}</a>
        </p>
      )}
      <blockquote id={`${id}-quote`} className="panel-quote">
        {shortQuote(quote)}
      </blockquote>
      {status && (
        <p className={`panel-status panel-status-${status}`}>
          <span className="visually-hidden">Plaats in de tekst: </span>
          {anchorStatusLabel(status)}
        </p>
      )}
      <AnnotationMeta annotation={annotation} />
      {annotation.origin && <SharedAnnotationActions annotation={annotation} />}
      {editing ? (
        <div
          ref={formBox}
          className="panel-edit"
          // Escape in the form cancels the edit, rather than closing the whole panel.
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !event.defaultPrevented) {
              event.preventDefault();
              close();
            }
          }}
        >
          <StoredAnnotationForm annotation={annotation} onSaved={close} onCancel={close} />
        </div>
      ) : (
        <div className="panel-actions">
          {onGoTo && (
            <button type="button" aria-describedby={`${id}-quote`} onClick={onGoTo}>
              Ga naar passage
            </button>
          )}
          {!annotation.origin && (
            <button ref={editButton} type="button" aria-describedby={`${id}-quote`} onClick={() => setEditing(true)}>
              Bewerken
            </button>
          )}
          <button type="button" aria-describedby={`${id}-quote`} aria-haspopup="dialog" onClick={onAskQuestion}>
            Vraag maken
          </button>
          <button type="button" aria-describedby={`${id}-quote`} onClick={onDelete}>
            <Trash2 />
            Verwijderen
          </button>
        </div>
      )}
    </li>
  );
}
