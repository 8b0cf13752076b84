/**
 * React hook for the reading view: while the search marks hits in this document, keeps the
 * mark.js marks in its article in step with the query (a moment after typing stops), goes to
 * the hit a result asked for, and lets the search box step through the hits.
 */
import { useEffect, useRef } from 'react';
import { DocumentMarks } from './document-marks';
import { useSearchIndex } from './load-search-index';
import { parseQuery } from './parse-query';
import { searchDocuments } from './search-documents';
import { focusSearchBox, reportPosition, setHitNavigator, useSearchState } from './search-store';
import { SEARCH_DELAY_MS } from './use-search-results';

/** Marks the search hits in `article` (the rendered document `documentId`). */
export function useSearchMarks(article: HTMLElement | null, documentId: string): void {
  const { query, marking } = useSearchState();
  const index = useSearchIndex();
  const marksRef = useRef<DocumentMarks | null>(null);
  const handledRequest = useRef<number | null>(null);
  const markedQuery = useRef<string | null>(null);
  // Marks still waiting for the typing pause; a step (Enter, F3) applies them first.
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!article) return;
    const marks = new DocumentMarks(article, reportPosition);
    marksRef.current = marks;
    return () => {
      marks.clear();
      marksRef.current = null;
      markedQuery.current = null;
      setHitNavigator(null);
    };
  }, [article]);

  const active = marking !== null && marking.documentId === documentId;
  useEffect(() => {
    const marks = marksRef.current;
    if (!marks || !index) return;
    if (!active) {
      marks.clear();
      markedQuery.current = null;
      setHitNavigator(null);
      return;
    }
    const apply = () => {
      pending.current = null;
      if (markedQuery.current !== query) {
        // Every hit in the document is marked, not only the best ones the result list shows.
        const { hits } = searchDocuments(index, parseQuery(query), { documentIds: new Set([documentId]), limit: Infinity });
        marks.show(hits.map((hit) => ({ blockId: hit.blockId, pattern: hit.pattern })));
        markedQuery.current = query;
      }
      setHitNavigator({
        next: () => {
          pending.current?.();
          marks.next();
        },
        previous: () => {
          pending.current?.();
          marks.previous();
        },
      });
      if (handledRequest.current === marking.request) return;
      handledRequest.current = marking.request;
      const target = marking.target;
      if (!target) return;
      if ('blockId' in target) {
        marks.goToBlock(target.blockId);
        focusSearchBox();
      } else if (target.step === 'next') marks.next();
      else marks.previous();
    };
    // A new request (a result opened, Enter) is served at once; typing waits for a pause.
    if (handledRequest.current !== marking.request || markedQuery.current === null) return apply();
    const timer = window.setTimeout(apply, SEARCH_DELAY_MS);
    pending.current = () => {
      window.clearTimeout(timer);
      apply();
    };
    return () => {
      window.clearTimeout(timer);
      pending.current = null;
    };
  }, [article, index, active, query, documentId, marking]);
}
