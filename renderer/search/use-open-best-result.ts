/**
 * React hook: Enter in the library opens the best result. The results trail the box (a
 * moment's delay, then the search), so the request waits until they answer the text typed.
 */
import { useEffect, useState } from 'react';
import type { SearchHit } from './search-hits';
import type { SearchResults } from './use-search-results';

/**
 * Returns a function that asks for the best result of `query` to be opened with `open`, as
 * soon as `results` are ready and settled for that text; with no result, nothing opens.
 */
export function useOpenBestResult(query: string, results: SearchResults, open: (hit: SearchHit) => void): () => void {
  const [requested, setRequested] = useState(false);
  // No dependency list: the check runs after every render, so it sees the results catch up.
  useEffect(() => {
    if (!requested || results.query !== query || !results.ready || !results.settled) return;
    setRequested(false);
    const best = results.groups[0]?.hits[0];
    if (best) open(best);
  });
  return () => setRequested(true);
}
