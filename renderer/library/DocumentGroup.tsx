/** One kind of document in the library: a heading and a list of links. */
import { FileText } from 'lucide-react';
import type { DocumentIndexEntry } from '../documents/load-documents';
import type { DocumentKind } from '../documents/model';
import { documentHref } from '../navigation/route';
import { KIND_LABELS } from '../documents/kind-labels';

/** A section with an h2 per kind and a link per document showing its title and years. */
export function DocumentGroup({ kind, documents }: { kind: DocumentKind; documents: DocumentIndexEntry[] }) {
  const headingId = `soort-${kind}`;
  return (
    <section aria-labelledby={headingId} className="document-group">
      <h2 id={headingId}>{KIND_LABELS[kind]}</h2>
      <ul className="document-list">
        {documents.map((entry) => (
          <li key={entry.id}>
            <a href={documentHref(entry.id)} className="document-link">
              <FileText />
              <span className="document-title">{entry.title}</span>{' '}
              <span className="document-years">({entry.years})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
