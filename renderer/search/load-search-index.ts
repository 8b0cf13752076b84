/**
 * Loads the prebuilt index of the bundled documents (documents/search-index.json, written
 * at build time) once per session. MiniSearch.loadJS restores it without re-indexing; the
 * moment it is ready is recorded as the performance mark "search-index-ready".
 */
import { useEffect, useState } from 'react';
import { loadDocumentIndexJson, type DocumentIndex } from './index-options';

let request: Promise<DocumentIndex> | undefined;
let loaded: DocumentIndex | undefined;

/** The document index (fetched and restored once; a failure is retried on the next call). */
export function loadSearchIndex(): Promise<DocumentIndex> {
  request ??= fetch('documents/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`documents/search-index.json: ${response.status}`);
      return response.text();
    })
    .then((json) => {
      loaded = loadDocumentIndexJson(json);
      performance.mark('search-index-ready');
      return loaded;
    });
  request.catch(() => (request = undefined));
  return request;
}

// Start as soon as the app's code runs, in parallel with opening the database and the first
// screen, rather than when the search box mounts (which waits for the settings).
if (typeof window !== 'undefined' && typeof fetch === 'function') loadSearchIndex().catch(() => undefined);

/** The document index once loaded, else undefined (starts loading on first use). */
export function useSearchIndex(): DocumentIndex | undefined {
  const [index, setIndex] = useState(loaded);
  useEffect(() => {
    if (index) return;
    let cancelled = false;
    loadSearchIndex().then(
      (value) => !cancelled && setIndex(value),
      (error: unknown) => console.error('Zoekindex niet geladen', error),
    );
    return () => {
      cancelled = true;
    };
  }, [index]);
  return index;
}
