/** The agenda of a vergadering: its agendapunten with linked documents, and a form to add one. */
import { useId, useState } from 'react';
import type { DocumentIndexEntry } from '../../documents/load-documents';
import { useSubmit } from '../../forms/use-submit';
import { documentHref } from '../../navigation/route';
import { addAgendaItem, agendaItemLabel, deleteAgendaItem } from '../meeting-store';
import type { AgendaItem } from '../../model/question';
import { useDocumentIndex } from '../../documents/use-document-index';

/** The agenda section of the vergadering screen. */
export function AgendaSection({ meetingId, agendaItems }: { meetingId: string; agendaItems: AgendaItem[] }) {
  const documents = useDocumentIndex();
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return (
    <section aria-labelledby="agenda-titel" className="agenda">
      <h2 id="agenda-titel">Agenda</h2>
      {agendaItems.length === 0 ? (
        <p>Nog geen agendapunten.</p>
      ) : (
        <ul className="agenda-list">
          {agendaItems.map((item) => (
            <li key={item.id}>
              <span className="agenda-item-label">{agendaItemLabel(item)}</span>
              {item.documentIds.length > 0 && (
                <ul className="agenda-documents">
                  {item.documentIds.map((documentId) => (
                    <li key={documentId}>
                      <a href={documentHref(documentId)}>{titles.get(documentId) ?? documentId}</a>
                    </li>
                  ))}
                </ul>
              )}
              <button type="button" onClick={() => deleteAgendaItem(item.id)} aria-label={`Agendapunt ${agendaItemLabel(item)} verwijderen`}>
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      )}
      <AgendaItemForm meetingId={meetingId} documents={documents} />
    </section>
  );
}

function AgendaItemForm({ meetingId, documents }: { meetingId: string; documents: DocumentIndexEntry[] }) {
  const id = useId();
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const { submit, error } = useSubmit(async () => {
    await addAgendaItem(meetingId, { number, title, documentIds });
    setNumber('');
    setTitle('');
    setDocumentIds([]);
  });

  return (
    <form className="panel stacked-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Agendapunt toevoegen</h3>
      <label htmlFor={`${id}-number`}>Nummer</label>
      <input id={`${id}-number`} className="short-input" value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
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
      <div>
        <button type="submit">Agendapunt toevoegen</button>
      </div>
    </form>
  );
}
