/** React hooks: the bundled documents' index (ids, titles, kinds), for the library, labels and links. */
import { useEffect, useState } from 'react';
import { loadDocumentIndex, type DocumentIndexEntry } from './load-documents';

/** The index and whether it has loaded; `documents` is empty until it is ready. */
export interface DocumentIndexState {
  status: 'loading' | 'ready' | 'failed';
  documents: DocumentIndexEntry[];
}

/** The document index with its loading state (for a screen that says when it cannot be loaded). */
export function useDocumentIndexState(): DocumentIndexState {
  const [state, setState] = useState<DocumentIndexState>({ status: 'loading', documents: [] });
  useEffect(() => {
    let cancelled = false;
    loadDocumentIndex().then(
      (documents) => !cancelled && setState({ status: 'ready', documents }),
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setState({ status: 'failed', documents: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

/** The document index; empty until it has loaded (and when it cannot be loaded). */
export function useDocumentIndex(): DocumentIndexEntry[] {
  return useDocumentIndexState().documents;
}
