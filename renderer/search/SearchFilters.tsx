/** The filters above the search results: which document and which kind of document (or only annotations). */
import { useId } from 'react';
import type { DocumentIndexEntry } from '../documents/load-documents';
import { KIND_LABELS, KIND_ORDER } from '../documents/kind-labels';
import { setFilters, type KindFilter } from './search-store';

interface SearchFiltersProps {
  documentFilter: string;
  kindFilter: KindFilter;
  /** The documents to choose from. */
  documents: readonly DocumentIndexEntry[];
}

/** The document and kind selects; a choice goes to the search state at once. */
export function SearchFilters({ documentFilter, kindFilter, documents }: SearchFiltersProps) {
  const ids = { document: useId(), kind: useId() };
  return (
    <div className="search-filters">
      <label htmlFor={ids.document}>Document</label>
      <select id={ids.document} value={documentFilter} onChange={(event) => setFilters({ documentFilter: event.target.value })}>
        <option value="">Alle documenten</option>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <label htmlFor={ids.kind}>Soort</label>
      <select id={ids.kind} value={kindFilter} onChange={(event) => setFilters({ kindFilter: event.target.value as KindFilter })}>
        <option value="">Alle soorten</option>
        {KIND_ORDER.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
        <option value="aantekeningen">Alleen aantekeningen</option>
      </select>
    </div>
  );
}
