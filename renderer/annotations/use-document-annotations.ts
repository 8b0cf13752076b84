/**
 * React hook: the annotations of the open document, read live from IndexedDB and anchored
 * in its text. Components use this instead of touching the database.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DocumentModel } from '../documents/model';
import { anchorAll, type AnchorCache, type AnchoringResult } from '../anchoring/anchor-all';
import { buildAnchorText, type AnchorText } from '../anchoring/anchor-text';
import { annotationsOfDocument } from './annotation-store';

const cache: AnchorCache = new Map();

export interface DocumentAnnotations extends AnchoringResult {
  anchorText: AnchorText;
  /** False until the first read from the database has finished. */
  loaded: boolean;
}

export function useDocumentAnnotations(model: DocumentModel): DocumentAnnotations {
  const annotations = useLiveQuery(() => annotationsOfDocument(model.id), [model.id]);
  const anchorText = useMemo(() => buildAnchorText(model), [model]);
  return useMemo(() => {
    const result = anchorAll(anchorText, model.version, annotations ?? [], cache);
    return { ...result, anchorText, loaded: annotations !== undefined };
  }, [anchorText, annotations, model.version]);
}
