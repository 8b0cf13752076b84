/**
 * Loads the prebuilt index of the bundled documents (documents/search-index.json, written
 * at build time) once per session. MiniSearch.loadJSON restores it without re-indexing; the
 * moment it is ready is recorded as the performance mark "search-index-ready".
 */
import type MiniSearch from 'minisearch';
import { useEffect, useState } from 'react';
import type { DocumentEntry } from './document-entries';
import { loadDocumentIndexJson } from './index-options';

let request: Promise<MiniSearch<DocumentEntry>> | undefined;
let loaded: MiniSearch<DocumentEntry> | undefined;

/** The document index (fetched and restored once; a failure is retried on the next call). */
export function loadSearchIndex(): Promise<MiniSearch<DocumentEntry>> {
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

/** The document index once loaded, else undefined (starts loading on first use). */
export function useSearchIndex(): MiniSearch<DocumentEntry> | undefined {
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
