/** Loads every bundled document and runs the rekencontrole over its tables, for the overview screen. */
import { useEffect, useState } from 'react';
import { loadDocument, loadDocumentIndex } from '../documents/load-documents';
import type { DocumentModel } from '../documents/model';
import { checkDocumentTables, type CheckedTable } from '../documents/tables';

/** One document with the rekencontrole of its tables. */
export interface DocumentChecks {
  model: DocumentModel;
  tables: CheckedTable[];
}

/** What the overview has: loading, failed, or every document's checks in library order. */
export type ChecksState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; documents: DocumentChecks[] };

/** Loads and checks all documents once per mount. */
export function useDocumentChecks(): ChecksState {
  const [state, setState] = useState<ChecksState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadDocumentIndex()
      .then((index) => Promise.all(index.map((entry) => loadDocument(entry.id))))
      .then((models) => {
        if (!cancelled) setState({ status: 'ready', documents: models.map((model) => ({ model, tables: checkDocumentTables(model.blocks) })) });
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
