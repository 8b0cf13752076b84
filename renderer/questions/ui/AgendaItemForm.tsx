/** The fields of an agendapunt (number, title, documents) in a form: to add one, or to change one. */
import { useId, useState } from 'react';
import type { DocumentIndexEntry } from '../../documents/load-documents';
import { useSubmit } from '../../forms/use-submit';
import type { NewAgendaItem } from '../meeting-store';

interface AgendaItemFormProps {
  /** The form's heading and accessible name. */
  heading: string;
  submitLabel: string;
  documents: DocumentIndexEntry[];
  /** The agendapunt as it is, when changing one. */
  initial?: Required<NewAgendaItem>;
  /** Stores the values; throws with a Dutch message on bad input. */
  onSave: (values: Required<NewAgendaItem>) => Promise<void>;
  /** "Annuleren" or Escape, when changing one. */
  onCancel?: () => void;
}

/** A form for an agendapunt; without `initial` it starts empty and empties again after each save. */
export function AgendaItemForm({ heading, submitLabel, documents, initial, onSave, onCancel }: AgendaItemFormProps) {
  const id = useId();
  const [number, setNumber] = useState(initial?.number ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [documentIds, setDocumentIds] = useState<string[]>(initial?.documentIds ?? []);
  const { submit, error } = useSubmit(async () => {
    await onSave({ number, title, documentIds });
    if (initial) return;
    setNumber('');
    setTitle('');
    setDocumentIds([]);
  });

  return (
    <form
      className="panel stacked-form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={`${id}-title`}>{heading}</h3>
      <label htmlFor={`${id}-number`}>Nummer</label>
      <input id={`${id}-number`} className="short-input" autoFocus={initial !== undefined} value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
      <label htmlFor={`${id}-title-input`}>Titel</label>
      <input id={`${id}-title-input`} value={title} onChange={(e) => setTitle(e.target.value)} required autoComplete="off" />
      <fieldset>
        <legend>Documenten bij dit agendapunt</legend>
        {documents.map((document) => (
          <label key={document.id} className="check-label">
            <input
              type="checkbox"
              checked={documentIds.includes(document.id)}
              onChange={(e) =>
                setDocumentIds((ids) => (e.target.checked ? [...ids, document.id] : ids.filter((x) => x !== document.id)))
              }
            />{' '}
            {document.title}
          </label>
        ))}
      </fieldset>
      {error && <p role="alert" className="form-error">{error}</p>}
      <div className="button-row">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Annuleren
          </button>
        )}
      </div>
    </form>
  );
}
