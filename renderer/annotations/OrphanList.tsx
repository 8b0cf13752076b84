/**
 * "Niet meer gevonden": the annotations of the open document whose passage is no longer in
 * its text. They are never deleted automatically; the user attaches each to a new selection
 * or deletes it (undoable). Those of fractie members are listed per author, without "Koppelen"
 * (they are theirs and read-only here).
 */
import { useId } from 'react';
import { AnnotationMeta, shortQuote } from './AnnotationMeta';
import type { Annotation } from '../model/annotation';
import { sharedAuthorName } from '../model/shared';

interface OrphanListProps {
  orphans: readonly Annotation[];
  /** Attaches the orphan to the current selection in the text. */
  onAttach: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

/** The section, shown only when there are orphans. */
export function OrphanList({ orphans, onAttach, onDelete }: OrphanListProps) {
  const id = useId();
  if (orphans.length === 0) return null;
  return (
    <section className="panel-orphans" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Niet meer gevonden ({orphans.length})</h3>
      <p className="panel-hint">
        De tekst van deze aantekeningen staat niet meer in deze versie van het document. Selecteer een passage in de tekst
        en kies “Koppelen aan selectie”, of verwijder de aantekening.
      </p>
      {groups(orphans).map(([author, list]) => (
        <div key={author}>
          {author && (
            <h4 className="panel-orphans-author">
              Van <bdi>{author}</bdi> ({list.length})
            </h4>
          )}
          <ul className="panel-list">
            {list.map((annotation) => (
              <li key={annotation.id} className="panel-entry" data-color={annotation.color}>
                <blockquote id={`${id}-${annotation.id}`} className="panel-quote">
                  {shortQuote(annotation.target.quote.exact)}
                </blockquote>
                <AnnotationMeta annotation={annotation} />
                <div className="panel-actions">
                  {!annotation.origin && (
                    <button
                      type="button"
                      aria-describedby={`${id}-${annotation.id}`}
                      // Keep the text selection: a mouse press on the button must not clear it.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => onAttach(annotation)}
                    >
                      Koppelen aan selectie
                    </button>
                  )}
                  <button type="button" aria-describedby={`${id}-${annotation.id}`} onClick={() => onDelete(annotation)}>
                    Verwijderen
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The own orphans first (under no heading), then those of each fractie member under their name. */
function groups(orphans: readonly Annotation[]): [string, Annotation[]][] {
  const byAuthor = new Map<string, Annotation[]>([['', []]]);
  for (const annotation of orphans) {
    const key = annotation.origin ? sharedAuthorName(annotation.author) : '';
    byAuthor.set(key, [...(byAuthor.get(key) ?? []), annotation]);
  }
  return [...byAuthor].filter(([, list]) => list.length > 0);
}
