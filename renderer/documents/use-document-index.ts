/** React hook: the bundled documents' index (ids, titles), for labels and agendapunt links. */
import { useEffect, useState } from 'react';
import { loadDocumentIndex, type DocumentIndexEntry } from './load-documents';

/** The document index; empty until it has loaded. */
export function useDocumentIndex(): DocumentIndexEntry[] {
  const [documents, setDocuments] = useState<DocumentIndexEntry[]>([]);
  useEffect(() => {
    let cancelled = false;
    loadDocumentIndex().then(
      (index) => !cancelled && setDocuments(index),
      (error: unknown) => console.error(error),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return documents;
}
