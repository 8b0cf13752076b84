/**
 * The imported sets, per author: show or hide their work in the text and the panel (per author
 * and per import), remove an import with everything it brought (into the Prullenbak), and undo
 * that right away.
 */
import { Trash2 } from 'lucide-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '../../../db/database';
import { initialsOf, sharedAuthorName, type ImportRecord } from '../../../model/shared';
import { restoreFromTrash } from '../../../trash/trash-store';
import { failureMessage } from '../../reservekopie/ui/failure-message';
import { listImports, removeImport, setImportHidden } from '../fractie-service';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** The list of imported sets. */
export function ImportsList() {
  const id = useId();
  const imports = useLiveQuery(() => listImports(), []);
  const counts = useLiveQuery(async () => {
    const result = new Map<string, number>();
    await db.annotations.where('origin.importId').above('').each((annotation) => {
      const key = annotation.origin!.importId;
      result.set(key, (result.get(key) ?? 0) + 1);
    });
    return result;
  }, []);
  const [removed, setRemoved] = useState<{ entryId: string; name: string }>();
  const [message, setMessage] = useState('');

  const byAuthor = new Map<string, ImportRecord[]>();
  for (const record of imports ?? []) byAuthor.set(record.authorKey, [...(byAuthor.get(record.authorKey) ?? []), record]);

  async function remove(record: ImportRecord) {
    try {
      const entryId = await removeImport(record.id);
      if (entryId) {
        setRemoved({ entryId, name: sharedAuthorName(record.author) });
        setMessage(`De set van ${sharedAuthorName(record.author)} is verwijderd en staat in de Prullenbak.`);
      }
    } catch (error) {
      setMessage(failureMessage('Verwijderen', error));
    }
  }

  async function undo() {
    if (!removed) return;
    try {
      await restoreFromTrash(removed.entryId);
      setMessage(`De set van ${removed.name} is teruggezet.`);
      setRemoved(undefined);
    } catch (error) {
      setMessage(failureMessage('Ongedaan maken', error));
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-section">
      <h2 id={`${id}-title`}>Geïmporteerde sets</h2>
      {imports !== undefined && imports.length === 0 && <p>Nog niets geïmporteerd.</p>}
      {[...byAuthor].map(([authorKey, records]) => {
        const author = records[0]!.author;
        const allHidden = records.every((record) => record.hidden);
        return (
          <div key={authorKey} className="fractie-author">
            <h3>
              <span className="author-initials" aria-hidden="true">
                {initialsOf(author.naam)}
              </span>
              <bdi>{sharedAuthorName(author)}</bdi>
            </h3>
            <label className="fractie-check">
              <input type="checkbox" checked={!allHidden} onChange={(event) => void Promise.all(records.map((record) => setImportHidden(record.id, !event.target.checked)))} />
              Alles van <bdi>{author.naam}</bdi> tonen in de tekst
            </label>
            <ul className="fractie-imports">
              {records.map((record) => (
                <li key={record.id}>
                  <p>
                    <bdi>{record.fileName}</bdi> — gedeeld op {dateFormat.format(record.exportedAt)}, geïmporteerd op {dateFormat.format(record.importedAt)};{' '}
                    {counts?.get(record.id) ?? 0} aantekeningen
                  </p>
                  <label className="fractie-check">
                    <input type="checkbox" checked={!record.hidden} onChange={(event) => void setImportHidden(record.id, !event.target.checked)} />
                    Deze set tonen
                  </label>
                  <button type="button" onClick={() => void remove(record)}>
                    <Trash2 />
                    Set verwijderen
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p role="status" className="exchange-status">
        {message}
        {removed && (
          <>
            {' '}
            <button type="button" onClick={() => void undo()}>
              Ongedaan maken
            </button>
          </>
        )}
      </p>
    </section>
  );
}
