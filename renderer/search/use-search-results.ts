/**
 * React hook: the grouped results for what is typed, searched a moment after the last
 * keystroke. Typing itself is never held up: the input updates at once, and the bundled
 * documents are searched in the search worker (load-search-index.ts), which returns only
 * the best fifty blocks with counts for the rest. Only the answer to the latest request is
 * used; until it comes, the results of the one before stay (their `query` says which text
 * they are for). The user's annotations are searched here, for the text the answer is for.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DocumentIndexEntry } from '../documents/load-documents';
import { documentsNamed, elsewhereSummary, groupByDocument, resultSummary, resultTotals, type ResultGroup } from './group-results';
import { documentSearch, useSearchReady } from './load-search-index';
import { isEmptyQuery, parseQuery } from './parse-query';
import type { DocumentSearch } from './search-documents';
import type { SearchHit } from './search-hits';
import { toDocumentSearch } from './search-protocol';
import type { KindFilter } from './search-store';
import { useAnnotationIndex } from './use-annotation-index';
import { useDebouncedValue } from './use-debounced-value';

/** Delay after the last keystroke before searching. */
export const SEARCH_DELAY_MS = 80;

export interface SearchResults {
  /** The text these results are for (it trails the box by the delay and the search). */
  query: string;
  groups: ResultGroup[];
  /** "12 resultaten in 3 documenten". */
  summary: string;
  /** "Nog 40 resultaten in 2 andere documenten; …", or '' (the list shows only the best hits). */
  elsewhere: string;
  /** The corrected words the results are for, when what was typed found nothing ("Bedoelde je …?"). */
  suggestion?: string;
  /** False while the document index is still loading. */
  ready: boolean;
  /**
   * True when these results answer the current text and filters; false while a newer answer
   * is on its way (the index just became ready, a filter changed), so nothing acts on old ones.
   */
  settled: boolean;
}

/** Which documents the filters leave; undefined for all. */
export function scopeOf(documentFilter: string, kindFilter: KindFilter, documents: readonly DocumentIndexEntry[]): Set<string> | undefined {
  if (documentFilter) return new Set([documentFilter]);
  if (kindFilter === '' || kindFilter === 'aantekeningen') return undefined;
  return new Set(documents.filter((d) => d.kind === kindFilter).map((d) => d.id));
}

/** The block search for a text and scope: its answer, or none when the blocks are not searched. */
interface BlockAnswer {
  /** Identifies the request (text, scope, whether blocks are searched). */
  key: string;
  query: string;
  scope: Set<string> | undefined;
  blocks: DocumentSearch | undefined;
}

// The last answer outlives the search box, which is remounted with every screen: a box that
// comes back with the same text shows its results at once.
let lastAnswer: BlockAnswer | undefined;

/** The results for `query` with the filters applied. */
export function useSearchResults(
  query: string,
  documentFilter: string,
  kindFilter: KindFilter,
  documents: readonly DocumentIndexEntry[],
): SearchResults {
  const debounced = useDebouncedValue(query, SEARCH_DELAY_MS);
  const ready = useSearchReady();
  const annotations = useAnnotationIndex(query.trim() !== '');
  const scope = useMemo(() => scopeOf(documentFilter, kindFilter, documents), [documentFilter, kindFilter, documents]);
  const searchBlocks = ready && kindFilter !== 'aantekeningen' && !isEmptyQuery(parseQuery(debounced));
  const key = JSON.stringify([debounced, scope ? [...scope].sort() : null, searchBlocks]);
  const [answer, setAnswer] = useState(() => lastAnswer ?? (searchBlocks ? undefined : { key, query: debounced, scope, blocks: undefined }));

  useEffect(() => {
    if (!searchBlocks || !documentSearch) {
      // Nothing to ask the worker; remembered so that a later search never shows older results meanwhile.
      if (answer?.key === key) return;
      lastAnswer = { key, query: debounced, scope, blocks: undefined };
      setAnswer(lastAnswer);
      return;
    }
    // The bundled index does not change, so an answer for the same request stays right.
    if (lastAnswer?.key === key) {
      setAnswer(lastAnswer);
      return;
    }
    let latest = true;
    documentSearch.search({ kind: 'results', query: parseQuery(debounced), ...(scope ? { documentIds: [...scope] } : {}) }).then(
      (found) => {
        if (!latest) return;
        lastAnswer = { key, query: debounced, scope, blocks: toDocumentSearch(found) };
        setAnswer(lastAnswer);
      },
      (error: unknown) => console.error('Zoeken in de stukken mislukt', error),
    );
    return () => {
      latest = false;
    };
    // `key` stands for debounced, scope and searchBlocks.
  }, [key]);

  // Without a block search the results need no waiting; with one, they are those of the latest answer.
  const current: BlockAnswer | undefined = searchBlocks ? answer : { key, query: debounced, scope, blocks: undefined };
  const settled = current?.key === key;
  return useMemo(() => {
    if (!current) return { query: '', groups: [], summary: resultSummary(resultTotals([])), elsewhere: '', ready, settled };
    const { blocks } = current;
    const hits: SearchHit[] = [...(blocks?.hits ?? []), ...annotations.index.search(parseQuery(current.query), current.scope)];
    const groups = groupByDocument(hits, blocks, documentsNamed(parseQuery(current.query), documents));
    const totals = resultTotals(groups, blocks);
    const suggestion = blocks?.suggestion;
    const summary = resultSummary(totals);
    return {
      query: current.query,
      groups,
      summary: suggestion ? `${summary} voor ${suggestion}` : summary,
      elsewhere: elsewhereSummary(totals),
      ...(suggestion ? { suggestion } : {}),
      ready,
      settled,
    };
    // annotations.synced changes whenever the annotation index did; `current` is rebuilt each render without a block search.
  }, [current?.key, current?.blocks, ready, settled, annotations.index, annotations.synced, documents]);
}
