/**
 * React hook for the reading view: while the search marks hits in this document, keeps the
 * mark.js marks in its article in step with the query (a moment after typing stops), goes to
 * the hit a result asked for, and lets the search box step through the hits. The hits come
 * from the search worker; an answer that a newer query or request overtook is dropped.
 */
import { useEffect, useRef } from 'react';
import { DocumentMarks } from './document-marks';
import { documentSearch, useSearchReady } from './load-search-index';
import { parseQuery } from './parse-query';
import { focusSearchBox, reportPosition, setHitNavigator, useSearchState } from './search-store';
import { SEARCH_DELAY_MS } from './use-search-results';

/** Marks the search hits in `article` (the rendered document `documentId`). */
export function useSearchMarks(article: HTMLElement | null, documentId: string): void {
  const { query, marking } = useSearchState();
  const ready = useSearchReady();
  const marksRef = useRef<DocumentMarks | null>(null);
  const handledRequest = useRef<number | null>(null);
  const markedQuery = useRef<string | null>(null);
  // Marks still waiting for the typing pause; a step (Enter, F3) applies them first.
  const pending = useRef<(() => Promise<void> | undefined) | null>(null);
  // Counts the searches for marks: only the answer to the latest one is shown.
  const searches = useRef(0);

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
    if (!marks || !ready || !documentSearch) return;
    const search = documentSearch;
    if (!active) {
      marks.clear();
      markedQuery.current = null;
      setHitNavigator(null);
      return;
    }
    const step = (direction: 'next' | 'previous') => {
      const move = () => (direction === 'next' ? marks.next() : marks.previous());
      // Marks still waiting for the pause are shown first, then the step is taken in them.
      const catchingUp = pending.current?.();
      if (catchingUp) void catchingUp.then(move);
      else move();
    };
    const followRequest = () => {
      setHitNavigator({ next: () => step('next'), previous: () => step('previous') });
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
    const apply = (): Promise<void> | undefined => {
      pending.current = null;
      if (markedQuery.current === query) {
        followRequest();
        return undefined;
      }
      // Every hit in the document is marked, not only the best ones the result list shows.
      const searched = ++searches.current;
      return search.search({ kind: 'marks', query: parseQuery(query), documentId }).then(
        ({ blockIds, pattern }) => {
          if (searched !== searches.current) return;
          marks.show(blockIds.map((blockId) => ({ blockId, pattern })));
          markedQuery.current = query;
          followRequest();
        },
        (error: unknown) => console.error('Zoeken in het document mislukt', error),
      );
    };
    // A new request (a result opened, Enter) is served at once; typing waits for a pause.
    const overtake = () => {
      searches.current += 1;
    };
    if (handledRequest.current !== marking.request || markedQuery.current === null) {
      void apply();
      return overtake;
    }
    const timer = window.setTimeout(apply, SEARCH_DELAY_MS);
    pending.current = () => {
      window.clearTimeout(timer);
      return apply();
    };
    return () => {
      window.clearTimeout(timer);
      pending.current = null;
      overtake();
    };
  }, [article, ready, active, query, documentId, marking]);
}
