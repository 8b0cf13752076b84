/**
 * The preview of an import: per author (initials, naam, fractie) a checkbox to take their work,
 * and a table per document of what is new, updated, unchanged, in conflict or removed, with
 * the question drafts, the documents the app does not have and the passages not found.
 */
import { useDocumentIndex } from '../../../documents/use-document-index';
import { initialsOf, sharedAuthorName } from '../../../model/shared';
import type { ImportCounts, ImportPlan } from '../plan';

interface ImportPreviewProps {
  fileName: string;
  plan: ImportPlan;
  chosen: ReadonlySet<string>;
  busy: boolean;
  onChoose: (chosen: ReadonlySet<string>) => void;
  onImport: () => void;
  onCancel: () => void;
}

const COLUMNS: { key: keyof ImportCounts; label: string }[] = [
  { key: 'new', label: 'Nieuw' },
  { key: 'updated', label: 'Bijgewerkt' },
  { key: 'unchanged', label: 'Ongewijzigd' },
  { key: 'conflict', label: 'Conflict' },
  { key: 'removed', label: 'Verwijderd' },
];

/** What an import changed, in one Dutch sentence: "3 nieuw, 1 bijgewerkt, 0 conflicten, 1 verwijderd, 2 vragen". */
export function describeImport(plan: ImportPlan): string {
  const total = { new: 0, updated: 0, unchanged: 0, conflict: 0, removed: 0 };
  let questions = 0;
  for (const author of plan.authors) {
    for (const { counts } of author.documents) for (const column of COLUMNS) total[column.key] += counts[column.key];
    questions += author.questions.new + author.questions.updated;
  }
  return `${total.new} nieuw, ${total.updated} bijgewerkt, ${total.conflict} ${total.conflict === 1 ? 'conflict' : 'conflicten'}, ${total.removed} verwijderd, ${questions} ${questions === 1 ? 'vraag' : 'vragen'}`;
}

/** The preview with its choices and the Importeren button. */
export function ImportPreview({ fileName, plan, chosen, busy, onChoose, onImport, onCancel }: ImportPreviewProps) {
  const titles = new Map(useDocumentIndex().map((document) => [document.id, document.title]));
  return (
    <div className="exchange-preview" role="group" aria-label={`Voorbeeld van ${fileName}`}>
      <h3>
        Voorbeeld van <bdi>{fileName}</bdi>
      </h3>
      {plan.authors.map((author) => (
        <div key={author.authorKey} className="fractie-author">
          <label className="fractie-check">
            <input
              type="checkbox"
              checked={chosen.has(author.authorKey)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(author.authorKey);
                else next.delete(author.authorKey);
                onChoose(next);
              }}
            />
            <span className="author-initials" aria-hidden="true">
              {initialsOf(author.author.naam)}
            </span>
            Aantekeningen van <bdi>{sharedAuthorName(author.author)}</bdi> overnemen
          </label>
          <table className="fractie-table">
            <caption className="visually-hidden">Wat verandert per stuk, van {sharedAuthorName(author.author)}</caption>
            <thead>
              <tr>
                <th scope="col">Stuk</th>
                {COLUMNS.map((column) => (
                  <th key={column.key} scope="col">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {author.documents.map(({ documentId, counts }) => (
                <tr key={documentId}>
                  <th scope="row">{titles.get(documentId) ?? documentId}</th>
                  {COLUMNS.map((column) => (
                    <td key={column.key}>{counts[column.key]}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">Conceptvragen</th>
                {COLUMNS.map((column) => (
                  <td key={column.key}>{author.questions[column.key]}</td>
                ))}
              </tr>
            </tbody>
          </table>
          {author.orphans > 0 && (
            <p>
              {author.orphans} {author.orphans === 1 ? 'aantekening vindt' : 'aantekeningen vinden'} hun plaats in de tekst niet; ze komen in de lijst
              “Plaats niet gevonden” van het stuk.
            </p>
          )}
          {author.unknownDocuments.length > 0 && (
            <p className="form-error">
              Niet overgenomen: aantekeningen bij stukken die deze app niet heeft —{' '}
              {author.unknownDocuments.map((unknown) => `${unknown.count} bij ‘${unknown.documentId}’`).join(', ')}.
            </p>
          )}
        </div>
      ))}
      <div className="exchange-actions">
        <button type="button" className="button-primary" onClick={onImport} aria-disabled={busy || chosen.size === 0} disabled={chosen.size === 0}>
          {busy ? 'Bezig met importeren…' : 'Importeren'}
        </button>
        <button type="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
      <p className="hint">Vóór het importeren wordt automatisch een reservekopie van je huidige gegevens gemaakt.</p>
    </div>
  );
}
