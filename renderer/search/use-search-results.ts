/**
 * React hook: the grouped results for what is typed, searched a moment after the last
 * keystroke (typing itself is never held up: the input updates at once, the search runs
 * after the pause and returns only the best fifty blocks with counts for the rest, so even
 * at fifty times the bundled documents it and the list it feeds take a few milliseconds).
 */
import { useMemo } from 'react';
import type { DocumentIndexEntry } from '../documents/load-documents';
import { elsewhereSummary, groupByDocument, resultSummary, resultTotals, type ResultGroup } from './group-results';
import { parseQuery } from './parse-query';
import { searchDocuments } from './search-documents';
import type { SearchHit } from './search-hits';
import type { KindFilter } from './search-store';
import { useAnnotationIndex } from './use-annotation-index';
import { useDebouncedValue } from './use-debounced-value';
import { useSearchIndex } from './load-search-index';

/** Delay after the last keystroke before searching. */
export const SEARCH_DELAY_MS = 80;

export interface SearchResults {
  /** The text these results are for (it trails the box by the delay). */
  query: string;
  groups: ResultGroup[];
  /** "12 resultaten in 3 documenten". */
  summary: string;
  /** "Nog 40 resultaten in 2 andere documenten; …", or '' (the list shows only the best hits). */
  elsewhere: string;
  /** False while the document index is still loading. */
  ready: boolean;
}

/** Which documents the filters leave; undefined for all. */
export function scopeOf(documentFilter: string, kindFilter: KindFilter, documents: readonly DocumentIndexEntry[]): Set<string> | undefined {
  if (documentFilter) return new Set([documentFilter]);
  if (kindFilter === '' || kindFilter === 'aantekeningen') return undefined;
  return new Set(documents.filter((d) => d.kind === kindFilter).map((d) => d.id));
}

/** The results for `query` with the filters applied. */
export function useSearchResults(
  query: string,
  documentFilter: string,
  kindFilter: KindFilter,
  documents: readonly DocumentIndexEntry[],
): SearchResults {
  const debounced = useDebouncedValue(query, SEARCH_DELAY_MS);
  const index = useSearchIndex();
  const annotations = useAnnotationIndex();
  return useMemo(() => {
    const parsed = parseQuery(debounced);
    const scope = scopeOf(documentFilter, kindFilter, documents);
    const blocks = index && kindFilter !== 'aantekeningen' ? searchDocuments(index, parsed, scope ? { documentIds: scope } : {}) : undefined;
    const hits: SearchHit[] = [...(blocks?.hits ?? []), ...annotations.index.search(parsed, scope)];
    const groups = groupByDocument(hits, blocks);
    const totals = resultTotals(groups, blocks);
    return { query: debounced, groups, summary: resultSummary(totals), elsewhere: elsewhereSummary(totals), ready: index !== undefined };
    // annotations.synced changes whenever the annotation index did.
  }, [debounced, documentFilter, kindFilter, documents, index, annotations.index, annotations.synced]);
}
