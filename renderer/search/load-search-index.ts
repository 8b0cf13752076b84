/**
 * The app's document search: one SearchClient (search-client.ts), started as soon as the
 * app's code runs: it downloads the prebuilt index of the bundled documents
 * (documents/search-index.json, written at build time) while the search worker starts, and
 * hands the bytes over; the worker restores it without re-indexing — off the main thread, so neither the first paint of a document nor typing
 * waits for it. Where no worker runs, the index is loaded on the main thread as before.
 * The moment it is ready is recorded as the performance mark "search-index-ready" (when the
 * worker's word arrives here). main.tsx imports this module first, so the worker starts
 * before the rest of the app's code is evaluated.
 */
import { useSyncExternalStore } from 'react';
import { SearchClient } from './search-client';
import { fetchDocumentIndex, fetchDocumentIndexBytes } from './search-service';

function startSearch(): SearchClient {
  return new SearchClient({
    // A worker resolves relative URLs against its own script (in assets/), so the page's base is used here.
    indexUrl: new URL('documents/search-index.json', document.baseURI).href,
    createWorker: () => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }),
    // The download starts now, beside the worker's start-up, and the bytes are handed over.
    fetchIndex: fetchDocumentIndexBytes,
    loadOnMainThread: fetchDocumentIndex,
    // The detail says where the index was loaded: 'worker', or 'main-thread' after a fallback.
    onReady: (where) => performance.mark('search-index-ready', { detail: where }),
    onFallback: (reason) => console.warn('Zoeken zonder achtergrondproces (de zoekindex wordt in het venster geladen):', reason),
  });
}

/** The document search of this window (undefined outside a browser, e.g. in unit tests). */
export const documentSearch: SearchClient | undefined =
  typeof window !== 'undefined' && typeof fetch === 'function' ? startSearch() : undefined;

const never = () => () => undefined;

/** Whether the document index is ready to search. */
export function useSearchReady(): boolean {
  return useSyncExternalStore(documentSearch?.subscribe ?? never, documentSearch?.getReady ?? (() => false));
}
